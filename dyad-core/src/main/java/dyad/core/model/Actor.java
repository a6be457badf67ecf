package dyad.core.model;

/**
 * The actor object of SPEC section 2: the words in the article, the resolved entity, its state (ISO 3166-1 alpha-3),
 * its CAMEO-style sector and its CAMEO actor code.
 */
public record Actor(String text, String name, String country, String sector, String code) {

    /** The scorer's key: the country, else the first three letters of the code. */
    public String key() {
        if (country != null && !country.isEmpty()) return country;
        if (code == null || code.isEmpty()) return null;
        return code.substring(0, Math.min(3, code.length()));
    }

    public Actor withText(String newText) {
        return new Actor(newText, name, country, sector, code);
    }
}
