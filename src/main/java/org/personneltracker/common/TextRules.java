package org.personneltracker.common;

import java.util.Set;

/**
 * What text the tracker stores, checked in one place for every door: JSON bodies (a string deserializer registered by
 * {@link JacksonConfig}, and the reference deserializers) and HTML forms ({@code account.FormGuard}).
 * <ul>
 * <li>Never: NUL and other control characters (Unicode Cc: U+0000-U+001F, U+007F-U+009F), lone surrogates.</li>
 * <li>Long text (the fields in {@link #MULTI_LINE}: summaries, reasons, quotes, descriptions, articles) may hold line
 * breaks ({@code \n}, {@code \r\n}) and tabs; every other field is one line.</li>
 * <li>Text made only of white space and invisible characters (format characters such as U+200B) counts as blank, so
 * "not blank" rules (a name) refuse it and optional fields read it as absent.</li>
 * </ul>
 */
public final class TextRules {

    /** The last segment of the field names whose values may span lines. */
    public static final Set<String> MULTI_LINE = Set.of("summary", "reason", "quote", "description", "bio", "text",
            "html", "aliasLines", "linkLines");

    private TextRules() {
    }

    /** Whether a field (a JSON property or a form input such as {@code sources[0].quote}) holds long text. */
    public static boolean multiLine(String field) {
        if (field == null) {
            return false;
        }
        int dot = field.lastIndexOf('.');
        String last = dot < 0 ? field : field.substring(dot + 1);
        int bracket = last.indexOf('[');
        return MULTI_LINE.contains(bracket < 0 ? last : last.substring(0, bracket));
    }

    /** Why {@code s} cannot be stored, or null when it can. */
    public static String problem(String s, boolean multiLine) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate (U+" + hex(c) + "): not valid Unicode text";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate (U+" + hex(c) + "): not valid Unicode text";
            }
            if (c == 0) {
                return "contains a NUL character";
            }
            if (Character.getType(c) == Character.CONTROL) {
                if (multiLine && (c == '\n' || c == '\t' || (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n'))) {
                    continue;
                }
                if (c == '\n' || c == '\r' || c == '\t') {
                    return "must be a single line (no line breaks or tabs)";
                }
                return "contains a control character (U+" + hex(c) + ")";
            }
        }
        return null;
    }

    /**
     * True when {@code s} has nothing a reader would see: null, empty, or only white space, control and format
     * characters (U+200B ZERO WIDTH SPACE, U+FEFF, bidirectional marks) and space separators such as U+00A0.
     */
    public static boolean blank(String s) {
        if (s == null) {
            return true;
        }
        return s.codePoints().allMatch(TextRules::invisible);
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
                || type == Character.FORMAT || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
