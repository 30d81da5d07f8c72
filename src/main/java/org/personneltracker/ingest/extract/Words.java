package org.personneltracker.ingest.extract;

import java.util.regex.Pattern;

/** Whitespace-separated words of a stretch of text, without compiling a pattern per call. */
final class Words {

    static final Pattern SPACES = Pattern.compile("\\s+");

    private Words() {
    }

    static String[] split(CharSequence s) {
        return SPACES.split(s);
    }

    /** Number of whitespace-separated words, without building them. */
    static int count(CharSequence s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    /** Collapses runs of white space to one space. */
    static String single(CharSequence s) {
        return SPACES.matcher(s).replaceAll(" ");
    }
}
