package dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API against a real server on a free port, over a store built from the shared articles. */
class ApiTest {

    static TestServer t;

    @BeforeAll
    static void server() {
        t = TestServer.get();
    }

    private static List<JsonNode> events(String query) {
        List<JsonNode> out = new ArrayList<>();
        t.json("/api/events?" + query).get("events").forEach(out::add);
        return out;
    }

    private static JsonNode find(List<JsonNode> events, String date, String modality) {
        return events.stream().filter(e -> date.equals(e.path("date").asText()) && modality.equals(e.path("modality").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + modality + " event dated " + date + " in " + events));
    }

    @Test
    void theSeedDyadHasItsHistoryAndItsPlan() {
        List<JsonNode> ev = events("dyad=SYR-USA&both=true&limit=1000");
        JsonNode nixon = find(ev, "1974", "asserted");
        assertEquals("042", nixon.get("cameo").asText());
        assertEquals("USA", nixon.get("source_key").asText());
        assertEquals("Make a visit", nixon.get("cameo_name").asText());
        find(ev, "1994", "asserted");
        find(ev, "2025-05-14", "asserted");
        JsonNode visit = find(ev, "2025-11-10", "planned");
        assertEquals("SYR", visit.get("source_key").asText());
        assertTrue(visit.get("num_sources").asInt() >= 1);
        // events come in the order of their dates
        List<String> starts = new ArrayList<>();
        for (JsonNode e : ev) if (!e.get("win_from").isNull()) starts.add(e.get("win_from").asText());
        List<String> sorted = new ArrayList<>(starts);
        sorted.sort(null);
        assertEquals(sorted, starts);
    }

    @Test
    void everyEventCarriesItsMentionsWithEvidenceIntoTheArticleText() {
        List<JsonNode> ev = events("dyad=SYR-USA&both=true");
        assertFalse(ev.isEmpty());
        for (JsonNode e : ev) {
            assertEquals(e.get("num_mentions").asInt(), e.get("mentions").size(), e.toString());
            for (JsonNode m : e.get("mentions")) {
                JsonNode a = t.json("/api/articles/" + m.get("article_key").asText());
                String text = a.get("text").asText();
                JsonNode evd = m.get("evidence");
                assertEquals(evd.get("text").asText(), text.substring(evd.get("start").asInt(), evd.get("end").asInt()),
                        "evidence offsets of " + e.get("event_id"));
            }
        }
    }

    @Test
    void directedDyadsKeepTheirDirectionExceptForSymmetricActions() {
        List<JsonNode> both = events("dyad=USA-SYR&both=true&limit=1000");
        List<JsonNode> directed = events("dyad=USA-SYR&limit=1000");
        assertTrue(both.size() >= directed.size());
        for (JsonNode e : directed) {
            boolean forward = "USA".equals(e.get("source_key").asText()) && "SYR".equals(e.get("target_key").asText());
            boolean symmetric = Set.of("04", "05", "06", "19").contains(e.get("root").asText());
            assertTrue(forward || symmetric, e.toString());
        }
        assertEquals(0, t.json("/api/events?dyad=USA-SYR&both=true").get("total").asInt() - both.size());
    }

    @Test
    void pagingFilteringByDateAndCode() {
        JsonNode all = t.json("/api/events?limit=1000");
        int total = all.get("total").asInt();
        assertTrue(total >= 20, "events in the store: " + total);
        JsonNode page = t.json("/api/events?limit=3&offset=2");
        assertEquals(3, page.get("events").size());
        assertEquals(total, page.get("total").asInt());
        assertEquals(all.get("events").get(2).get("event_id"), page.get("events").get(0).get("event_id"));
        JsonNode beyond = t.json("/api/events?offset=100000");
        assertEquals(0, beyond.get("events").size());
        assertEquals(total, beyond.get("total").asInt());

        for (JsonNode e : t.json("/api/events?since=2025&limit=1000").get("events")) {
            assertTrue(e.get("win_to").isNull() || e.get("win_to").asText().compareTo("2025-01-01") >= 0, e.toString());
        }
        for (JsonNode e : t.json("/api/events?until=1999-12&limit=1000").get("events")) {
            assertTrue(e.get("win_from").asText().compareTo("1999-12-31") <= 0, e.toString());
        }
        JsonNode visits = t.json("/api/events?code=042&limit=1000");
        assertTrue(visits.get("total").asInt() >= 3);
        for (JsonNode e : visits.get("events")) assertTrue(e.get("cameo").asText().startsWith("042"));
        for (JsonNode e : t.json("/api/events?modality=planned").get("events")) assertEquals("planned", e.get("modality").asText());
    }

    @Test
    void timelineByYearAndMonth() {
        JsonNode year = t.json("/api/timeline?dyad=SYR-USA&both=true&by=year");
        assertEquals("year", year.get("by").asText());
        Set<String> periods = new HashSet<>();
        for (JsonNode p : year.get("periods")) periods.add(p.get("period").asText());
        assertTrue(periods.containsAll(Set.of("1974", "1994", "2025")), periods.toString());
        JsonNode y2025 = null;
        for (JsonNode p : year.get("periods")) if (p.get("period").asText().equals("2025")) y2025 = p;
        assertNotNull(y2025);
        assertTrue(y2025.get("planned").asInt() >= 1, "the planned visit is counted apart: " + y2025);
        int quads = y2025.get("verbal_cooperation").asInt() + y2025.get("material_cooperation").asInt()
                + y2025.get("verbal_conflict").asInt() + y2025.get("material_conflict").asInt();
        assertEquals(y2025.get("events").asInt(), quads);

        JsonNode month = t.json("/api/timeline?dyad=SYR-USA&both=true");
        assertEquals("month", month.get("by").asText());
        Set<String> months = new HashSet<>();
        for (JsonNode p : month.get("periods")) months.add(p.get("period").asText());
        assertTrue(months.contains("2025-05") && months.contains("2025-11"), months.toString());
        assertTrue(month.get("left_out").asInt() >= 2, "1974 and 1994 are dated to the year only");
    }

    @Test
    void expectationsByStatus() {
        JsonNode all = t.json("/api/expectations");
        assertTrue(all.size() >= 1);
        for (JsonNode x : all) {
            assertTrue(Api.STATUSES.contains(x.get("status").asText()));
            assertTrue(x.has("window") && x.get("window").has("from") && x.has("asserted_by") && x.has("decided_by"));
        }
        String status = all.get(0).get("status").asText();
        for (JsonNode x : t.json("/api/expectations?status=" + status)) assertEquals(status, x.get("status").asText());
        boolean visit = false;
        for (JsonNode x : t.json("/api/expectations?dyad=SYR-USA&both=true")) {
            visit |= x.get("cameo").asText().startsWith("04") && "2025-11-10".equals(x.get("window").get("from").asText());
        }
        assertTrue(visit, "the planned visit of November 10 is followed");
    }

    @Test
    void actorSearchFindsKeysNamesAndDemonyms() {
        assertEquals("SYR", t.json("/api/actors?q=syr").get(0).get("key").asText());
        assertEquals("SYR", t.json("/api/actors?q=Syrian").get(0).get("key").asText());
        JsonNode usa = t.json("/api/actors?q=USA").get(0);
        assertEquals("USA", usa.get("key").asText());
        assertTrue(usa.get("events").asInt() > 0);
        boolean trump = false;
        for (JsonNode n : usa.get("names")) trump |= n.asText().contains("Trump");
        assertTrue(trump, "names seen in the store: " + usa);
        JsonNode sharaa = t.json("/api/actors?q=" + URLEncoder.encode("al-Sharaa", StandardCharsets.UTF_8));
        assertEquals("SYR", sharaa.get(0).get("key").asText());
        // a country of the dictionary with no event in the store is still found
        JsonNode peru = t.json("/api/actors?q=peru");
        assertEquals("PER", peru.get(0).get("key").asText());
        assertEquals(0, peru.get(0).get("events").asInt());
        JsonNode top = t.json("/api/actors");
        assertTrue(top.size() > 3 && top.get(0).get("events").asInt() >= top.get(1).get("events").asInt());
        assertEquals(0, t.json("/api/actors?q=zzzzqqq").size());
        // keys that stand for no state are named for what they are, not for one of their members
        JsonNode igo = t.json("/api/actors?q=international");
        boolean found = false;
        for (JsonNode a : igo) found |= a.get("key").asText().equals("IGO") && a.get("label").asText().equals("International organisations");
        assertTrue(found, igo.toString());
    }

    @Test
    void anArticleByKeyOrByIdWithItsRecords() {
        JsonNode byId = t.json("/api/articles/seed-medialine-2025-11-01.txt");
        assertEquals("2025-11-01", byId.get("published").asText());
        assertTrue(byId.get("text").asText().startsWith("The Media Line has learned"));
        assertTrue(byId.get("mentions").size() >= 8);
        JsonNode byKey = t.json("/api/articles/" + byId.get("article_key").asText());
        assertEquals(byId.get("id"), byKey.get("id"));
        for (JsonNode m : byKey.get("mentions")) {
            assertTrue(m.has("evidence") && m.has("event_id") && m.has("cameo_name"));
        }
    }

    @Test
    void badParametersGet400WithAMessage() {
        String[] bad = {
            "/api/events?dyad=SYRUSA", "/api/events?dyad=SYR-USA-ISR", "/api/events?dyad=" + enc("SYR-'; DROP TABLE events; --"),
            "/api/events?since=2025-02-30", "/api/events?since=yesterday", "/api/events?limit=0", "/api/events?limit=abc",
            "/api/events?limit=5000", "/api/events?offset=-1", "/api/events?code=4x", "/api/events?modality=rumoured",
            "/api/events?since=2025&until=2024", "/api/events?sinse=2025", "/api/events?dyad=SYR-USA&dyad=USA-SYR",
            "/api/events?both=maybe", "/api/timeline?by=week", "/api/expectations?status=done",
            "/api/actors?limit=1000", "/api/actors?q=" + "x".repeat(300), "/api/articles/seed-medialine-2025-11-01.txt?x=1",
        };
        for (String u : bad) {
            HttpResponse<String> r = t.get(u);
            assertEquals(400, r.statusCode(), u + " -> " + r.body());
            JsonNode b = TestServer.parse(r.body());
            assertEquals(400, b.get("status").asInt());
            assertFalse(b.get("error").asText().isBlank());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        }
    }

    @Test
    void unknownIdsAndRoutesGet404() {
        for (String u : new String[] {"/api/articles/no-such-article", "/api/articles/" + enc("' OR '1'='1"), "/api/nothing-here"}) {
            HttpResponse<String> r = t.get(u);
            assertEquals(404, r.statusCode(), u + " -> " + r.body());
            assertEquals(404, TestServer.parse(r.body()).get("status").asInt());
        }
    }

    @Test
    void injectionInASearchIsJustText() {
        for (String q : new String[] {"' OR 1=1 --", "%", "_", "\\", "SYR'); DELETE FROM events; --"}) {
            HttpResponse<String> r = t.get("/api/actors?q=" + enc(q));
            assertEquals(200, r.statusCode(), q + " -> " + r.body());
        }
        assertTrue(t.json("/api/status").get("events").asInt() > 0);
    }

    @Test
    void openApiAndThePageAreServed() {
        JsonNode api = t.json("/api/openapi.json");
        assertTrue(api.get("openapi").asText().startsWith("3."));
        for (String p : new String[] {"/api/events", "/api/timeline", "/api/articles/{id}", "/api/articles", "/api/expectations", "/api/actors"}) {
            assertTrue(api.get("paths").has(p), p);
        }
        HttpResponse<String> page = t.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertTrue(page.body().contains("/webjars/chart.js/4.4.1/dist/chart.umd.js"));
        assertEquals(200, t.get("/webjars/chart.js/4.4.1/dist/chart.umd.js").statusCode());
        assertEquals(200, t.get("/app.js").statusCode());
        JsonNode map = t.json("/api/basemap");
        assertTrue(map.get("dots").size() > 2000);
        assertEquals("Damascus", map.get("capitals").get("SYR").get("name").asText());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
