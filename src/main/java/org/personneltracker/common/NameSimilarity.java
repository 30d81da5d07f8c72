package org.personneltracker.common;

/**
 * Whether a typed name is close to a stored one: the typo guard's test ("Antropic" is close to "Anthropic", "Mrinak
 * Sharma" to "Mrinank Sharma", "Open AI" to "OpenAI"). Names are compared folded (case, accents, punctuation and
 * spaces ignored) by edit distance with transpositions (optimal string alignment): one edit in a name of 4 to 8
 * letters, two from 9, none below 4. A typed name that is a whole word of the stored one or starts it also counts
 * ("Anthropic" - "Anthropic PBC").
 */
public final class NameSimilarity {

    private NameSimilarity() {
    }

    /** Lower case, accents folded, only letters and digits. */
    public static String fold(String name) {
        return Slugs.slugify(name).replace("-", "");
    }

    /** A score for ordering: 0 for the same folded name, higher for farther; -1 when not close at all. */
    public static int distance(String typed, String stored) {
        String a = fold(typed);
        String b = fold(stored);
        if (a.isEmpty() || b.isEmpty()) {
            return -1;
        }
        if (a.equals(b)) {
            return 0;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= 4 && (b.startsWith(a) || a.startsWith(b))) {
            return 1;
        }
        int allowed = shorter < 4 ? 0 : shorter < 9 ? 1 : 2;
        if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) {
            return -1;
        }
        int d = osa(a, b, allowed);
        return d <= allowed ? d : -1;
    }

    /** Optimal string alignment distance, giving up (answering limit + 1) once every row exceeds {@code limit}. */
    static int osa(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
