package org.personneltracker.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Direct quotations (straight or curly double quotes, guillemets) and stated reasons. */
final class QuoteFinder {

    /** A quotation: [start, end) includes the quote marks; the inner text is [start+1, end-1). */
    record Quote(int start, int end) {
        String inner(String text) {
            return text.substring(start + 1, end - 1).trim();
        }

        boolean contains(int offset) {
            return offset > start && offset < end;
        }
    }

    /** A stated reason at [start, end). */
    record Reason(int start, int end, String text) {
    }

    private static final Pattern QUOTE = Pattern.compile("\"([^\"\\n]{2,800})\"");
    static final Pattern SPEECH = Pattern.compile("(?i)\\b(said|says|say|wrote|writes|posted|posts|added|adds|told|tells|"
            + "explained|explains|noted|notes|tweeted|announced|stated|states|shared|shares|according to|continued|"
            + "recalled|remarked|declared)\\b");
    /** A way of stating a reason, and the lower-case words one of which must occur for it to match (a cheap pre-check). */
    private record ReasonForm(Pattern pattern, String... hints) {
    }

    private static final ReasonForm[] REASONS = {
            new ReasonForm(Pattern.compile("(?i)\\bciting[ ]+(.{4,200}?)(?=[.;]|$|,[ ]+(?:according|the|and|he|she|they|who)\\b)"),
                    "citing"),
            new ReasonForm(Pattern.compile("(?i)\\b(?:said|says|wrote|writes|explained|added|noted|posted)[ ]+(?:that[ ]+)?"
                    + "(?:he|she|they|I)[ ]+(?:wanted|wants|hoped|hopes|planned|plans|intended|intends|decided|needed|needs|"
                    + "was leaving|is leaving|left|quit|resigned|would like|wished|wishes)[ ]+(?:to[ ]+)?(.{4,200}?)(?=[.;]|$)"),
                    "said", "says", "wrote", "writes", "explained", "added", "noted", "posted"),
            new ReasonForm(Pattern.compile("(?i)\\bbecause[ ]+(?:of[ ]+)?(.{4,200}?)(?=[.;]|$)"), "because"),
            new ReasonForm(Pattern.compile("(?i)\\b(?:in order to|so (?:that )?(?:he|she|they) (?:could|can))[ ]+(.{4,200}?)(?=[.;,]|$)"),
                    "in order", "so "),
            new ReasonForm(Pattern.compile("(?i)\\bdue to[ ]+(.{4,200}?)(?=[.;]|$)"), "due to"),
            new ReasonForm(Pattern.compile("(?i)\\bover[ ]+((?:concerns?|disagreements?|differences|frustrations?|tensions?|"
                    + "a dispute|disputes)[ ]+.{3,200}?)(?=[.;]|$)"), "over "),
            new ReasonForm(Pattern.compile("(?i)\\b(?:to|and)[ ]+((?:focus|concentrate)[ ]+on[ ]+.{3,200}?|pursue[ ]+.{3,200}?|"
                    + "spend (?:more )?time[ ]+.{3,200}?|explore[ ]+.{3,200}?|return to hands-on.{3,200}?)"
                    + "(?=[.;]|$|,[ ]+(?:according|he|she|they)\\b)"), "focus", "concentrate", "pursue", "spend", "explore",
                    "hands-on"),
            new ReasonForm(Pattern.compile("(?i)\\b(for (?:personal|health|family) reasons)"), "reasons"),
    };
    private static final Pattern REASON_TRAILER = Pattern.compile("[,\"' ]+$");
    /** "to join X" names a destination, not a reason. */
    private static final Pattern NOT_A_REASON = Pattern.compile("(?i)(join|work at|work for|become)\\b");

    private QuoteFinder() {
    }

    static List<Quote> find(String text) {
        List<Quote> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            String inner = m.group(1).trim();
            if (Words.count(inner) >= 3) {
                out.add(new Quote(m.start(), m.end()));
            }
        }
        return out;
    }

    /** The first stated reason in [from, to), or null. */
    static Reason reason(String text, int from, int to) {
        Reason best = null;
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (ReasonForm form : REASONS) {
            boolean hinted = false;
            for (String h : form.hints()) {
                hinted |= lower.contains(h);
            }
            if (!hinted) {
                continue;
            }
            Matcher m = form.pattern().matcher(text);
            m.region(from, to);
            if (m.find()) {
                String r = REASON_TRAILER.matcher(m.group(1).trim()).replaceFirst("");
                if (NOT_A_REASON.matcher(r).lookingAt()) {
                    continue;
                }
                if (best == null || m.start(1) < best.start()) {
                    best = new Reason(m.start(1), m.start(1) + r.length(), r);
                }
            }
        }
        return best;
    }
}
