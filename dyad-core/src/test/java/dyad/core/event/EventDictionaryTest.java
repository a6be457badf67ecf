package dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.dict.CameoTable;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EventDictionaryTest {

    private final EventPatterns patterns = new EventPatterns();

    @Test
    void everyCodeIsInTheCameoTable() throws Exception {
        CameoTable table = new CameoTable();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/dyad/dict/events.tsv"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                String code = l.split("\t")[2];
                assertTrue(table.contains(code), "events.tsv code " + code + " is not a CAMEO code");
            });
        }
    }

    @Test
    void coversAllTwentyRoots() throws Exception {
        TreeSet<String> roots = new TreeSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/dyad/dict/events.tsv"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> roots.add(l.split("\t")[2].substring(0, 2)));
        }
        assertEquals(20, roots.size(), "roots: " + roots);
    }

    @Test
    void conditionalPatternsAreTriedFirst() {
        EventPattern first = patterns.verb("back").get(0);
        assertEquals("down", first.particle());
        assertEquals("124", first.negatedCode());
    }

    @Test
    void reportingVerbsAreNotEvents() {
        // only saying that another must act is an act (a demand): "say" has no pattern without that condition
        assertTrue(patterns.verb("say").stream().allMatch(p -> p.dependent() != null && p.root().equals("10")));
        assertTrue(patterns.verb("tell").isEmpty());
        assertFalse(patterns.noun("visit").isEmpty());
    }
}
