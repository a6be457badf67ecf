package dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.core.hostile.HostileCorpus;
import dyad.core.hostile.HostileCorpus.Case;
import dyad.core.hostile.HostileCorpus.Format;
import dyad.core.hostile.HostileCorpus.Outcome;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus through {@code POST /api/articles} (issue 8 item 2). The API takes JSON, so every file is sent
 * twice: as the raw request body (an HTML page, a WARC file, binary bytes: 400 with a reason, 413 over 10 MB, or, for
 * JSON Lines, each line judged alone), and, where its bytes are UTF-8, as the text of one JSON article, which the
 * article reader then judges as {@code dyad code} does. Never a 5xx, nothing of the XXE target in any answer, and
 * the server keeps answering reads throughout.
 */
class HostileIntakeTest {

    static TestServer t;
    static Path dir;
    static List<Case> cases;

    @BeforeAll
    static void corpus() throws Exception {
        t = TestServer.get();
        dir = Files.createTempDirectory("dyad-hostile-post");
        cases = HostileCorpus.write(dir);
    }

    @AfterAll
    static void cleanUp() {
        TestServer.deleteTree(dir);
    }

    @Test
    void everyFileAsTheRawBodyIsJudgedWithAReasonAndNeverCrashesTheServer() throws Exception {
        List<String> problems = new ArrayList<>();
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (Case c : cases) {
            byte[] body = Files.readAllBytes(dir.resolve(c.file()));
            HttpResponse<String> r = post(body);
            statuses.merge(r.statusCode(), 1, Integer::sum);
            String seen = c.file() + " (" + body.length + " bytes) -> " + r.statusCode() + " " + clip(r.body());
            if (r.body().contains(HostileCorpus.SECRET)) problems.add(seen + ": the XXE target leaked");
            if (r.statusCode() >= 500) problems.add(seen + ": a server error");
            else if (r.statusCode() == 400 || r.statusCode() == 413) {
                if (TestServer.parse(r.body()).path("error").asText().isBlank()) problems.add(seen + ": no reason");
            } else if (c.format() != Format.JSON_LINES) {
                problems.add(seen + ": not JSON, yet not refused");
            } else if (r.statusCode() == 201 || r.statusCode() == 200) {
                JsonNode b = TestServer.parse(r.body());
                for (JsonNode a : b.path("articles")) {
                    if (a.path("status").asText().equals("failed") && a.path("reason").asText().isBlank()) problems.add(seen + ": a failure with no reason");
                }
            }
            if (t.get("/api/status").statusCode() != 200) problems.add(seen + ": the server stopped answering");
        }
        System.out.println("POST /api/articles over " + cases.size() + " hostile files as raw bodies: statuses " + statuses);
        if (!problems.isEmpty()) fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    @Test
    void theTextOfEveryPlainFileAsAJsonArticleIsJudgedLikeDyadCode() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Case c : HostileCorpus.of(cases, Format.TEXT)) {
            byte[] bytes = Files.readAllBytes(dir.resolve(c.file()));
            String text = utf8(bytes);
            if (text == null || bytes.length > 8_000_000) continue; // not expressible as a JSON string, or over 10 MB as one
            ObjectNode o = TestServer.JSON.createObjectNode();
            o.put("id", "hostile-" + c.file());
            o.put("text", text);
            HttpResponse<String> r = post(o.toString().getBytes(StandardCharsets.UTF_8));
            String seen = c.file() + " -> " + r.statusCode() + " " + clip(r.body());
            if (r.statusCode() >= 500) problems.add(seen + ": a server error");
            boolean stored = r.statusCode() == 201 || r.statusCode() == 200;
            if (c.outcome() == Outcome.CODED && !stored) problems.add(seen + ": a good article was refused");
            // a header date is part of the text file format; in JSON the date is a field of its own
            boolean header = c.reason() != null && c.reason().contains("header");
            if (c.outcome() == Outcome.REFUSED && !header && stored && TestServer.parse(r.body()).path("failed").asInt() == 0) {
                problems.add(seen + ": a bad article was stored");
            }
        }
        if (!problems.isEmpty()) fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        assertEquals(200, t.get("/api/status").statusCode());
    }

    @Test
    void theGoodArticlesOfTheCorpusCanBeReadBack() throws Exception {
        byte[] good = Files.readAllBytes(dir.resolve("good.txt"));
        ObjectNode o = TestServer.JSON.createObjectNode();
        o.put("id", "hostile-good-readback");
        o.put("text", new String(good, StandardCharsets.UTF_8).replaceFirst("^date \\S+ ", ""));
        o.put("date", "2025-06-10");
        assertFalse(post(o.toString().getBytes(StandardCharsets.UTF_8)).statusCode() >= 400);
        assertEquals(200, t.get("/api/articles/hostile-good-readback").statusCode());
    }

    private static HttpResponse<String> post(byte[] body) {
        return t.send(HttpRequest.newBuilder(URI.create(t.base() + "/api/articles")).timeout(Duration.ofSeconds(300))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
