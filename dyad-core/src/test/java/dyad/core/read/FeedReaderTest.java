package dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    @TempDir
    Path dir;

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
              <channel>
                <title>Gulf Wire - World</title>
                <link>https://gulfwire.example/world</link>
                <description>World news from Gulf Wire</description>
                <atom:link href="https://gulfwire.example/world/rss" rel="self" type="application/rss+xml"/>
                <lastBuildDate>Mon, 03 Nov 2025 18:00:00 +0000</lastBuildDate>
                <item>
                  <title>Sharaa confirms Washington trip</title>
                  <link>https://gulfwire.example/world/2025/11/03/sharaa-trip</link>
                  <guid isPermaLink="false">gw-88121</guid>
                  <pubDate>Mon, 03 Nov 2025 14:20:00 +0000</pubDate>
                  <dc:creator>Staff</dc:creator>
                  <description>&lt;p&gt;Short teaser.&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>Syrian President Ahmed al-Sharaa confirmed on Monday that he will travel
                    to Washington next week for talks with the president at the White House.</p>
                    <p>The visit, <a href="https://gulfwire.example/x">first announced</a> by his office, is expected to
                    focus on sanctions relief and the future of the American troops in the north-east of the country.</p>
                    <img src="https://gulfwire.example/img.jpg"/>]]></content:encoded>
                </item>
                <item>
                  <title>Oman hosts Iran-US talks</title>
                  <guid>https://gulfwire.example/world/2025/11/02/oman-talks</guid>
                  <pubDate>Sun, 2 Nov 2025 09:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Oman hosted a new round of indirect talks between Iran and the United States in
                    Muscat on Sunday, the foreign ministry said, and both delegations described the meeting as useful.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Empty item</title>
                  <link>https://gulfwire.example/world/empty</link>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Caucasus Monitor</title>
              <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
              <updated>2025-08-09T12:00:00Z</updated>
              <entry>
                <title type="html">Aliyev and Pashinyan sign declaration</title>
                <link rel="alternate" href="https://caucasus.example/2025/08/08/declaration"/>
                <id>tag:caucasus.example,2025:declaration</id>
                <published>2025-08-08T17:30:00-04:00</published>
                <updated>2025-08-09T08:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The leaders of Azerbaijan and Armenia
                  signed a joint declaration at the White House on Friday.</p><p>The United States hosted the
                  ceremony and said it would help to build a transit corridor through the south of Armenia.</p></div></content>
              </entry>
              <entry>
                <title>Summary only</title>
                <id>tag:caucasus.example,2025:summary</id>
                <updated>2025-08-07T10:00:00Z</updated>
                <summary type="text">Russia said it was ready to mediate between the two states, but neither government answered the offer.</summary>
              </entry>
            </feed>
            """;

    @Test
    void rssItemsBecomeArticles() throws Exception {
        Path f = dir.resolve("world.rss");
        Files.writeString(f, RSS);
        List<ArticleSource> out = Sources.read(f);
        assertEquals(3, out.size(), out.toString());
        ArticleSource.Read first = assertInstanceOf(ArticleSource.Read.class, out.get(0));
        assertEquals("https://gulfwire.example/world/2025/11/03/sharaa-trip", first.id());
        assertEquals(first.id(), first.url());
        assertEquals("Gulf Wire - World", first.outlet());
        assertEquals("Sharaa confirms Washington trip", first.title());
        assertEquals(LocalDate.of(2025, 11, 3), first.article().date());
        String body = first.article().body();
        assertTrue(body.startsWith("Syrian President Ahmed al-Sharaa confirmed on Monday"), body);
        assertTrue(body.contains("first announced by his office"), body);
        assertFalse(body.contains("<p>") || body.contains("teaser") || body.contains("img"), body);
        ArticleSource.Read second = assertInstanceOf(ArticleSource.Read.class, out.get(1));
        assertEquals("https://gulfwire.example/world/2025/11/02/oman-talks", second.id());
        assertEquals(LocalDate.of(2025, 11, 2), second.article().date());
        assertTrue(second.article().body().startsWith("Oman hosted a new round"));
        ArticleSource.Failed empty = assertInstanceOf(ArticleSource.Failed.class, out.get(2));
        assertEquals("https://gulfwire.example/world/empty", empty.id());
    }

    @Test
    void atomEntriesBecomeArticles() throws Exception {
        Path f = dir.resolve("caucasus.atom");
        Files.writeString(f, ATOM);
        List<ArticleSource.Read> out = Sources.articles(Sources.read(f));
        assertEquals(2, out.size());
        assertEquals("https://caucasus.example/2025/08/08/declaration", out.get(0).id());
        assertEquals(LocalDate.of(2025, 8, 8), out.get(0).article().date());
        assertEquals("Caucasus Monitor", out.get(0).outlet());
        assertTrue(out.get(0).article().body().contains("joint declaration at the White House on Friday.\n\nThe United States"),
                out.get(0).article().body());
        assertEquals("tag:caucasus.example,2025:summary", out.get(1).id());
        assertEquals(LocalDate.of(2025, 8, 7), out.get(1).article().date());
    }

    @Test
    void externalEntityIsRefusedAndRevealsNothing() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-PASSWORD");
        Path f = dir.resolve("xxe.xml");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title>"
                + "<description>&xxe; " + Sources.story("The minister") + "</description></item></channel></rss>");
        List<ArticleSource> out = Sources.read(f);
        assertEquals(1, out.size());
        ArticleSource.Failed failed = assertInstanceOf(ArticleSource.Failed.class, out.get(0));
        assertTrue(failed.reason().contains("DTD"), failed.reason());
        assertFalse(out.toString().contains("TOP-SECRET"));
    }

    @Test
    void entityBombIsRefusedAtOnce() throws Exception {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        b.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            b.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        b.append("]>\n<rss><channel><item><description>&lol9;</description></item></channel></rss>");
        Path f = dir.resolve("bomb.rss");
        Files.writeString(f, b);
        List<ArticleSource> out = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Sources.read(f));
        assertInstanceOf(ArticleSource.Failed.class, out.get(0));
        assertEquals(1, out.size());
    }

    @Test
    void malformedFeedIsAFailureNotACrash() throws Exception {
        Path f = dir.resolve("broken.xml");
        Files.writeString(f, "<rss><channel><item><title>Half a feed</title></item>");
        ArticleSource.Failed failed = assertInstanceOf(ArticleSource.Failed.class, Sources.read(f).get(0));
        assertTrue(failed.reason().startsWith("malformed XML"), failed.reason());
        Path other = dir.resolve("other.xml");
        Files.writeString(other, "<?xml version='1.0'?><svg><text>hello</text></svg>");
        assertTrue(((ArticleSource.Failed) Sources.read(other).get(0)).reason().contains("not an RSS or Atom feed"));
    }
}
