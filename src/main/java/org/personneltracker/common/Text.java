package org.personneltracker.common;

/** The two ways typed text is tidied everywhere: blank means absent, and absent shows as empty. */
public final class Text {

    private Text() {
    }

    /** Trimmed text, or null when there is none (null, empty, or nothing visible: {@link TextRules#blank}). */
    public static String blankToNull(String s) {
        return TextRules.blank(s) ? null : s.trim();
    }

    /** The text, or "" for null (form fields and template values). */
    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
