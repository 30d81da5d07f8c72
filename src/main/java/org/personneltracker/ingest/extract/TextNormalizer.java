package org.personneltracker.ingest.extract;

import java.util.regex.Pattern;

/**
 * Folds typography to plain ASCII punctuation one character for one character, so that offsets into the
 * normalised text are offsets into the original text too: curly and angled quotes become straight ones,
 * dashes become '-', exotic spaces become ' ', an ellipsis becomes '.'.
 */
public final class TextNormalizer {

    private static final Pattern SPACE_RUN = Pattern.compile("[ ]{2,}");
    private static final Pattern SPACES_AROUND_NEWLINE = Pattern.compile(" *\n *");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(out[i]);
        }
        return new String(out);
    }

    static char fold(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4', '\u02BC':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u301D', '\u301E':
                return '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
                return '-';
            case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
                 '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\t', '\u200B', '\uFEFF', '\u00AD':
                return ' ';
            case '\u2026':
                return '.';
            case '\r':
                return '\n';
            default:
                return c;
        }
    }

    /** Collapses runs of spaces (not newlines) and trims every line; used for display strings, not offsets. */
    public static String tidy(String s) {
        if (s == null) {
            return null;
        }
        return SPACES_AROUND_NEWLINE.matcher(SPACE_RUN.matcher(normalize(s)).replaceAll(" ")).replaceAll("\n").trim();
    }
}
