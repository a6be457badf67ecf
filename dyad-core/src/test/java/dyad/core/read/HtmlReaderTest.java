package dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

    @TempDir
    Path dir;

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Syrian president to visit Washington | The Levant Herald</title>
              <meta property="og:site_name" content="The Levant Herald">
              <meta property="og:title" content="Syrian president to visit Washington">
              <meta property="article:published_time" content="2025-11-01T08:15:00+02:00">
              <link rel="canonical" href="https://levantherald.example/2025/11/01/sharaa-washington">
              <style>body { font-family: serif; } .ad { display: block; }</style>
              <script>window.dataLayer = [{"page": "article", "section": "politics"}];</script>
            </head>
            <body>
              <header class="site-header"><a href="/">The Levant Herald</a> <span>Subscribe today</span></header>
              <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
                <li><a href="/sport">Sport</a></li></ul></nav>
              <div class="ad ad-leaderboard">ADVERTISEMENT Buy the new phone with the best camera ever made</div>
              <main>
                <article>
                  <h1>Syrian president to visit Washington</h1>
                  <p class="byline">By Rana Haddad</p>
                  <p>Syrian President Ahmed al-Sharaa will visit Washington on November 10, the first visit by a
                  Syrian head of state to the White House, diplomatic sources told the newspaper.</p>
                  <div class="advert-inline" id="div-gpt-ad-3">Sponsored: Holidays in the sun, book now and save</div>
                  <p>The visit follows months of talks between Damascus and the administration about the lifting of
                  sanctions and the security of the north-east, where American troops are still deployed.</p>
                  <aside class="related"><h3>Related</h3><ul><li>Earlier: talks in Riyadh</li></ul></aside>
                  <p>Officials in both capitals said the agenda would include counter-terrorism cooperation and the
                  reconstruction of the country after fourteen years of war.</p>
                  <div class="share-buttons"><button>Share on social media</button></div>
                </article>
              </main>
              <aside id="sidebar"><h3>Most read</h3><ol><li>Storm hits the coast</li></ol></aside>
              <footer>Copyright 2025 The Levant Herald. All rights reserved. <a href="/privacy">Privacy</a></footer>
              <script src="/js/tracker.js"></script>
            </body>
            </html>
            """;

    @Test
    void pageWithNavigationAndAdvertsGivesTheStoryOnly() throws Exception {
        Path f = dir.resolve("sharaa-washington.html");
        Files.writeString(f, PAGE);
        List<ArticleSource> out = Sources.read(LocalDate.of(2030, 1, 1), f);
        assertEquals(1, out.size(), out.toString());
        ArticleSource.Read r = assertInstanceOf(ArticleSource.Read.class, out.get(0));
        assertEquals("sharaa-washington.html", r.id());
        assertEquals(LocalDate.of(2025, 11, 1), r.article().date());
        assertEquals("Syrian president to visit Washington", r.title());
        assertEquals("The Levant Herald", r.outlet());
        assertEquals("https://levantherald.example/2025/11/01/sharaa-washington", r.url());
        String body = r.article().body();
        assertTrue(body.contains("Syrian President Ahmed al-Sharaa will visit Washington on November 10"), body);
        assertTrue(body.contains("reconstruction of the country after fourteen years of war."), body);
        for (String junk : List.of("Politics", "ADVERTISEMENT", "Sponsored", "Related", "Most read", "Copyright",
                "Share on social", "dataLayer", "font-family", "Subscribe")) {
            assertFalse(body.contains(junk), junk + " in " + body);
        }
        assertTrue(r.article().paragraphs().size() >= 3, r.article().paragraphs().toString());
    }

    @Test
    void withoutArticleTheLargestBlockOfParagraphsIsTheBody() {
        String html = "<html><body><div id='menu'><p>Home</p><p>World</p></div><div class='content'>"
                + "<p>" + Sources.story("The king of Jordan") + "</p><p>" + Sources.story("The prime minister") + "</p>"
                + "</div><div class='footer-links'><p>About us</p><p>Contact</p></div>"
                + "<time datetime='2024-03-05'>5 March</time></body></html>";
        HtmlReader.Page page = HtmlReader.parse(html.getBytes(StandardCharsets.UTF_8), null, null);
        assertTrue(page.text().startsWith("The king of Jordan met"), page.text());
        assertFalse(page.text().contains("About us"));
        assertEquals(LocalDate.of(2024, 3, 5), page.date());
    }

    @Test
    void dateFromJsonLdAndFallbackWhenThePageHasNone() {
        String ld = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2023-11-25T10:00:00Z\"}</script></head><body><article><p>" + Sources.story("Qatar's emir")
                + "</p></article></body></html>";
        assertEquals(LocalDate.of(2023, 11, 25), HtmlReader.parse(ld.getBytes(StandardCharsets.UTF_8), null, null).date());
        String none = "<html><body><article><p>" + Sources.story("Qatar's emir") + "</p></article></body></html>";
        ArticleSource s = new HtmlReader(new ArticleReader()).read("x.html", none.getBytes(StandardCharsets.UTF_8), null,
                null, LocalDate.of(2020, 2, 2));
        assertEquals(LocalDate.of(2020, 2, 2), ((ArticleSource.Read) s).article().date());
    }

    @Test
    void onlyScriptsAndStylesIsAFailureWithAReason() throws Exception {
        Path f = dir.resolve("scripts.html");
        Files.writeString(f, "<html><head><style>p{color:red}</style></head><body><script>var a = 1;</script>"
                + "<script>document.write('hello')</script></body></html>");
        ArticleSource.Failed failed = assertInstanceOf(ArticleSource.Failed.class, Sources.read(f).get(0));
        assertTrue(failed.reason().contains("no article text"), failed.reason());
    }

    @Test
    void deeplyNestedHtmlNeitherCrashesNorStalls() throws Exception {
        Path f = dir.resolve("deep.html");
        StringBuilder b = new StringBuilder("<html><body>");
        b.append("<div>".repeat(100_000)).append("<p>").append(Sources.story("The president")).append("</p>");
        b.append("</div>".repeat(100_000)).append("</body></html>");
        Files.writeString(f, b);
        List<ArticleSource> out = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Sources.read(f));
        assertEquals(1, out.size());
    }
}
