package org.personneltracker.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names the gazetteer does not know: people as runs of two to four capitalised tokens in sentences about
 * jobs (role words, event verbs, attribution), and organisation-like names where a company is expected.
 */
final class NameFinder {

    private static final String TOKEN = "(?:Mc|Mac|O'|D')?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*";
    private static final Pattern RUN = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\p{N}'])" + TOKEN
            + "(?:[ ]+(?:\\p{Lu}\\.[ ]+)?(?:\\(\\p{Lu}\\p{Ll}+\\)[ ]+)?" + TOKEN + ")*(?![\\p{L}\\p{N}])");
    private static final Pattern TOKEN_P = Pattern.compile(TOKEN + "|\\p{Lu}\\.|\\(\\p{Lu}\\p{Ll}+\\)");
    static final Pattern JOB_CONTEXT = Pattern.compile("(?i)(?=[stwpajlrqhnfodecvmbgiu])\\b(said|says|told|wrote|writes|posted|according|announc\\w*|"
            + "join\\w*|left|leav\\w*|resign\\w*|quit\\w*|hir\\w*|appoint\\w*|named|promot\\w*|return\\w*|rejoin\\w*|"
            + "fired|ousted|dismiss\\w*|depart\\w*|exit\\w*|step\\w*|co-?found\\w*|found\\w*|ceo|cto|cfo|coo|chief|head|"
            + "lead\\w*|led|director|president|vice|vp|researcher|scientist|engineer|team|staff|executive|officer|"
            + "manager|member|poach\\w*|recruit\\w*|tapped|succeed\\w*|replac\\w*|last day|moved?|moving|defect\\w*|"
            + "back|coming|comes|came|successor|advis[eo]r|interim|chair\\w*|board|counsel|retir\\w*|"
            + "elevat\\w*|group|lab|ran|runs|worked|works|spent|sabbatical|laid off|layoffs?|begins|starts)\\b");
    private static final Set<String> HEADLINE_WORDS = Lexicon.set("quits", "resigns", "leaves", "joins", "exits", "departs",
            "warns", "steps", "hires", "poaches", "returns", "launches", "raises", "rejoins", "ousted", "fired", "amid",
            "over", "into", "out", "down", "up", "away", "back", "says", "said", "gets", "takes", "makes", "becomes",
            "named", "appointed", "promoted", "exit", "departure", "resignation", "exodus", "shakeup", "shake", "talent",
            "war", "big", "top", "latest", "another", "peril", "world", "crisis", "why", "how", "what", "who", "just",
            "moves", "move", "heads", "jumps", "defects", "tells", "tapped", "taps", "lands", "loses", "lost", "wins",
            "report", "reports", "reportedly", "sources", "insiders", "week", "day");
    private static final Pattern ORG_SUFFIX_AFTER = Pattern.compile(
            "^[ ]+(?:AI|Labs?|Inc\\.?|Corp\\.?|LLC|Ltd\\.?|Ventures|Capital|Partners|Technologies|Systems|Research|"
                    + "Robotics|Intelligence|Institute|University|Foundation|Group|Holdings|Networks|Security|Studios?)\\b");
    private static final Pattern ORG_INTRO_BEFORE = Pattern.compile(
            "(?i)\\b(?:startup|start-up|company|firm|lab|venture|outfit|called|dubbed|co-?founded|founded|launched)[ ,]+$");
    private static final Pattern ORG = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[Tt]he[ ]+)?(\\p{Lu}[\\p{L}\\p{N}&.'-]*(?:[ ]+(?:\\p{Lu}[\\p{L}\\p{N}&.-]*|\\d[\\p{L}\\p{N}.]*|of|&|for|de))*)");

    /** Surnames that are also words of the stop list: a name only right after a first name. */
    private static final Set<String> SURNAMES_THAT_ARE_WORDS = Lexicon.set("white", "black", "brown", "green", "young",
            "king", "hall", "wood", "long", "love", "rich", "page", "post", "price", "banks", "west", "north", "south", "street",
            "lord", "dean", "march", "may", "general", "fellow", "staff", "bay", "house", "state", "union", "court", "city",
            "read", "head", "lead", "mini", "ray", "san", "sun");

    private final Set<String> companyTokens;
    private static final Pattern TRAILING_FUNCTION_WORDS = Pattern.compile("(?:[ ]+(?:of|&|for|de))+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.'-]+$");

    NameFinder(Set<String> companyTokens) {
        this.companyTokens = companyTokens;
    }

    /** A found name at [start, end). */
    record Found(int start, int end, String name) {
    }

    /** Stretches of the text already taken by a name. */
    interface Taken {
        boolean overlaps(int start, int end);
    }

    /** New person names in [from, to) of the text that do not overlap the taken ranges. */
    List<Found> findPeople(String text, int from, int to, Taken taken) {
        List<Found> out = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        m.region(from, to);
        while (m.find()) {
            List<int[]> toks = new ArrayList<>();
            Matcher t = TOKEN_P.matcher(text);
            t.region(m.start(), m.end());
            while (t.find()) {
                toks.add(new int[]{t.start(), t.end()});
            }
            // split the run at words that cannot be part of a name
            List<int[]> piece = new ArrayList<>();
            for (int i = 0; i <= toks.size(); i++) {
                boolean stop = i == toks.size() || isStop(text.substring(toks.get(i)[0], toks.get(i)[1]));
                if (stop && i < toks.size() && piece.size() == 1 && !isStop(text.substring(piece.get(0)[0], piece.get(0)[1]))
                        && SURNAMES_THAT_ARE_WORDS.contains(text.substring(toks.get(i)[0], toks.get(i)[1]).toLowerCase(Locale.ROOT))) {
                    stop = false; // "Sean White", "Alice Post": a first name, then a surname that is also a word
                }
                if (stop) {
                    consider(text, piece, taken, out);
                    piece = new ArrayList<>();
                } else {
                    piece.add(toks.get(i));
                }
            }
        }
        return out;
    }

    private boolean isStop(String tok) {
        String t = tok.toLowerCase(Locale.ROOT);
        if (t.startsWith("(")) {
            return false;
        }
        int dash = t.indexOf('-');
        if (dash > 0 && (Lexicon.notName(t.substring(0, dash)) || t.contains("founder"))) {
            return true; // "Co-founder Daniel Levy", "Ex-OpenAI"
        }
        return Lexicon.notName(t) || HEADLINE_WORDS.contains(t) || companyTokens.contains(t);
    }

    private void consider(String text, List<int[]> piece, Taken taken, List<Found> out) {
        // trim initials/nicknames at the ends
        while (!piece.isEmpty() && !isWord(text, piece.get(0))) {
            piece.remove(0);
        }
        while (!piece.isEmpty() && !isWord(text, piece.get(piece.size() - 1))) {
            piece.remove(piece.size() - 1);
        }
        long words = piece.stream().filter(p -> isWord(text, p)).count();
        if (words < 2 || words > 3) {
            return;
        }
        int s = piece.get(0)[0];
        int e = piece.get(piece.size() - 1)[1];
        if (taken.overlaps(s, e)) {
            return;
        }
        String after = text.substring(e, Math.min(text.length(), e + 20));
        if (ORG_SUFFIX_AFTER.matcher(after).find()) {
            return;
        }
        String before = text.substring(Math.max(0, s - 25), s);
        if (ORG_INTRO_BEFORE.matcher(before).find() && !after.startsWith("'s")) {
            return;
        }
        String name = text.substring(s, e);
        if (Lexicon.isPlace(name)) {
            return;
        }
        out.add(new Found(s, e, name));
    }

    private static boolean isWord(String text, int[] tok) {
        char c = text.charAt(tok[1] - 1);
        return Character.isLowerCase(c);
    }

    /**
     * An organisation-like name starting at (or just after spaces from) {@code at}: a run of capitalised tokens,
     * not a place, month or weekday. Null when there is none.
     */
    static Found orgAt(String text, int at, int limit) {
        int i = at;
        while (i < limit && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= limit) {
            return null;
        }
        Matcher m = ORG.matcher(text);
        m.region(i, limit);
        if (!m.lookingAt()) {
            return null;
        }
        int s = m.start(1);
        int e = m.end(1);
        String name = text.substring(s, e);
        // trim trailing function words and punctuation
        name = TRAILING_PUNCTUATION.matcher(TRAILING_FUNCTION_WORDS.matcher(name).replaceAll("")).replaceAll("");
        if (name.endsWith("'s")) {
            name = name.substring(0, name.length() - 2);
        }
        e = s + name.length();
        String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
        if (name.isBlank() || Lexicon.isPlace(name) || Lexicon.isMonth(first) || Lexicon.isWeekday(first)
                || Lexicon.isPlace(first) || (name.indexOf(' ') < 0 && Lexicon.NOT_NAME.contains(first))
                || HEADLINE_WORDS.contains(first) || first.equals("he") || first.equals("she")) {
            return null;
        }
        return new Found(s, e, name);
    }
}
