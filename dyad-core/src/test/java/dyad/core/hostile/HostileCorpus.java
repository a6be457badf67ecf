package dyad.core.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * The bad-input corpus of issue 8 (and issue 3 item 7), made by the project at test time: empty, binary and NUL
 * bytes, invalid UTF-8, UTF-16 with a byte order mark, Windows-1252, 8 MB and 5 MB articles, a 1 MB line with no
 * full stop, impossible header dates, non-English text, HTML that is only scripts and styles, HTML nested 100,000
 * deep, RSS with external entities (XXE) and an entity bomb, truncated and lying WARC files, JSON Lines with wrong
 * types and a 10 MB field; beside them good articles that must still be coded. Deterministic (fixed seeds, gzip
 * without timestamps), JDK only, about 35 MB on disk. Every text here was written for this project.
 *
 * <p>Also a program, so that the corpus can be made by hand and fed to {@code dyad code} or {@code dyad ingest}:
 * {@code java dyad-core/src/test/java/dyad/core/hostile/HostileCorpus.java OUT_DIR} (see tools/hostile/README.md).
 */
public final class HostileCorpus {

    /** The container format a case is read as. */
    public enum Format { TEXT, HTML, FEED, WARC, JSON_LINES }

    /** What must become of a case. */
    public enum Outcome {
        /** Named (standard error, a failure) with a reason; for a container, at least once. */
        REFUSED,
        /** Read and coded like any good article: never named as a failure. */
        CODED,
        /** Either, but no crash, no hang, nothing leaked: e.g. a runaway sentence is cut or times out. */
        SURVIVES
    }

    /**
     * One file of the corpus.
     *
     * @param file    its name in the corpus folder
     * @param format  the reader it needs
     * @param outcome what must become of it
     * @param reason  a fragment every failure naming it must hold (case-insensitive), or null for any reason
     * @param goodIds ids of good articles inside it (containers) that must still be read and coded
     * @param what    a line for the reliability table
     */
    public record Case(String file, Format format, Outcome outcome, String reason, List<String> goodIds, String what) {}

    /** A string that only the XXE target file holds: it must never appear in any output. */
    public static final String SECRET = "XXE-SECRET-7f3a9c2e51d04b86";

    /** The file the XXE cases point at: a dot file, so a folder walk never reads it as an article. */
    public static final String SECRET_FILE = ".xxe-secret.txt";

    /** A good English news article with events every version of the coder finds (a meeting, an expected visit). */
    public static final String GOOD_BODY = "Egypt's foreign minister met his Jordanian counterpart in Cairo on Tuesday to"
            + " discuss the crisis in Gaza, officials said.\n"
            + "The two ministers urged Israel to allow more aid into the territory and called for an immediate ceasefire.\n"
            + "Jordan's King Abdullah is expected to visit Washington next month, where he will meet the US president.\n"
            + "Police in Amman arrested twelve protesters on Monday after clashes near the Israeli embassy.\n";

    /** A second good article, used inside containers. */
    public static final String GOOD_BODY_2 = "Turkey's president hosted the Iraqi prime minister in Ankara on Monday.\n"
            + "The two leaders signed an agreement on sharing the water of the Tigris and the Euphrates, officials said.\n"
            + "Iraq had accused Turkey of cutting the flow of the rivers last year.\n";

    static final String FRENCH = "Le ministre des Affaires étrangères a reçu mardi à Paris son homologue marocain pour"
            + " discuter de la coopération entre les deux pays. Selon un communiqué publié dans la soirée, les deux"
            + " responsables ont également évoqué la situation au Sahel et la lutte contre le terrorisme. Le président"
            + " de la République doit se rendre à Rabat le mois prochain, a indiqué son entourage.\n";

    static final String ARABIC = "استقبل وزير الخارجية المصري نظيره الأردني في القاهرة يوم الثلاثاء لبحث الأوضاع في"
            + " غزة، وقال المتحدث باسم الوزارة إن الجانبين دعوا إلى وقف فوري لإطلاق النار وإدخال المساعدات.\n";

    private final List<Case> cases = new ArrayList<>();

    private HostileCorpus() {}

    /** Writes the whole corpus into {@code dir} (which must exist) and returns its cases. */
    public static List<Case> write(Path dir) throws IOException {
        HostileCorpus c = new HostileCorpus();
        c.textCases(dir);
        c.htmlCases(dir);
        c.feedCases(dir);
        c.warcCases(dir);
        c.jsonLinesCases(dir);
        return List.copyOf(c.cases);
    }

    /** Deletes a folder the corpus was written to, with everything in it (null: nothing to do). */
    public static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.deleteIfExists(p);
        }
    }

    /** The cases of one format. */
    public static List<Case> of(List<Case> all, Format format) {
        return all.stream().filter(c -> c.format() == format).toList();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: HostileCorpus OUT_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (Case c : write(dir)) {
            String name = c.file().replace("\n", "\\n").replace("\u001b", "\\u001b");
            System.out.println(String.join("\t", name, c.format().name(), c.outcome().name(),
                    c.reason() == null ? "" : c.reason(), String.join(",", c.goodIds()), c.what()));
        }
    }

    // ---- plain text articles (SPEC section 1) ----

    private void textCases(Path dir) throws IOException {
        put(dir, "good.txt", utf8("date 2025-03-04 " + GOOD_BODY), Format.TEXT, Outcome.CODED, null,
                "a good article beside the bad ones");
        put(dir, "empty.txt", new byte[0], Format.TEXT, Outcome.REFUSED, "empty file", "empty file");
        put(dir, "whitespace.txt", utf8(" \n\n\t  \r\n "), Format.TEXT, Outcome.REFUSED, "no article text",
                "only blanks and line breaks");
        put(dir, "header-only.txt", utf8("date 2025-03-04\n"), Format.TEXT, Outcome.REFUSED, "no article text",
                "a date header and no body");
        put(dir, "binary-nul", binaryWithNul(), Format.TEXT, Outcome.REFUSED, "binary",
                "binary file with NUL bytes (a PNG signature and 64 KB of noise), no extension");
        put(dir, "binary-noise.txt", binaryWithoutNul(), Format.TEXT, Outcome.REFUSED, "not valid UTF-8",
                "64 KB of random bytes without NUL");
        put(dir, "control-chars.txt", controlChars(), Format.TEXT, Outcome.REFUSED, "binary",
                "valid UTF-8 made mostly of control characters");
        put(dir, "invalid-utf8.txt", invalidUtf8(), Format.TEXT, Outcome.REFUSED, "not valid UTF-8",
                "English text with stray bytes that are not UTF-8 (0xC3 0x28, 0xFF, a cut sequence)");
        put(dir, "utf16le-bom.txt", bom(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE},
                "date 2025-03-04 " + GOOD_BODY), Format.TEXT, Outcome.REFUSED, "UTF-16LE text",
                "a good article in UTF-16LE with a byte order mark");
        put(dir, "utf16be-bom.txt", bom(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF},
                "date 2025-03-04 " + GOOD_BODY), Format.TEXT, Outcome.REFUSED, "UTF-16BE text",
                "a good article in UTF-16BE with a byte order mark");
        put(dir, "utf16le-no-bom.txt", ("date 2025-03-04 " + GOOD_BODY).getBytes(StandardCharsets.UTF_16LE),
                Format.TEXT, Outcome.REFUSED, null, "UTF-16LE without a byte order mark");
        put(dir, "windows-1252.txt", windows1252(), Format.TEXT, Outcome.REFUSED, "not valid UTF-8",
                "Windows-1252 text (curly quotes, dashes, accented names)");
        put(dir, "huge-8mb.txt", utf8(englishArticle(8_000_000, 8)), Format.TEXT, Outcome.REFUSED, "too large",
                "an 8 MB article");
        put(dir, "big-5mb.txt", utf8(englishArticle(5_000_000, 5)), Format.TEXT, Outcome.REFUSED, "too large",
                "a 5 MB article");
        put(dir, "one-line-1mb.txt", utf8(oneLine(1_000_000)), Format.TEXT, Outcome.SURVIVES, null,
                "a single 1 MB line of words with no full stop (cut into pieces for the tagger, or given up at the time limit)");
        put(dir, "date-2025-02-30.txt", utf8("date 2025-02-30 " + GOOD_BODY), Format.TEXT, Outcome.REFUSED,
                "impossible header date", "header date 2025-02-30");
        put(dir, "date-0000-00-00.txt", utf8("date 0000-00-00 " + GOOD_BODY), Format.TEXT, Outcome.REFUSED,
                "impossible header date", "header date 0000-00-00");
        put(dir, "date-9999-12-31.txt", utf8("date 9999-12-31 " + GOOD_BODY), Format.TEXT, Outcome.REFUSED,
                "impossible header date", "header date 9999-12-31");
        put(dir, "date-garbled.txt", utf8("date 2025-3-4 " + GOOD_BODY), Format.TEXT, Outcome.REFUSED,
                "header date", "header date 2025-3-4 (not YYYY-MM-DD)");
        put(dir, "french.txt", utf8("date 2025-03-04 " + FRENCH.repeat(2)), Format.TEXT, Outcome.REFUSED,
                "not English", "a French article");
        put(dir, "arabic.txt", utf8("date 2025-03-04 " + ARABIC.repeat(2)), Format.TEXT, Outcome.REFUSED,
                "not English", "an Arabic article");
        put(dir, "name with spaces, quotes \" and \u001b[31mescape.txt", new byte[0], Format.TEXT, Outcome.REFUSED,
                "empty file", "an empty file whose name holds quotes and a terminal escape sequence");
        put(dir, "line\nbreak.txt", utf8("date 2025-02-29 " + GOOD_BODY), Format.TEXT, Outcome.REFUSED,
                "impossible header date", "a file whose name holds a line break (its failure must still be one line)");
    }

    // ---- HTML pages ----

    private void htmlCases(Path dir) throws IOException {
        put(dir, "scripts-only.html", utf8("<!DOCTYPE html><html><head><title></title>"
                + "<style>body { color: #222 } p { margin: 0 }</style>"
                + "<script>var headline = 'The minister met the envoy';</script></head><body>"
                + "<script>document.write('<p>' + headline + '</p>');</script>"
                + "<style>.ad { display: none }</style><noscript></noscript></body></html>"),
                Format.HTML, Outcome.REFUSED, null, "HTML that is only scripts and styles");
        StringBuilder nested = new StringBuilder("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
        nested.append("<div>".repeat(100_000)).append("<p>").append(GOOD_BODY_2.replace("\n", " ")).append("</p>")
                .append("</div>".repeat(100_000)).append("</body></html>");
        put(dir, "nested-100k.html", utf8(nested.toString()), Format.HTML, Outcome.SURVIVES, null,
                "HTML nested 100,000 levels deep around a good paragraph");
        StringBuilder misnested = new StringBuilder("<!DOCTYPE html><html><body>");
        for (int i = 0; i < 20_000; i++) misnested.append("<b><i><u><a href=\"#").append(i).append("\">x</b></i>");
        put(dir, "misnested-20k.html", utf8(misnested.append("</body></html>").toString()), Format.HTML,
                Outcome.SURVIVES, null, "20,000 misnested formatting tags (the parser's adoption agency)");
    }

    // ---- RSS and Atom feeds ----

    private void feedCases(Path dir) throws IOException {
        Path secret = dir.resolve(SECRET_FILE).toAbsolutePath();
        Files.write(secret, utf8(SECRET + "\n"));
        String uri = secret.toUri().toString();
        String item = "<item><title>Ankara talks</title><link>https://example.org/feed/xxe</link>"
                + "<pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate><description>&secret; "
                + xmlEscape(GOOD_BODY_2) + "</description></item>";
        put(dir, "xxe.rss", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE rss [\n  <!ENTITY secret SYSTEM \"" + uri + "\">\n]>\n"
                + "<rss version=\"2.0\"><channel><title>News</title><link>https://example.org/</link>"
                + "<description>news</description>" + item + "</channel></rss>\n"),
                Format.FEED, Outcome.REFUSED, null, "RSS with an external entity pointing at a local file (XXE)");
        put(dir, "xxe-parameter.xml", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
                + "  <!ENTITY % file SYSTEM \"" + uri + "\">\n"
                + "  <!ENTITY % wrap \"<!ENTITY &#x25; leak SYSTEM 'file:///nonexistent/%file;'>\">\n"
                + "  %wrap;\n  %leak;\n]>\n"
                + "<rss version=\"2.0\"><channel><title>News</title>" + item.replace("&secret; ", "")
                + "</channel></rss>\n"),
                Format.FEED, Outcome.REFUSED, null,
                "XML with parameter entities that would put the local file into an error message");
        put(dir, "xxe-external-dtd.rss", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + uri + "\">\n"
                + "<rss version=\"2.0\"><channel><title>News</title>" + item.replace("&secret; ", "")
                + "</channel></rss>\n"),
                Format.FEED, Outcome.REFUSED, null, "RSS whose DOCTYPE loads the local file as its DTD");
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("  <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        bomb.append("]>\n<rss version=\"2.0\"><channel><item><title>&lol9;</title><description>&lol9;</description>"
                + "</item></channel></rss>\n");
        put(dir, "billion-laughs.xml", utf8(bomb.toString()), Format.FEED, Outcome.REFUSED, null,
                "a billion-laughs entity bomb (10^9 expansions)");
        put(dir, "good-feed.rss", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>News</title><link>https://example.org/</link><description>news</description>"
                + "<item><title>Ankara talks</title><link>https://example.org/feed/good</link>"
                + "<pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate><description>" + xmlEscape(GOOD_BODY_2)
                + "</description></item></channel></rss>\n"),
                Format.FEED, Outcome.CODED, null, "a good feed beside the bad ones");
        cases.set(cases.size() - 1, withGood(cases.get(cases.size() - 1), "https://example.org/feed/good"));
    }

    // ---- WARC files ----

    private void warcCases(Path dir) throws IOException {
        byte[] info = warcRecord("warcinfo", null, "application/warc-fields", utf8("software: dyad hostile corpus\r\n"));
        byte[] good1 = response("https://example.org/warc/good-1", GOOD_BODY_2);
        byte[] good2 = response("https://example.org/warc/good-2", GOOD_BODY);

        // gzip WARC, one member per record, the last member cut in half
        byte[] lastMember = gzip(good2);
        byte[] truncated = concat(gzip(info), gzip(good1), Arrays.copyOf(lastMember, lastMember.length / 2));
        put(dir, "truncated.warc.gz", truncated, Format.WARC, Outcome.REFUSED, null,
                "a gzip WARC cut off in the middle of its last record");
        cases.set(cases.size() - 1, withGood(cases.get(cases.size() - 1), "https://example.org/warc/good-1"));

        // Content-Length says more than there is: the file ends inside the record
        byte[] longer = warcRecord("response", "https://example.org/warc/lies-long", "application/http; msgtype=response",
                http(GOOD_BODY), 50_000);
        put(dir, "lying-long.warc", concat(info, good1, longer), Format.WARC, Outcome.REFUSED, null,
                "a WARC record whose Content-Length claims 50 KB more than the file holds");
        cases.set(cases.size() - 1, withGood(cases.get(cases.size() - 1), "https://example.org/warc/good-1"));

        // Content-Length says less than there is: the next record header is not where it should be
        byte[] shorter = warcRecord("response", "https://example.org/warc/lies-short", "application/http; msgtype=response",
                http(GOOD_BODY), -200);
        put(dir, "lying-short.warc", concat(info, good1, shorter, good2), Format.WARC, Outcome.REFUSED, null,
                "a WARC record whose Content-Length is 200 bytes short, then a good record");
        cases.set(cases.size() - 1, withGood(cases.get(cases.size() - 1), "https://example.org/warc/good-1"));

        // Content-Length of a terabyte: nothing may try to allocate it
        byte[] huge = replaceLength(warcRecord("response", "https://example.org/warc/lies-huge",
                "application/http; msgtype=response", http(GOOD_BODY)), "1000000000000");
        put(dir, "lying-huge.warc", concat(info, good1, huge), Format.WARC, Outcome.REFUSED, null,
                "a WARC record whose Content-Length claims a terabyte");
        cases.set(cases.size() - 1, withGood(cases.get(cases.size() - 1), "https://example.org/warc/good-1"));

        // an HTTP body with Content-Encoding gzip that inflates to 100 MB of blanks
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            z.write(utf8("<html><body><p>"));
            for (int i = 0; i < 100; i++) z.write(blanks);
        }
        byte[] bombHttp = concat(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                + "Content-Length: " + zipped.size() + "\r\n\r\n"), zipped.toByteArray());
        put(dir, "gzip-bomb.warc", concat(info, warcRecord("response", "https://example.org/warc/bomb",
                "application/http; msgtype=response", bombHttp), good1), Format.WARC, Outcome.SURVIVES, null,
                "an HTTP body in a WARC record that inflates from 100 KB to 100 MB (Content-Encoding: gzip)");
        cases.set(cases.size() - 1, withGood(cases.get(cases.size() - 1), "https://example.org/warc/good-1"));
    }

    // ---- JSON Lines ----

    private void jsonLinesCases(Path dir) throws IOException {
        String good = jsonString(GOOD_BODY_2);
        List<String> lines = List.of(
                "{\"id\":\"jsonl-good-1\",\"date\":\"2025-06-10\",\"url\":\"https://example.org/j/1\",\"source\":\"Example\","
                        + "\"title\":\"Ankara talks\",\"text\":" + good + "}",
                "{\"id\":\"jsonl-date-number\",\"date\":20250610,\"text\":" + good + "}",
                "{\"id\":\"jsonl-text-array\",\"date\":\"2025-06-10\",\"text\":[\"Turkey\",\"Iraq\"]}",
                "{\"id\":\"jsonl-text-null\",\"date\":\"2025-06-10\",\"text\":null}",
                "{\"id\":\"jsonl-text-object\",\"text\":{\"body\":" + good + "}}",
                "{\"id\":\"jsonl-text-bool\",\"text\":true}",
                "{\"id\":{\"nested\":1},\"text\":" + good + "}",
                "{\"id\":\"jsonl-bad-date\",\"date\":\"2025-02-30\",\"text\":" + good + "}",
                "[1,2,3]",
                "\"just a string\"",
                "not JSON at all",
                "{\"id\":\"jsonl-cut\",\"text\":\"Turkey's president hosted the Iraqi",
                "",
                "{\"id\":\"jsonl-deep\",\"text\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}",
                "{\"id\":\"jsonl-good-2\",\"date\":\"2025-06-10\",\"text\":" + good + "}");
        put(dir, "wrong-types.jsonl", utf8(String.join("\n", lines) + "\n"), Format.JSON_LINES, Outcome.REFUSED, null,
                "JSON Lines: wrong types, nulls, arrays, bare strings, a cut line, a 100,000-deep array, two good lines");
        cases.set(cases.size() - 1, withGood(cases.get(cases.size() - 1), "jsonl-good-1", "jsonl-good-2"));

        String tenMb = jsonString(englishArticle(10_000_000, 10));
        String huge = "{\"id\":\"jsonl-huge-text\",\"date\":\"2025-06-10\",\"text\":" + tenMb + "}\n"
                + "{\"id\":\"jsonl-huge-title\",\"date\":\"2025-06-10\",\"title\":" + tenMb + ",\"text\":" + good + "}\n"
                + "{\"id\":\"jsonl-good-3\",\"date\":\"2025-06-10\",\"text\":" + good + "}\n";
        put(dir, "huge-field.jsonl", utf8(huge), Format.JSON_LINES, Outcome.REFUSED, null,
                "JSON Lines with a 10 MB text field and a 10 MB title field, then a good line");
        cases.set(cases.size() - 1, withGood(cases.get(cases.size() - 1), "jsonl-good-3"));
    }

    // ---- builders ----

    private void put(Path dir, String name, byte[] bytes, Format format, Outcome outcome, String reason, String what)
            throws IOException {
        Files.write(dir.resolve(name), bytes);
        cases.add(new Case(name, format, outcome, reason, List.of(), what));
    }

    private static Case withGood(Case c, String... ids) {
        return new Case(c.file(), c.format(), c.outcome(), c.reason(), List.of(ids), c.what());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bom(Charset cs, byte[] bom, String text) {
        return concat(bom, text.getBytes(cs));
    }

    private static byte[] binaryWithNul() {
        Random r = new Random(8);
        byte[] b = new byte[65_536];
        r.nextBytes(b);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(png, 0, b, 0, png.length);
        return b;
    }

    private static byte[] binaryWithoutNul() {
        Random r = new Random(9);
        byte[] b = new byte[65_536];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (1 + r.nextInt(255));
        b[0] = 'x'; // never a gzip or WARC signature
        return b;
    }

    private static byte[] controlChars() {
        StringBuilder s = new StringBuilder();
        Random r = new Random(10);
        for (int i = 0; i < 4000; i++) s.append((char) (1 + r.nextInt(31)));
        return utf8(s.toString().replace('\n', '\u0007').replace('\r', '\u0007').replace('\t', '\u0007'));
    }

    private static byte[] invalidUtf8() {
        return concat(utf8("date 2025-03-04 Egypt's foreign minister met his Jordanian counterpart "),
                new byte[] {(byte) 0xC3, 0x28}, utf8(" in Cairo on Tuesday "), new byte[] {(byte) 0xFF},
                utf8(" to discuss the crisis in Gaza, officials said. "), new byte[] {(byte) 0xE2, (byte) 0x82});
    }

    private static byte[] windows1252() {
        String text = "date 2025-03-04 \u201CWe will not accept this,\u201D said Jos\u00E9 Mar\u00EDa \u00C1lvarez "
                + "\u2014 Spain\u2019s foreign minister \u2014 after he met the French envoy in Madrid on Tuesday. "
                + "The ministers\u2019 talks ended without an agreement, officials said.\n";
        return text.getBytes(Charset.forName("windows-1252"));
    }

    private static final String[] SUBJECTS = {"The foreign minister", "The president", "A government spokesman",
            "The defence ministry", "Opposition leaders", "The prime minister", "Police", "The army", "The envoy"};
    private static final String[] VERBS = {"met", "criticised", "thanked", "urged", "warned", "visited", "praised",
            "accused", "called on"};
    private static final String[] OBJECTS = {"his Egyptian counterpart", "the United Nations", "Jordan", "the rebels",
            "the European Union", "Turkish officials", "the Iraqi government", "Syria", "the Saudi delegation"};
    private static final String[] TAILS = {" on Tuesday.", " in Cairo.", " after the talks.", " last week.",
            ", officials said.", " during a visit to Amman.", " in a statement.", "."};

    /** Plausible English news sentences, paragraphs of four, until {@code bytes} (ASCII) is reached. */
    static String englishArticle(int bytes, long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder(bytes + 200);
        s.append("date 2025-03-04 ");
        int n = 0;
        while (s.length() < bytes) {
            s.append(SUBJECTS[r.nextInt(SUBJECTS.length)]).append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(' ')
                    .append(OBJECTS[r.nextInt(OBJECTS.length)]).append(TAILS[r.nextInt(TAILS.length)]);
            s.append(++n % 4 == 0 ? "\n" : " ");
        }
        s.setLength(bytes);
        return s.toString();
    }

    /** Words without a full stop, a question mark or a line break, exactly {@code bytes} long. */
    static String oneLine(int bytes) {
        Random r = new Random(11);
        StringBuilder s = new StringBuilder(bytes + 40);
        s.append("date 2025-03-04 ");
        while (s.length() < bytes) {
            s.append(SUBJECTS[r.nextInt(SUBJECTS.length)]).append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(' ')
                    .append(OBJECTS[r.nextInt(OBJECTS.length)]).append(r.nextBoolean() ? " and " : ", ");
        }
        s.setLength(bytes);
        return s.toString();
    }

    private static String html(String title, String body) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><article><h1>").append(title).append("</h1>");
        for (String p : body.split("\n")) s.append("<p>").append(xmlEscape(p)).append("</p>");
        return s.append("</article></body></html>").toString();
    }

    private static byte[] http(String body) {
        byte[] page = utf8(html("News", body));
        return concat(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + page.length
                + "\r\n\r\n"), page);
    }

    private byte[] response(String uri, String body) {
        return warcRecord("response", uri, "application/http; msgtype=response", http(body));
    }

    private int recordNo;

    private byte[] warcRecord(String type, String uri, String contentType, byte[] block) {
        return warcRecord(type, uri, contentType, block, 0);
    }

    /** A WARC/1.0 record; {@code lie} is added to the true Content-Length. */
    private byte[] warcRecord(String type, String uri, String contentType, byte[] block, int lie) {
        StringBuilder h = new StringBuilder("WARC/1.0\r\n");
        h.append("WARC-Type: ").append(type).append("\r\n");
        h.append("WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-").append(String.format("%012d", ++recordNo)).append(">\r\n");
        h.append("WARC-Date: 2025-06-10T08:00:00Z\r\n");
        if (uri != null) h.append("WARC-Target-URI: ").append(uri).append("\r\n");
        h.append("Content-Type: ").append(contentType).append("\r\n");
        h.append("Content-Length: ").append(block.length + lie).append("\r\n\r\n");
        return concat(utf8(h.toString()), block, utf8("\r\n\r\n"));
    }

    private static byte[] replaceLength(byte[] record, String length) {
        String s = new String(record, StandardCharsets.ISO_8859_1);
        return s.replaceFirst("Content-Length: \\d+\r\n\r\n", "Content-Length: " + length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
