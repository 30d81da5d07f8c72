package org.personneltracker.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Misspelt names in real page text: "Ines Carvalho ... Carvahlo spent three years", "Daniel Kokotajlo ... Kokotaljo
 * says". A name that differs from another name of the same article by one or two typing slips (letters swapped,
 * dropped, added or changed; never the first letter) is the same person.
 */
final class NameTypos {

    private NameTypos() {
    }

    /** Unknown full names that are a slip away from another person's full name take that person's identity. */
    static void unifyFullNames(ArticleState a) {
        // distinct names, stored ones first, indexed by first and by last word: only names sharing one can be a slip apart
        Map<String, EntityMention> canonical = new HashMap<>();
        for (EntityMention p : a.persons) {
            if (p.slug() != null) {
                canonical.putIfAbsent(p.id(), p);
            }
        }
        for (EntityMention p : a.persons) {
            canonical.putIfAbsent(p.id(), p);
        }
        Map<String, List<EntityMention>> byWord = new HashMap<>();
        for (EntityMention p : canonical.values()) {
            String[] w = Words.split(p.name());
            if (w.length >= 2) {
                byWord.computeIfAbsent("F" + w[0], k -> new ArrayList<>()).add(p);
                byWord.computeIfAbsent("L" + w[w.length - 1], k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, EntityMention> resolved = new HashMap<>();
        for (int i = 0; i < a.persons.size(); i++) {
            EntityMention p = a.persons.get(i);
            if (p.slug() != null) {
                continue;
            }
            EntityMention target = resolved.computeIfAbsent(p.id(), k -> slipOf(p, byWord));
            if (target != null && !target.id().equals(p.id())) {
                a.persons.set(i, new EntityMention(p.start(), p.end(), EntityMention.Kind.PERSON, target.name(), target.slug()));
            }
        }
    }

    private static EntityMention slipOf(EntityMention p, Map<String, List<EntityMention>> byWord) {
        String[] w = Words.split(p.name());
        if (w.length < 2) {
            return p;
        }
        List<EntityMention> others = new ArrayList<>(byWord.getOrDefault("F" + w[0], List.of()));
        others.addAll(byWord.getOrDefault("L" + w[w.length - 1], List.of()));
        for (EntityMention other : others) {
            if (!other.id().equals(p.id()) && (other.slug() != null || other.start() < p.start())
                    && sameNameButASlip(p.name(), other.name())) {
                return other;
            }
        }
        return p;
    }

    /** Capitalised words a slip away from a surname of the article: later references to that person. */
    static List<int[]> surnameSlips(String text, List<String> surnames, ArticleState a) {
        List<int[]> out = new ArrayList<>();
        Map<Character, List<Integer>> byInitial = new HashMap<>();
        for (int k = 0; k < surnames.size(); k++) {
            if (!surnames.get(k).isEmpty()) {
                byInitial.computeIfAbsent(surnames.get(k).charAt(0), x -> new ArrayList<>()).add(k);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch < 'A' || ch > 'Z' && ch < 0xC0 || !Character.isUpperCase(ch) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int e = i + 1;
            while (e < n && Character.isLetter(text.charAt(e))) {
                e++;
            }
            String w = text.substring(i, e);
            if (w.length() >= 5 && byInitial.containsKey(w.charAt(0))) {
                Integer k = seen.computeIfAbsent(w, word -> {
                    if (Lexicon.notName(word)) {
                        return -1;
                    }
                    for (int c : byInitial.get(word.charAt(0))) {
                        if (!surnames.get(c).equals(word) && slip(word, surnames.get(c))) {
                            return c;
                        }
                    }
                    return -1;
                });
                if (k >= 0) {
                    out.add(new int[]{i, e, k});
                }
            }
            i = e;
        }
        return out;
    }

    static boolean sameNameButASlip(String a, String b) {
        String[] x = Words.split(a);
        String[] y = Words.split(b);
        if (x.length != y.length || x.length < 2) {
            return false;
        }
        int slips = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i].equals(y[i])) {
                continue;
            }
            if (!slip(x[i], y[i])) {
                return false;
            }
            slips++;
        }
        return slips == 1;
    }

    /** One slip for words of five or six letters, two for longer ones; the first letter always agrees. */
    static boolean slip(String w, String target) {
        if (w.isEmpty() || target.isEmpty() || w.charAt(0) != target.charAt(0) || Math.abs(w.length() - target.length()) > 2) {
            return false;
        }
        int allowed = Math.min(w.length(), target.length()) >= 7 ? 2 : Math.min(w.length(), target.length()) >= 5 ? 1 : 0;
        return allowed > 0 && distance(w, target, allowed) <= allowed;
    }

    /** Optimal string alignment distance (a swap of two neighbours counts once), stopping early past {@code max}. */
    static int distance(String s, String t, int max) {
        int n = s.length();
        int m = t.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = Character.toLowerCase(s.charAt(i - 1)) == Character.toLowerCase(t.charAt(j - 1)) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[n][m];
    }
}
