package dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.model.Actor;
import dyad.core.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The NGEC coder's actor-resolution assertions (a peer's tests): for each literal actor text, the country and the
 * sector it asserts. Undated cases are resolved at 2022-06-01, when the tests were written.
 */
class NgecActorResolutionTest {

    private static final LocalDate UNDATED = LocalDate.of(2022, 6, 1);

    @Test
    void countryAndSectorAgreeWithMostAssertions() throws Exception {
        Path file = Fixtures.shared().resolve("reference/plover/ngec_actor_resolution_tests.jsonl");
        assumeTrue(Files.exists(file), "NGEC assertions not found");
        ObjectMapper json = new ObjectMapper();
        int countries = 0, countriesRight = 0, sectors = 0, sectorsRight = 0;
        for (String line : Files.readAllLines(file)) {
            JsonNode t = json.readTree(line);
            JsonNode args = t.path("args");
            if (args.size() == 0 || !args.get(0).isTextual() || args.get(0).asText().startsWith("d[")) continue;
            String text = args.get(0).asText();
            LocalDate date = date(t);
            Actor a = Fixtures.actors().lookup(text, date);
            for (JsonNode assertion : t.path("asserts")) {
                String field = assertion.get(0).asText();
                String expected = assertion.size() > 2 ? assertion.get(2).asText() : "";
                if (!assertion.get(1).asText().equals("==")) continue;
                if (field.equals("cc") || field.equals("code['country']")) {
                    countries++;
                    if (countryOf(a).equals(expected) || (expected.equals("UNO") || expected.equals("IGO")) && countryOf(a).equals("IGO")) countriesRight++;
                } else if (field.equals("code['code_1']") && !expected.isEmpty() && !expected.equals("UNK")) {
                    sectors++;
                    if (a != null && expected.equals(a.sector())) sectorsRight++;
                }
            }
        }
        double c = (double) countriesRight / countries, s = (double) sectorsRight / sectors;
        System.out.printf("NGEC actor assertions: country %d/%d (%.1f%%), sector %d/%d (%.1f%%)%n",
                countriesRight, countries, 100 * c, sectorsRight, sectors, 100 * s);
        assertTrue(c >= 0.75, "country right for " + c);
        assertTrue(s >= 0.60, "sector right for " + s);
    }

    private static String countryOf(Actor a) {
        if (a == null) return "";
        if (a.country() != null) return a.country();
        return a.code() != null && a.code().startsWith("IGO") ? "IGO" : "";
    }

    private static LocalDate date(JsonNode t) {
        String d = t.path("kwargs").path("query_date").asText("");
        if (d.isEmpty() && t.path("args").size() > 2 && t.path("args").get(2).isTextual()) d = t.path("args").get(2).asText();
        try {
            return d.isEmpty() || d.equals("today") ? UNDATED : LocalDate.parse(d.substring(0, 10));
        } catch (RuntimeException e) {
            return UNDATED;
        }
    }
}
