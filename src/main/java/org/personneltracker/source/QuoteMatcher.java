package org.personneltracker.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a quote occurs in a text, ignoring case, white space, and the style of quotes, apostrophes and dashes
 * (publishers and republishers change those freely).
 */
public final class QuoteMatcher {

    private static final Pattern QUOTES = Pattern.compile("[\"'`´‘’‚‛“”„‟«»‹›″′]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−-]+");
    private static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\.\\.");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000]+");

    private QuoteMatcher() {
    }

    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = QUOTES.matcher(n).replaceAll("");
        n = ELLIPSIS.matcher(n).replaceAll(" ");
        n = DASHES.matcher(n).replaceAll(" - ");
        n = SPACE.matcher(n).replaceAll(" ");
        return n.toLowerCase(Locale.ROOT).trim();
    }

    /** True when the quote occurs in the text; a quote elided with "..." must have each part occur, in order. */
    public static boolean occursIn(String quote, String text) {
        String t = normalize(text);
        int from = 0;
        boolean any = false;
        for (String part : quote.split("\\[?(?:\\.\\.\\.|…)\\]?")) {
            String p = normalize(part);
            if (p.isEmpty()) {
                continue;
            }
            int at = t.indexOf(p, from);
            if (at < 0) {
                return false;
            }
            from = at + p.length();
            any = true;
        }
        return any;
    }
}
