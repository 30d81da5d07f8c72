package org.personneltracker.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits normalised text into sentences (character ranges), aware of abbreviations, initials and quotes. */
final class SentenceSplitter {

    /** A sentence [start, end) with the index of the paragraph it is in. */
    record Sentence(int index, int start, int end, int paragraph) {
        String text(String s) {
            return s.substring(start, end);
        }

        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private static final Set<String> ABBREVIATIONS = Lexicon.set("mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st",
            "inc", "corp", "ltd", "co", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "no", "approx", "est", "dept",
            "mt", "ft", "gen", "lt", "col", "capt", "vol", "fig", "al", "ca", "c");

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int paragraph = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i, paragraph);
                int j = i;
                int newlines = 0;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    if (text.charAt(j) == '\n') {
                        newlines++;
                    }
                    j++;
                }
                if (newlines >= 1) {
                    paragraph++;
                }
                start = j;
                i = j;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
                    j++;
                }
                while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '\'' || text.charAt(j) == ')')) {
                    j++;
                }
                if (j >= n) {
                    i = j;
                    continue;
                }
                if (text.charAt(j) == ' ' || text.charAt(j) == '\n') {
                    int k = j;
                    while (k < n && text.charAt(k) == ' ') {
                        k++;
                    }
                    boolean nextStarts = k >= n || text.charAt(k) == '\n' || Character.isUpperCase(text.charAt(k))
                            || Character.isDigit(text.charAt(k)) || text.charAt(k) == '"' || text.charAt(k) == '\''
                            || text.charAt(k) == '(' || text.charAt(k) == '-';
                    if (nextStarts && (c != '.' || !isAbbreviation(text, i))) {
                        add(out, text, start, j, paragraph);
                        start = k;
                        i = k;
                        continue;
                    }
                }
            }
            i++;
        }
        add(out, text, start, n, paragraph);
        List<Sentence> indexed = new ArrayList<>(out.size());
        for (int k = 0; k < out.size(); k++) {
            Sentence s = out.get(k);
            indexed.add(new Sentence(k, s.start(), s.end(), s.paragraph()));
        }
        return indexed;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String word = text.substring(b, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "M. Sharma"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Sentence> out, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(0, start, end, paragraph));
        }
    }
}
