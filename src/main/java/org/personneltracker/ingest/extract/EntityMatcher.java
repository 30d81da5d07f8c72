package org.personneltracker.ingest.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds stored people and companies by name or alias: case-insensitive, accent-insensitive, whole words, and
 * possessives ("Anthropic's", "OpenAI's") included. A match with no capital letter is ignored ("meta-analysis"),
 * and short aliases (three letters or fewer, like "SSI") must match exactly.
 */
final class EntityMatcher {

    private final EntityMention.Kind kind;
    private final Node root = new Node();
    private final Map<String, KnownEntity> byForm = new HashMap<>();
    private final Set<String> nameTokens = new LinkedHashSet<>();

    EntityMatcher(List<KnownEntity> entities, EntityMention.Kind kind) {
        this.kind = kind;
        List<String> forms = new ArrayList<>();
        for (KnownEntity e : entities) {
            List<String> names = new ArrayList<>();
            names.add(e.name());
            names.addAll(e.aliases());
            for (String n : names) {
                if (n == null || n.isBlank()) {
                    continue;
                }
                String key = key(n);
                if (key.length() < 2) {
                    continue;
                }
                byForm.putIfAbsent(key, e);
                forms.add(key);
                for (String tok : key.split(" ")) {
                    nameTokens.add(tok);
                }
            }
        }
        for (String f : new LinkedHashSet<>(forms)) {
            Node n = root;
            for (int i = 0; i < f.length(); i++) {
                n = n.next.computeIfAbsent(f.charAt(i), c -> new Node());
            }
            n.form = f;
        }
    }

    /** A trie of the lower-cased forms; a space edge matches any run of whitespace. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        String form;
    }

    /** Lower-cased, accent-folded, typography-folded, single-spaced form of a name. */
    static String key(String name) {
        return Words.single(fold(TextNormalizer.normalize(name)).toLowerCase(Locale.ROOT).trim());
    }

    /** Removes accents one character for one character, so offsets are kept. */
    static String fold(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c > 0x7F && Character.isLetter(c)) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                if (d.length() > 1 && d.charAt(0) < 0x80) {
                    out[i] = d.charAt(0);
                } else if (c == 'ø') {
                    out[i] = 'o';
                } else if (c == 'Ø') {
                    out[i] = 'O';
                } else if (c == 'ß') {
                    out[i] = 's';
                } else if (c == 'ł') {
                    out[i] = 'l';
                }
            }
        }
        return new String(out);
    }

    /** Tokens of all stored names, lower-cased (used to keep company words out of person names). */
    Set<String> nameTokens() {
        return nameTokens;
    }

    KnownEntity lookup(String name) {
        return byForm.get(key(name));
    }

    /**
     * All stored names in the folded text, longest first at each position, scanning left to right: one pass over
     * the text with a trie of all names and aliases (whole words only, not followed by "-" and a lower-case
     * letter).
     */
    List<EntityMention> find(String folded) {
        List<EntityMention> out = new ArrayList<>();
        if (root.next.isEmpty()) {
            return out;
        }
        int n = folded.length();
        int i = 0;
        while (i < n) {
            if (i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1))) {
                i++; // names start at word starts only
                continue;
            }
            Node first = root.next.get(Character.toLowerCase(folded.charAt(i)));
            if (first == null) {
                i++;
                continue;
            }
            int bestEnd = -1;
            Node node = first;
            int j = i + 1;
            while (true) {
                if (node.form != null && boundaryAfter(folded, j)) {
                    bestEnd = j;
                }
                if (j >= n) {
                    break;
                }
                char c = folded.charAt(j);
                if (isSpace(c)) {
                    Node sp = node.next.get(' ');
                    if (sp == null) {
                        break;
                    }
                    while (j < n && isSpace(folded.charAt(j))) {
                        j++;
                    }
                    node = sp;
                    continue;
                }
                Node nx = node.next.get(Character.toLowerCase(c));
                if (nx == null) {
                    break;
                }
                node = nx;
                j++;
            }
            if (bestEnd < 0) {
                i++;
                continue;
            }
            EntityMention m = accept(folded, i, bestEnd);
            if (m != null) {
                out.add(m);
            }
            i = bestEnd;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean boundaryAfter(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        return !(c == '-' && end + 1 < text.length() && Character.isLowerCase(text.charAt(end + 1)));
    }

    private EntityMention accept(String folded, int start, int end) {
        String matched = folded.substring(start, end);
        boolean hasUpper = false;
        for (int k = 0; k < matched.length() && !hasUpper; k++) {
            hasUpper = Character.isUpperCase(matched.charAt(k));
        }
        if (!hasUpper) {
            return null;
        }
        String key = Words.single(matched.toLowerCase(Locale.ROOT));
        KnownEntity e = byForm.get(key);
        if (e == null) {
            return null;
        }
        if (key.length() <= 3 && !isExactForm(e, matched)) {
            return null;
        }
        return new EntityMention(start, end, kind, e.name(), e.slug());
    }

    private static boolean isExactForm(KnownEntity e, String matched) {
        if (fold(e.name()).equals(matched)) {
            return true;
        }
        for (String a : e.aliases()) {
            if (fold(TextNormalizer.normalize(a)).equals(matched)) {
                return true;
            }
        }
        return false;
    }
}
