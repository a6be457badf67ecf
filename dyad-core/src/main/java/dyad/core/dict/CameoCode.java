package dyad.core.dict;

/** One CAMEO 1.1b3 event code with its Goldstein value, quad class and PLOVER type (null where none fits). */
public record CameoCode(String code, String name, double goldstein, int quadClass, String plover) {

    public String root() { return code.substring(0, 2); }
}
