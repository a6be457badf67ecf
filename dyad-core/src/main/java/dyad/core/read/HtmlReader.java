package dyad.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a news web page: strips the boilerplate (navigation, headers, footers, asides, scripts, styles, forms,
 * advertising and share boxes), takes the article body from {@code <article>} or else from the largest block of
 * paragraphs, and finds the page's title, outlet and publication date ({@code article:published_time} and other
 * date metas, JSON-LD {@code datePublished}, then {@code <time datetime>}). The text then goes through the
 * {@link ArticleReader} rules like any other article.
 */
public final class HtmlReader {

    /** A page larger than this is refused unparsed (its text would be far over the article limit anyway). */
    static final int MAX_HTML_BYTES = 50 * 1024 * 1024;

    private static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript, template, iframe, "
            + "form, button, svg, canvas, object, embed, select, textarea, input, menu, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
            + "[aria-hidden=true], [hidden]";
    private static final Pattern NOISE = Pattern.compile("(?i)(?:^|[\\s_-])(?:ad|ads|adv|advert|adverts|advertisement|"
            + "adslot|adunit|ad-slot|banner|promo|promos|sponsor|sponsored|cookie|cookies|consent|newsletter|subscribe|"
            + "share|sharing|social|related|recommended|comments?|sidebar|breadcrumbs?|menu|navbar|popup|modal|"
            + "outbrain|taboola|paywall|teaser|widget)(?:$|[\\s_-])");
    private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "datepublished",
            "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
            "dcterms.date", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
            "article.published", "originalpublicationdate", "cxenseparse:recs:publishtime"};
    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "figcaption",
            "address", "hr", "br", "center", "details", "summary");

    private final ArticleReader articles;

    public HtmlReader(ArticleReader articles) {
        this.articles = articles;
    }

    /** What a page says of itself: its title, outlet, publication date and canonical URL (each may be null), and its text. */
    public record Page(String title, String outlet, LocalDate date, String canonicalUrl, String text) {}

    /**
     * Reads one page. {@code charset} is the HTTP header's charset or null (then the page's own meta, else UTF-8);
     * {@code url} the page's address or null; {@code fallbackDate} applies when the page carries no date.
     */
    public ArticleSource read(String id, byte[] html, String charset, String url, LocalDate fallbackDate) {
        if (html.length > MAX_HTML_BYTES) {
            return new ArticleSource.Failed(id, String.format("page too large (%.1f MB of HTML; the limit is %d MB)",
                    html.length / 1e6, MAX_HTML_BYTES / (1024 * 1024)));
        }
        Page page = parse(html, charset, url);
        if (page.text().isBlank()) return new ArticleSource.Failed(id, "no article text in the page (only markup, scripts or styles)");
        LocalDate date = page.date() != null ? page.date() : fallbackDate;
        try {
            return new ArticleSource.Read(articles.read(id, page.text(), date),
                    url != null ? url : page.canonicalUrl(), page.outlet(), page.title());
        } catch (BadArticleException e) {
            return new ArticleSource.Failed(e.article(), e.reason());
        }
    }

    /** Parses a page and extracts what {@link Page} holds. */
    public static Page parse(byte[] html, String charset, String url) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), supported(charset), url == null ? "" : url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String outlet = meta(doc, "og:site_name");
        String title = title(doc, outlet);
        LocalDate date = date(doc);
        String canonical = doc.select("link[rel=canonical][href]").attr("href");
        String text = text(mainContent(stripBoilerplate(doc)));
        return new Page(title, outlet, date, canonical.isBlank() ? null : canonical, text);
    }

    /** The text of an HTML fragment (an RSS description, say), markup stripped and paragraphs kept. */
    public static String fragmentText(String html) {
        return text(Jsoup.parseBodyFragment(html).body());
    }

    private static String supported(String charset) {
        if (charset == null) return null;
        try {
            return Charset.isSupported(charset.strip()) ? charset.strip() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) return m.attr("content").strip();
        }
        return null;
    }

    private static String title(Document doc, String outlet) {
        String t = meta(doc, "og:title");
        if (t == null) t = meta(doc, "twitter:title");
        if (t == null && !doc.title().isBlank()) {
            t = doc.title().strip();
            if (outlet != null) t = t.replaceAll("\\s*[|\\-–—]\\s*" + Pattern.quote(outlet) + "\\s*$", "");
        }
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            if (h1 != null && !h1.text().isBlank()) t = h1.text();
        }
        return t;
    }

    private static LocalDate date(Document doc) {
        for (String name : DATE_METAS) {
            LocalDate d = ContainerDates.parse(meta(doc, name));
            if (d != null) return d;
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_DATE.matcher(s.data());
            if (m.find()) {
                LocalDate d = ContainerDates.parse(m.group(1));
                if (d != null) return d;
            }
        }
        Elements times = doc.select("article time[datetime], time[pubdate][datetime], time[datetime]");
        for (Element t : times) {
            LocalDate d = ContainerDates.parse(t.attr("datetime"));
            if (d != null) return d;
        }
        return null;
    }

    private static Element stripBoilerplate(Document doc) {
        Element body = doc.body();
        body.select(BOILERPLATE).remove();
        int total = body.text().length();
        List<Element> noise = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || noise.size() >= 500) continue;
            String marks = e.id() + " " + e.className();
            if (!marks.isBlank() && NOISE.matcher(marks).find()) noise.add(e);
        }
        for (Element e : noise) {
            // a container whose class happens to mention ads must not take the story with it
            if (e.parent() != null && e.text().length() < Math.max(400, total / 3)) e.remove();
        }
        return body;
    }

    /** The largest {@code <article>} (or itemprop articleBody, or main), else the element holding the most paragraph text. */
    private static Element mainContent(Element body) {
        Element best = largest(body.select("[itemprop=articleBody], article, main, [role=main]"));
        if (best != null && best.text().length() >= 200) return best;
        Element block = null;
        int blockLen = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) continue;
            int len = 0;
            for (Element c : parent.children()) if (c.normalName().equals("p")) len += c.text().length();
            if (len > blockLen) {
                blockLen = len;
                block = parent;
            }
        }
        if (block != null && blockLen >= 200) return block;
        return best != null ? best : body;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int bestLen = -1;
        for (Element e : candidates) {
            int len = e.text().length();
            if (len > bestLen) {
                best = e;
                bestLen = len;
            }
        }
        return best;
    }

    /** The visible text under {@code root}: blocks become paragraphs separated by blank lines, spaces collapsed. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("[\\s\\u00A0]+", " ");
                    if (s.isBlank()) {
                        if (out.length() > 0 && !endsWithSpace(out)) out.append(' ');
                        return;
                    }
                    if (endsWithSpace(out) && s.startsWith(" ")) s = s.substring(1);
                    out.append(s);
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraph(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) paragraph(out);
            }
        }, root);
        return out.toString().replaceAll("(?m)[ \\t]+$", "").replaceAll("(?m)^[ \\t]+", "")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static boolean endsWithSpace(StringBuilder b) {
        if (b.length() == 0) return true;
        char c = b.charAt(b.length() - 1);
        return c == ' ' || c == '\n';
    }

    private static void paragraph(StringBuilder out) {
        int n = out.length();
        if (n == 0) return;
        if (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') return;
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
        out.append(out.length() > 0 && out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
    }
}
