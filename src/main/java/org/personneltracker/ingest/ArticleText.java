package org.personneltracker.ingest;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.personneltracker.source.HtmlReducer;
import org.personneltracker.ingest.extract.TextNormalizer;

/** An article as read: its text (offsets of spans refer to it) and what is known about it. */
public record ArticleText(String title, String publisher, String url, LocalDate publishedDate, String text) {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(by |home\\b|trending|sign up|subscribe|we use cookies|this website|cookie|menu|skip to|advertisement)");
    private static final Pattern HEADLINE_END = Pattern.compile("[.!?:;,]\"?$");

    public ArticleText {
        text = text == null ? "" : text;
    }

    /** Reduces an HTML page to its article text, with title, publisher and publication date from its metadata. */
    public static ArticleText fromHtml(String html, String url) {
        HtmlReducer.Reduced r = HtmlReducer.reduce(html, url);
        return new ArticleText(r.title(), r.publisher(), url, r.publishedDate(), r.text());
    }

    /** Plain text; the first line is taken as the title when it looks like a headline (short, no final full stop). */
    public static ArticleText fromText(String text) {
        String t = text == null ? "" : text;
        String title = null;
        String[] lines = t.strip().split("\n");
        for (int i = 0; i < Math.min(lines.length - 1, 8) && title == null; i++) {
            String line = TextNormalizer.tidy(lines[i]);
            if (line.isEmpty() || line.contains("|") || BOILERPLATE.matcher(line).find()) {
                continue;
            }
            if (line.length() <= 160 && !HEADLINE_END.matcher(line).find() && line.split(" ").length >= 3) {
                title = line;
            } else {
                break;
            }
        }
        return new ArticleText(title, null, null, null, t);
    }

    public ArticleText withPublishedDate(LocalDate date) {
        return new ArticleText(title, publisher, url, date, text);
    }

    public ArticleText withUrl(String newUrl) {
        return new ArticleText(title, publisher, newUrl, publishedDate, text);
    }
}
