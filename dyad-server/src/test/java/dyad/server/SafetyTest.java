package dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.store.EventStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/articles: the token, the size limit, hostile bodies; escaping of what comes back; a read-only server. */
class SafetyTest {

    static TestServer t;

    @BeforeAll
    static void server() {
        t = TestServer.get();
    }

    static String article(String id, String date, String title, String text) {
        ObjectNode o = TestServer.JSON.createObjectNode();
        o.put("id", id);
        if (date != null) o.put("date", date);
        o.put("url", "https://example.org/news/" + id);
        o.put("source", "Test Wire");
        if (title != null) o.put("title", title);
        o.put("text", text);
        return o.toString();
    }

    @Test
    void ingestNeedsTheToken() {
        String body = article("token-check", "2025-11-20", null, "Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Ottawa on Tuesday.");
        HttpResponse<String> none = t.post(body, null);
        assertEquals(401, none.statusCode(), none.body());
        assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
        HttpResponse<String> wrong = t.post(body, TestServer.TOKEN + "x");
        assertEquals(401, wrong.statusCode());
        assertEquals(404, t.get("/api/articles/token-check").statusCode(), "nothing was stored");
    }

    @Test
    void anArticleWithScriptIsStoredAndReturnedAsText() {
        String title = "<img src=x onerror=alert('title')> Breaking";
        String text = "<script>alert('body')</script> Syrian President Ahmed al-Sharaa met US President Donald Trump "
                + "at the White House in Washington on Monday. </textarea><b>bold</b> & \"quotes\"";
        HttpResponse<String> r = t.post(article("hostile-script-1", "2025-11-12", title, text), TestServer.TOKEN);
        assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.body());
        JsonNode res = TestServer.parse(r.body());
        JsonNode first = res.get("articles").get(0);
        assertEquals("hostile-script-1", first.get("id").asText());
        JsonNode a = t.json("/api/articles/hostile-script-1");
        assertEquals(text, a.get("text").asText());
        assertEquals(title, a.get("title").asText());
        HttpResponse<String> raw = t.get("/api/articles/hostile-script-1");
        assertTrue(raw.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", raw.headers().firstValue("X-Content-Type-Options").orElse(""));
        // the same article again is known, not stored twice
        HttpResponse<String> again = t.post(article("hostile-script-1", "2025-11-12", title, text), TestServer.TOKEN);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("known", TestServer.parse(again.body()).get("articles").get(0).get("status").asText());
    }

    @Test
    void bodiesOver10MbGet413WithOrWithoutALength() {
        byte[] big = new byte[ArticleIntake.MAX_BODY + 1024];
        Arrays.fill(big, (byte) 'a');
        HttpResponse<String> announced = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/api/articles"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + TestServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
        assertEquals(413, announced.statusCode(), announced.body());
        assertTrue(TestServer.parse(announced.body()).get("error").asText().contains("10 MB"));
        HttpResponse<String> chunked = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/api/articles"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + TestServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(big))).build());
        assertEquals(413, chunked.statusCode(), chunked.body());
        // without the token a big body is refused before it is read
        HttpResponse<String> anonymous = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/api/articles"))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
        assertEquals(401, anonymous.statusCode());
        assertEquals(200, t.get("/api/status").statusCode(), "the server still answers");
    }

    @Test
    void hostileBodiesGet400WithTheReason() {
        String tenMbString = "{\"id\":\"huge\",\"text\":\"" + "word ".repeat(1_990_000) + "\"}";
        List<String[]> cases = List.of(
                new String[] {"", "empty"},
                new String[] {"not json at all", "not JSON"},
                new String[] {"[1, 2, 3]", "not a JSON object"},
                new String[] {"{\"id\": \"x\"}", "\"text\""},
                new String[] {"{\"id\": 5, \"text\": 7}", "\"text\" is"},
                new String[] {"{\"id\": \"x\", \"text\": \"Some words.\", \"date\": \"2025-02-30\"}", "not a date"},
                new String[] {"{\"id\": \"x\", \"text\": \"Some words.\", \"date\": [2025]}", "\"date\" is"},
                new String[] {"\"just a string\"", "JSON string"},
                new String[] {"{\"id\": \"x\", \"text\": \"a\", \"text\": \"b\"}", "not JSON"},
                new String[] {"[".repeat(5000) + "]".repeat(5000), "JSON"},
                new String[] {tenMbString, "too long"});
        for (String[] c : cases) {
            HttpResponse<String> r = t.post(c[0], TestServer.TOKEN);
            String shown = c[0].length() > 80 ? c[0].substring(0, 80) + "..." : c[0];
            assertEquals(400, r.statusCode(), shown + " -> " + r.body());
            JsonNode b = TestServer.parse(r.body());
            String message = b.path("error").asText() + " " + b.path("articles").toString();
            assertTrue(message.contains(c[1]), shown + " -> " + message);
        }
        // invalid UTF-8
        HttpResponse<String> bad = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/api/articles"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'})).build());
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(200, t.get("/api/status").statusCode());
    }

    @Test
    void jsonLinesAndArraysTakeSeveralArticlesEachJudgedAlone() {
        String good = article("lines-ok", "2025-10-02", "Talks", "Egyptian Foreign Minister Badr Abdelatty met Jordanian Foreign Minister Ayman Safadi in Cairo on Wednesday.");
        int before = t.json("/api/status").get("articles").asInt();
        assertEquals(404, t.get("/api/articles/lines-ok").statusCode());
        HttpResponse<String> r = t.post(good + "\n{\"id\": \"lines-bad\"}\n", TestServer.TOKEN);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode b = TestServer.parse(r.body());
        assertEquals(1, b.get("new").asInt());
        assertEquals(1, b.get("failed").asInt());
        assertEquals("failed", b.get("articles").get(1).get("status").asText());
        assertTrue(b.get("articles").get(1).get("reason").asText().contains("text"));
        assertEquals(200, t.get("/api/articles/lines-ok").statusCode());
        assertEquals(before + 1, t.json("/api/status").get("articles").asInt(), "answers kept from before the ingest are not served after it");
    }

    @Test
    void aReadOnlyServerRefusesToIngestAndStillAnswers() throws Exception {
        Path dir = Files.createTempDirectory("dyad-server-ro");
        Path db = dir.resolve("ro.duckdb");
        EventStore.open(db).close();
        try (DyadServer ro = DyadServer.start(new DyadServer.Options(db, "127.0.0.1", 0, null), () -> {
            throw new AssertionError("a read-only server builds no coder");
        })) {
            assertFalse(ro.writable());
            HttpClient c = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + ro.port();
            HttpResponse<String> post = c.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Authorization", "Bearer anything")
                    .POST(HttpRequest.BodyPublishers.ofString(article("ro", null, null, "Text."))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, post.statusCode(), post.body());
            HttpResponse<String> ev = c.send(HttpRequest.newBuilder(URI.create(base + "/api/events")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ev.statusCode());
            assertEquals(0, TestServer.parse(ev.body()).get("total").asInt());
            HttpResponse<String> art = c.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, art.statusCode());
        } finally {
            TestServer.deleteTree(dir);
        }
    }
}
