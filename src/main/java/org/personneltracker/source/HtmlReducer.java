package org.personneltracker.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reduces an HTML page to its article: picks the main content (article, articleBody, main, known content
 * classes), drops navigation, page header and footer, asides, share/subscribe/newsletter/comment/cookie
 * blocks, scripts and styles, and keeps paragraph breaks as blank lines. Also reads the page's metadata.
 */
public final class HtmlReducer {

    private static final Pattern BOILERPLATE_ATTR = Pattern.compile(
            "(?i)(^|[\\s_-])(share|sharing|social|subscribe|subscription|newsletter|comments?|related|promo|advert\\w*|ads?|"
                    + "cookie\\w*|consent|gdpr|nav|navbar|navigation|menu|sidebar|breadcrumbs?|popup|modal|signup|"
                    + "sign-up|banner|recommend\\w*|trending|more-stories|most-read|paywall|newsletter-signup|"
                    + "site-header|site-footer|masthead|toolbar|tags|author-bio|disqus)($|[\\s_-])");
    private static final Pattern CONTENT_ATTR = Pattern.compile(
            "(?i)(article-body|articlebody|article__body|article-content|post-content|post-body|entry-content|"
                    + "story-body|story-content|main-content|content-body)");
    private static final Pattern BOILERPLATE_PARAGRAPH = Pattern.compile(
            "(?i)^\\s*(subscribe( now| to)?|sign up( for)?|share (this|on)|read more\\b|related( articles| stories| posts)?\\s*:?$|"
                    + "advertisement|we use cookies|this (web)?site uses cookies|accept (all )?cookies|follow us|click here|"
                    + "leave a (comment|reply)|\\d+ comments?|comments?\\s*$|join the conversation|copyright|©|"
                    + "all rights reserved|get our newsletter|newsletter\\b|also read\\b|recommended\\b|trending\\b|"
                    + "more from\\b|tags?:|filed under)");
    private static final Pattern BLOCK_TAGS = Pattern.compile(
            "(?i)p|div|h[1-6]|li|ul|ol|blockquote|pre|section|article|header|footer|figcaption|table|tr|dd|dt|dl|main|address|time");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern SPACED_LINE_BREAK = Pattern.compile(" *\n *");
    private static final Pattern LINE_BREAKS = Pattern.compile("\n{2,}");
    private static final Pattern DATE_PREFIX = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern LD_AUTHOR = Pattern.compile("\"author\"\\s*:\\s*(?:\\[\\s*)?\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");

    private HtmlReducer() {
    }

    /** The reduced article and the metadata found on the page. */
    public record Reduced(String title, String publisher, String author, LocalDate publishedDate, String text) {
    }

    public static Reduced reduce(String html, String url) {
        Document doc = url == null ? Jsoup.parse(html == null ? "" : html) : Jsoup.parse(html == null ? "" : html, url);
        String title = meta(doc, "meta[property=og:title]", "meta[name=twitter:title]");
        if (title == null) {
            String t = doc.title();
            title = t == null || t.isBlank() ? null : t.trim();
        }
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? null : h1.text().trim();
        }
        String publisher = meta(doc, "meta[property=og:site_name]", "meta[name=application-name]", "meta[name=publisher]");
        String author = meta(doc, "meta[name=author]", "meta[property=article:author]");
        LocalDate published = parseDate(meta(doc, "meta[property=article:published_time]", "meta[name=pubdate]",
                "meta[name=publish-date]", "meta[name=date]", "meta[itemprop=datePublished]", "meta[name=dc.date]"));
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            String json = ld.data();
            if (published == null) {
                Matcher m = LD_DATE.matcher(json);
                if (m.find()) {
                    published = parseDate(m.group(1));
                }
            }
            if (author == null) {
                Matcher m = LD_AUTHOR.matcher(json);
                if (m.find()) {
                    author = m.group(1);
                }
            }
        }
        Element root = chooseRoot(doc);
        if (published == null) {
            Element time = root.selectFirst("time[datetime]");
            if (time == null) {
                time = doc.selectFirst("time[datetime]");
            }
            if (time != null) {
                published = parseDate(time.attr("datetime"));
            }
        }
        root = root.clone();
        clean(root);
        String text = toText(root);
        if (author != null && !author.isBlank() && !author.startsWith("http")
                && !text.toLowerCase().contains(author.toLowerCase())) {
            text = "By " + author.trim() + "\n\n" + text;
        }
        return new Reduced(title, publisher, author, published, text);
    }

    private static String meta(Document doc, String... selectors) {
        for (String s : selectors) {
            Element e = doc.selectFirst(s);
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").trim();
            }
        }
        return null;
    }

    static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = DATE_PREFIX.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Element chooseRoot(Document doc) {
        Element best = null;
        for (Element a : doc.select("article, [itemprop=articleBody]")) {
            if (best == null || a.text().length() > best.text().length()) {
                best = a;
            }
        }
        if (best == null) {
            for (Element e : doc.select("div, section")) {
                String attr = e.className() + " " + e.id();
                if (CONTENT_ATTR.matcher(attr).find() && (best == null || e.text().length() > best.text().length())) {
                    best = e;
                }
            }
        }
        if (best == null) {
            best = doc.selectFirst("main, [role=main]");
        }
        if (best == null) {
            best = doc.body() != null ? doc.body() : doc;
        }
        return best;
    }

    private static void clean(Element root) {
        root.select("script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea, "
                + "nav, aside, [role=navigation], [role=complementary], [role=banner], [role=contentinfo], [hidden], "
                + "[aria-hidden=true], .sr-only, figure img").remove();
        // a page header/footer is boilerplate; an article's own header (headline, byline) is kept
        for (Element e : root.select("header, footer")) {
            if (e.tagName().equals("footer") || e.closest("article") == null) {
                e.remove();
            }
        }
        List<Element> drop = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root) {
                continue;
            }
            String attr = e.className() + " " + e.id();
            if (!attr.isBlank() && BOILERPLATE_ATTR.matcher(attr).find() && !CONTENT_ATTR.matcher(attr).find()) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static String toText(Element root) {
        List<String> blocks = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        walk(root, cur, blocks);
        flush(cur, blocks);
        List<String> kept = new ArrayList<>();
        for (String b : blocks) {
            if (BOILERPLATE_PARAGRAPH.matcher(b).find() && WHITE_SPACE.split(b).length < 25) {
                continue;
            }
            kept.add(b);
        }
        return String.join("\n\n", kept);
    }

    private static void walk(Node node, StringBuilder cur, List<String> blocks) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                cur.append(t.getWholeText());
            } else if (child instanceof Element e) {
                if (e.tagName().equals("br")) {
                    cur.append('\n');
                    continue;
                }
                boolean block = BLOCK_TAGS.matcher(e.tagName()).matches();
                if (block) {
                    flush(cur, blocks);
                }
                walk(e, cur, blocks);
                if (block) {
                    flush(cur, blocks);
                } else if (e.tagName().equals("td") || e.tagName().equals("th")) {
                    cur.append(' ');
                }
            }
        }
    }

    private static void flush(StringBuilder cur, List<String> blocks) {
        String s = cur.toString().replace('\u00A0', ' ');
        s = SPACES.matcher(s).replaceAll(" ");
        s = SPACED_LINE_BREAK.matcher(s).replaceAll("\n");
        s = LINE_BREAKS.matcher(s).replaceAll("\n").trim();
        if (!s.isEmpty()) {
            blocks.add(s);
        }
        cur.setLength(0);
    }
}
