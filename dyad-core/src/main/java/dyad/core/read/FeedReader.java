package dyad.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds: one article per item or entry. The text comes from
 * {@code content:encoded}, {@code description}, Atom {@code content} or {@code summary} with the HTML stripped;
 * the date from {@code pubDate}, {@code dc:date}, {@code published} or {@code updated}; the id is the item's link,
 * else its guid. The XML parser runs with DTDs, external entities and XInclude off: a feed that declares a DTD
 * (the carrier of XXE and entity bombs) is refused at once, before any entity is read.
 */
public final class FeedReader {

    /** A feed larger than this is refused (a DOM of it would cost ten times as much heap). */
    static final int MAX_FEED_BYTES = 64 * 1024 * 1024;

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "tr", "section", "article");

    private final ArticleReader articles;

    public FeedReader(ArticleReader articles) {
        this.articles = articles;
    }

    /** Reads the feed in {@code xml}; {@code fileId} names the feed in failures; {@code fallbackDate} applies to undated items. */
    public void read(String fileId, byte[] xml, LocalDate fallbackDate, Consumer<ArticleSource> out) {
        if (xml.length > MAX_FEED_BYTES) {
            out.accept(new ArticleSource.Failed(fileId, String.format("feed too large (%.1f MB; the limit is %d MB)",
                    xml.length / 1e6, MAX_FEED_BYTES / (1024 * 1024))));
            return;
        }
        if (declaresDtd(xml)) {
            out.accept(new ArticleSource.Failed(fileId,
                    "refused: the XML declares a DTD or entities (DTDs and external entities are disabled)"));
            return;
        }
        Document doc;
        try {
            doc = parser().parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "refused: the XML declares a DTD (DTDs and external entities are disabled)"
                    : "malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber();
            out.accept(new ArticleSource.Failed(fileId, why));
            return;
        } catch (SAXException | IOException e) {
            out.accept(new ArticleSource.Failed(fileId, "malformed XML"));
            return;
        }
        Element root = doc.getDocumentElement();
        String rootName = local(root);
        List<Element> items = new ArrayList<>();
        String outlet;
        if (rootName.equals("feed")) {
            items.addAll(children(root, "entry"));
            outlet = text(first(root, "title"));
        } else if (rootName.equals("rss") || rootName.equals("rdf")) {
            Element channel = first(root, "channel");
            if (channel != null) items.addAll(children(channel, "item"));
            items.addAll(children(root, "item"));
            outlet = channel == null ? null : text(first(channel, "title"));
        } else {
            out.accept(new ArticleSource.Failed(fileId, "not an RSS or Atom feed (root element <" + rootName + ">)"));
            return;
        }
        int n = 0;
        for (Element item : items) out.accept(item(fileId, ++n, item, outlet, fallbackDate));
    }

    private ArticleSource item(String fileId, int n, Element item, String outlet, LocalDate fallbackDate) {
        String link = link(item);
        String guid = text(first(item, "guid"));
        if (guid == null) guid = text(first(item, "id"));
        String id = link != null ? link : guid != null ? guid : fileId + "#" + n;
        String title = htmlText(first(item, "title"));
        String body = null;
        for (String field : new String[] {"encoded", "content", "description", "summary"}) {
            body = htmlText(first(item, field));
            if (body != null && !body.isBlank()) break;
        }
        if (body == null || body.isBlank()) return new ArticleSource.Failed(id, "feed item has no text");
        LocalDate date = null;
        for (String field : new String[] {"pubDate", "date", "published", "issued", "updated", "modified"}) {
            date = ContainerDates.parse(text(first(item, field)));
            if (date != null) break;
        }
        try {
            return new ArticleSource.Read(articles.read(id, body, date != null ? date : fallbackDate), link, outlet, title);
        } catch (BadArticleException e) {
            return new ArticleSource.Failed(e.article(), e.reason());
        }
    }

    private static boolean declaresDtd(byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 1 << 16), StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        return head.contains("<!DOCTYPE") || head.contains("<!ENTITY");
    }

    private static DocumentBuilder parser() {
        // the JDK's own parser, not whichever one a dependency puts on the class path (CoreNLP brings Xerces 2.12)
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            try {
                f.setAttribute("jdk.xml.maxElementDepth", "2000");
            } catch (IllegalArgumentException ignored) {
                // not the JDK's parser: the depth guard is then the caller's StackOverflowError catch
            }
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are disabled");
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be secured", e);
        }
    }

    /** Atom: the alternate link's href; RSS: the link element's text. */
    private static String link(Element item) {
        String fallback = null;
        for (Element l : children(item, "link")) {
            if (l.hasAttribute("href")) {
                String rel = l.getAttribute("rel");
                if (rel.isEmpty() || rel.equals("alternate")) return l.getAttribute("href").strip();
                if (fallback == null) fallback = l.getAttribute("href").strip();
            } else if (!l.getTextContent().isBlank()) {
                return l.getTextContent().strip();
            }
        }
        return fallback;
    }

    /** A field's text; HTML (escaped, CDATA or Atom xhtml) stripped to its visible text. */
    private static String htmlText(Element e) {
        if (e == null) return null;
        String type = e.getAttribute("type");
        if (type.equals("xhtml")) return HtmlReader.fragmentText(render(e));
        String s = e.getTextContent();
        if (s == null) return null;
        return type.equals("text") ? s.strip() : HtmlReader.fragmentText(s);
    }

    /** Plain text of an Atom xhtml element, with its block elements kept as paragraph breaks. */
    private static String render(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(c.getNodeValue().replace("&", "&amp;").replace("<", "&lt;"));
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                boolean block = BLOCKS.contains(local((Element) c));
                if (block) b.append("<p>");
                b.append(render(c));
                if (block) b.append("</p>");
            }
        }
        return b.toString();
    }

    private static String text(Element e) {
        if (e == null) return null;
        String s = e.getTextContent();
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Element first(Element parent, String name) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && local(e).equals(name)) return e;
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && local(e).equals(name)) list.add(e);
        }
        return list;
    }

    private static String local(Element e) {
        String n = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        int colon = n.indexOf(':');
        String s = colon >= 0 ? n.substring(colon + 1) : n;
        return s.equalsIgnoreCase("rdf") ? "rdf" : s;
    }
}
