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
        Map<String, EntityMention> canonical = new HashMap<>();
        for (EntityMention p : a.persons) {
            if (p.slug() != null) {
                canonical.putIfAbsent(p.id(), p);
            }
        }
        for (EntityMention p : a.persons) {
            canonical.putIfAbsent(p.id(), p);
        }
        List<EntityMention> names = new ArrayList<>(canonical.values());
        for (int i = 0; i < a.persons.size(); i++) {
            EntityMention p = a.persons.get(i);
            if (p.slug() != null) {
                continue;
            }
            for (EntityMention other : names) {
                if (!other.id().equals(p.id()) && (other.slug() != null || other.start() < p.start())
                        && sameNameButASlip(p.name(), other.name())) {
                    a.persons.set(i, new EntityMention(p.start(), p.end(), EntityMention.Kind.PERSON, other.name(), other.slug()));
                    break;
                }
            }
        }
    }

    /** Capitalised words a slip away from a surname of the article: later references to that person. */
    static List<int[]> surnameSlips(String text, List<String> surnames, ArticleState a) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int e = i + 1;
            while (e < n && Character.isLetter(text.charAt(e))) {
                e++;
            }
            String w = text.substring(i, e);
            if (w.length() >= 5 && !Lexicon.notName(w)) {
                for (int k = 0; k < surnames.size(); k++) {
                    String sur = surnames.get(k);
                    if (!sur.equals(w) && slip(w, sur)) {
                        out.add(new int[]{i, e, k});
                        break;
                    }
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
