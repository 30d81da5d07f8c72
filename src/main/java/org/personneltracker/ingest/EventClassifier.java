package org.personneltracker.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.personneltracker.event.Circumstance;
import org.personneltracker.event.EventType;

/**
 * The event vocabulary: which words signal a departure, hire, return or role change, with the circumstance
 * they imply and where the person usually stands relative to the word (subject before it, or object after it
 * when a company is the actor: "OpenAI fired X", "Meta hired X").
 */
final class EventClassifier {

    enum Voice { SUBJECT, OBJECT, NOUN }

    enum Kind { PLAIN, FOUNDING, MOVE, ROLE_NOUN_BOARD }

    /** One kind of trigger word. */
    record Rule(Pattern pattern, EventType type, Circumstance circumstance, Voice voice, Kind kind, double strength,
                String[] anchors) {
    }

    /** A trigger found in the text at [start, end). */
    record Trigger(int start, int end, Rule rule) {
        EventType type() {
            return rule.type();
        }
    }

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static Rule r(String regex, EventType t, Circumstance c, Voice v, Kind k, double strength) {
        return new Rule(Pattern.compile("(?<![\\p{L}-])(?:" + regex + ")(?![\\p{L}])", F), t, c, v, k, strength,
                anchors(regex));
    }

    /**
     * Cheap pre-checks: the literal prefixes (lower case) that every match of a rule starts with, found by
     * expanding the leading literal characters and groups of its alternatives ("(?:is|was)[ ]+back" gives "is",
     * "was"; "g(?:ive|ave)[ ]+up" gives "give", "gave"). Empty when some alternative has no literal prefix of two
     * letters or more: then the rule is tried everywhere.
     */
    static String[] anchors(String regex) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String alt : splitTop(regex)) {
            List<String> pre = expand(alt);
            if (pre == null) {
                return new String[0];
            }
            for (String p : pre) {
                if (p.length() < 2) {
                    return new String[0];
                }
                out.add(p);
            }
        }
        return out.toArray(new String[0]);
    }

    /** Top-level alternatives of a regex. */
    private static List<String> splitTop(String regex) {
        List<String> alts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alts.add(regex.substring(start));
        return alts;
    }

    /** Literal prefixes of one alternative; null when it cannot be expanded. */
    private static List<String> expand(String alt) {
        List<String> cur = new ArrayList<>();
        cur.add("");
        int i = 0;
        while (i < alt.length()) {
            char c = alt.charAt(i);
            char next = i + 1 < alt.length() ? alt.charAt(i + 1) : 0;
            if (Character.isLetter(c) || c == '-' || c == '\'') {
                if (next == '?' || next == '*' || next == '{') {
                    return cur;
                }
                List<String> n = new ArrayList<>();
                for (String p : cur) {
                    n.add(p + Character.toLowerCase(c));
                }
                cur = n;
                i++;
            } else if (c == '(') {
                int depth = 0;
                int j = i;
                for (; j < alt.length(); j++) {
                    char d = alt.charAt(j);
                    if (d == '\\') {
                        j++;
                    } else if (d == '(') {
                        depth++;
                    } else if (d == ')' && --depth == 0) {
                        break;
                    }
                }
                String inner = alt.substring(i + 1, j);
                if (inner.startsWith("?:")) {
                    inner = inner.substring(2);
                } else if (inner.startsWith("?")) {
                    return cur; // a look-around: the prefix ends here
                }
                char q = j + 1 < alt.length() ? alt.charAt(j + 1) : 0;
                if (q == '?' || q == '*' || q == '{') {
                    return cur;
                }
                List<String> n = new ArrayList<>();
                boolean allLiteral = true;
                for (String a : splitTop(inner)) {
                    List<String> sub = expand(a);
                    if (sub == null) {
                        return null;
                    }
                    allLiteral &= isLiteral(a);
                    for (String p : cur) {
                        for (String x : sub) {
                            n.add(p + x);
                        }
                    }
                }
                cur = n;
                if (!allLiteral || cur.size() > 400) {
                    return cur;
                }
                i = j + 1;
            } else {
                return cur;
            }
        }
        return cur;
    }

    private static boolean isLiteral(String a) {
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (!(Character.isLetter(c) || c == '-' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    static final List<Rule> RULES = List.of(
            // role changes that look like departures must come first
            r("(?:left|leaves|leaving|leave|quit|quits|resigned from|stepped down from|steps down from|step down from|"
                    + "departed|departs|exited|exits)[ ]+(?:the[ ]+|its[ ]+|[\\p{L}]+'s[ ]+)?board(?:[ ]+of[ ]+directors)?",
                    EventType.ROLE_CHANGE, null, Voice.SUBJECT, Kind.ROLE_NOUN_BOARD, 0.7),
            r("(?:takes?|taking|took|going on|goes on|went on|is on)[ ]+(?:a[ ]+)?(?:extended[ ]+)?sabbatical|sabbatical",
                    EventType.ROLE_CHANGE, null, Voice.SUBJECT, Kind.PLAIN, 0.7),
            r("promot(?:ed|es|ing)|elevat(?:ed|es|ing)(?=[ ]+to)", EventType.ROLE_CHANGE, null, Voice.OBJECT, Kind.PLAIN, 0.85),
            r("(?:takes?|took|taking|will take)[ ]+over[ ]+as|(?:to|will)[ ]+take[ ]+over[ ]+as", EventType.ROLE_CHANGE, null,
                    Voice.SUBJECT, Kind.PLAIN, 0.8),
            r("(?:becomes|became|to become|will become|has become|is becoming|will be)(?=[ ]+(?:the[ ]+|its[ ]+|our[ ]+|an?[ ]+)?"
                    + "(?:new[ ]+|interim[ ]+|acting[ ]+)?(?:ceo|cto|cfo|coo|president|chief|head|vp|vice|director|lead|chair))",
                    EventType.ROLE_CHANGE, null, Voice.SUBJECT, Kind.PLAIN, 0.75),
            r("(?:transition(?:s|ed|ing)?|mov(?:es|ed|ing))[ ]+(?:in)?to[ ]+(?:a[ ]+|the[ ]+)?(?:new[ ]+)?(?:role|position|advisory role)",
                    EventType.ROLE_CHANGE, null, Voice.SUBJECT, Kind.PLAIN, 0.75),
            // returns
            r("rejoin(?:s|ed|ing)?|re-join(?:s|ed|ing)?|returns?[ ]+to|returned[ ]+to|returning[ ]+to|"
                    + "(?:is|was|are|comes?|came|coming|went|goes|heads?|headed|is going|will go|gets?|got)[ ]+back[ ]+(?:to|at)|"
                    + "back[ ]+at|return(?:s|ed|ing)?[ ]+as|(?:is|are|was|were)[ ]+(?:also[ ]+)?coming[ ]+back|comes[ ]+back|came[ ]+back|"
                    + "will[ ]+return", EventType.RETURN, null, Voice.SUBJECT, Kind.PLAIN, 0.85),
            r("rehir(?:e|es|ed|ing)|reinstat(?:e|es|ed|ing)|brought[ ]+back|brings[ ]+back|bringing[ ]+back",
                    EventType.RETURN, null, Voice.OBJECT, Kind.PLAIN, 0.8),
            // dismissals
            r("fired|fires|firing|ousted|ousts|ousting|oust|dismissed|dismisses|dismissal|sacked|sacks|terminated|"
                    + "removed|removes|pushed[ ]+out|forced[ ]+out|forces[ ]+out|push(?:es)?[ ]+out|let[ ]+go|lets[ ]+go|"
                    + "ouster|expelled|booted|kicked[ ]+out|axed|show(?:n|ed)[ ]+the[ ]+door",
                    EventType.DEPARTURE, Circumstance.DISMISSED, Voice.OBJECT, Kind.PLAIN, 0.85),
            r("laid[ ]+off|lay(?:s|ing)?[ ]+off|layoffs?", EventType.DEPARTURE, Circumstance.LAID_OFF, Voice.OBJECT, Kind.PLAIN, 0.7),
            r("retir(?:e|es|ed|ing|ement)", EventType.DEPARTURE, Circumstance.RETIRED, Voice.SUBJECT, Kind.PLAIN, 0.8),
            r("died|passed[ ]+away|death", EventType.DEPARTURE, Circumstance.DECEASED, Voice.SUBJECT, Kind.PLAIN, 0.5),
            // resignations
            r("resign(?:s|ed|ing)?|resignation|quit|quits|quitting|step(?:s|ped|ping)?[ ]+(?:down|away|aside)|"
                    + "stepped[ ]+back|steps[ ]+back|stepping[ ]+back|step[ ]+back|"
                    + "g(?:ive|ave|ives|iving)[ ]+up(?=[ ]*(?:[.,;]|$|(?:his|her|their|my|the|its)?[ ]*(?:post|position|role|job|seat|title)\\b|at\\b|from\\b))|"
                    + "hand(?:s|ed)?[ ]+in[ ]+(?:his|her|their|my)[ ]+(?:notice|resignation)|walk(?:s|ed)?[ ]+away|walking[ ]+away|"
                    + "bow(?:s|ed)?[ ]+out", EventType.DEPARTURE, Circumstance.RESIGNED, Voice.SUBJECT, Kind.PLAIN, 0.95),
            // founding
            r("co-?found(?:s|ed|ing)|found(?:s|ed|ing)(?![ ]+(?:in|by|on)\\b)|(?:launch(?:es|ed|ing)?|start(?:s|ed|ing)?|set(?:s|ting)?[ ]+up|"
                    + "form(?:s|ed|ing)?|unveil(?:s|ed|ing)?|creat(?:es|ed|ing))[ ]+(?:a|an|his|her|their|the)[ ]+(?:own[ ]+)?(?:new[ ]+)?"
                    + "(?:ai[ ]+)?(?:startup|start-up|company|venture|lab|firm|fund|research lab|nonprofit|non-profit)",
                    EventType.HIRE, null, Voice.SUBJECT, Kind.FOUNDING, 0.8),
            // moves: departure from one company and hire at another
            r("(?:mov(?:es|ed|ing)|head(?:s|ed|ing)|jump(?:s|ed|ing)|defect(?:s|ed|ing)|decamp(?:s|ed|ing)|switch(?:es|ed|ing)|"
                    + "bolt(?:s|ed|ing)|flee(?:s|ing)?|fled)[ ]+(?:over[ ]+)?to", EventType.HIRE, null, Voice.SUBJECT, Kind.MOVE, 0.8),
            // hires
            r("join(?:s|ed|ing)?|to[ ]+join|sign(?:s|ed)?[ ]+on[ ]+(?:with|at)|came[ ]+aboard|comes[ ]+aboard|"
                    + "is[ ]+joining|will[ ]+join", EventType.HIRE, null, Voice.SUBJECT, Kind.PLAIN, 0.9),
            r("hir(?:ed|es|e|ing)|recruit(?:s|ed|ing)?|poach(?:es|ed|ing)?|lur(?:es|ed|ing)|tapp(?:ed|ing)|taps|"
                    + "appoint(?:s|ed|ing)?|appointment|named|names|naming|welcom(?:es|ed|ing)|snag(?:s|ged)|"
                    + "brought[ ]+on|brings[ ]+on|added", EventType.HIRE, null, Voice.OBJECT, Kind.PLAIN, 0.85),
            // other departures
            r("(?:last|final)[ ]+day", EventType.DEPARTURE, null, Voice.NOUN, Kind.PLAIN, 0.9),
            r("left|leaves|leaving|leave|depart(?:s|ed|ing|ure|ures)?|exit(?:s|ed|ing)?|mov(?:ed|es|ing)[ ]+on|"
                    + "part(?:s|ed|ing)?[ ]+ways|no[ ]+longer[ ]+(?:with|at|works?[ ]+(?:at|for)|employed)|is[ ]+out[ ]+at|"
                    + "was[ ]+out[ ]+at|exodus", EventType.DEPARTURE, null, Voice.SUBJECT, Kind.PLAIN, 0.85));

    private static final Pattern LEFT_NOT_EVENT_AFTER = Pattern.compile(
            "(?i)^(?:[ ]*-|[ ]+(?:behind|over|out|wing|side|hand|of|unanswered|unclear|open|alone|to[ ]+(?:do|be|see|decide|right|wonder)|"
                    + "with[ ]+(?:a|an|the|few|no|only|little)|untouched|intact|in[ ]+place|in[ ]+limbo|it|them|room)\\b)");
    private static final Pattern LEFT_NOT_EVENT_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:the|on[ ]+the|to[ ]+the|are|were|be|been|being|only|still|nothing|anything|"
                    + "little|few|what|who's|paid|parental|medical|family|sick|annual|maternity|paternity|of)[ ]+)$");
    private static final Pattern LEAVE_NOUN = Pattern.compile(
            "(?i)(?:on|of|parental|medical|family|sick|annual|maternity|paternity|garden|personal)[ ]+$");
    private static final Pattern NAMED_OK = Pattern.compile(
            "(?i)(?:(?:was|were|is|are|been|being|be|has been|had been|have been|just|officially|formally)[ ]+$)");
    private static final Pattern NAMED_AFTER_OK = Pattern.compile(
            "(?i)^[ ]+(?:(?:former|ex-|longtime|veteran)[ ]+)?(?:[\\p{Lu}][\\p{L}'.-]+[ ]+){1,4}(?:as|to|its|their|the|chief|head|new|interim|acting|ceo|cto|president|vp)\\b|"
                    + "^[ ]+(?:as|to[ ]+(?:lead|head|run|be|serve))\\b|^[ ]+(?:its|their|the|a)[ ]+(?:new[ ]+)?(?:chief|head|ceo|cto|president|vp|director|lead)");
    private static final Pattern ADDED_OK = Pattern.compile("(?i)^[ ]+(?:former|ex-|veteran|longtime|\\p{Lu}\\p{Ll}+[ ]+\\p{Lu})");

    private EventClassifier() {
    }

    /** Anchors of all rules by their first two characters: [rule index] lists per two-letter key. */
    private static final int KEYS = 29;
    private static final int[][] RULES_BY_KEY = new int[KEYS * KEYS][];
    private static final String[][][] ANCHORS_BY_KEY = new String[KEYS * KEYS][][];
    private static final boolean[] UNANCHORED = new boolean[RULES.size()];

    static {
        List<List<Integer>> rules = new ArrayList<>();
        List<List<String[]>> anchors = new ArrayList<>();
        for (int k = 0; k < KEYS * KEYS; k++) {
            rules.add(new ArrayList<>());
            anchors.add(new ArrayList<>());
        }
        for (int r = 0; r < RULES.size(); r++) {
            String[] as = RULES.get(r).anchors();
            UNANCHORED[r] = as.length == 0;
            java.util.Map<Integer, List<String>> byKey = new java.util.TreeMap<>();
            for (String a : as) {
                int k = key(a.charAt(0), a.charAt(1));
                if (k < 0) {
                    UNANCHORED[r] = true;
                    break;
                }
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(a);
            }
            if (UNANCHORED[r]) {
                continue;
            }
            for (java.util.Map.Entry<Integer, List<String>> e : byKey.entrySet()) {
                rules.get(e.getKey()).add(r);
                anchors.get(e.getKey()).add(e.getValue().toArray(new String[0]));
            }
        }
        for (int k = 0; k < KEYS * KEYS; k++) {
            RULES_BY_KEY[k] = rules.get(k).stream().mapToInt(Integer::intValue).toArray();
            ANCHORS_BY_KEY[k] = anchors.get(k).toArray(new String[0][]);
        }
    }

    private static int code(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return c == '-' ? 26 : c == '\'' ? 27 : c == ' ' ? 28 : -1;
    }

    private static int key(char a, char b) {
        int x = code(a);
        int y = code(b);
        return x < 0 || y < 0 ? -1 : x * KEYS + y;
    }

    /** Triggers in [from, to) of the normalised text, non-overlapping, earliest first. */
    static List<Trigger> find(String text, int from, int to) {
        List<Trigger> out = new ArrayList<>();
        int len = to - from;
        char[] lc = new char[len];
        for (int i = 0; i < len; i++) {
            lc[i] = Character.toLowerCase(text.charAt(from + i)); // one for one, so indexes stay offsets
        }
        // where each rule can start: at a word start that begins with one of its anchors
        int[][] starts = new int[RULES.size()][];
        int[] counts = new int[RULES.size()];
        for (int i = 0; i + 1 < len; i++) {
            if (i > 0 && Character.isLetter(lc[i - 1]) || !Character.isLetter(lc[i])) {
                continue;
            }
            int k = key(lc[i], lc[i + 1]);
            if (k < 0) {
                continue;
            }
            int[] rs = RULES_BY_KEY[k];
            String[][] as = ANCHORS_BY_KEY[k];
            for (int x = 0; x < rs.length; x++) {
                int r = rs[x];
                if (counts[r] > 0 && starts[r][counts[r] - 1] == i) {
                    continue;
                }
                for (String a : as[x]) {
                    if (startsWith(lc, i, a)) {
                        if (starts[r] == null) {
                            starts[r] = new int[8];
                        } else if (counts[r] == starts[r].length) {
                            starts[r] = java.util.Arrays.copyOf(starts[r], counts[r] * 2);
                        }
                        starts[r][counts[r]++] = i;
                        break;
                    }
                }
            }
        }
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            if (!UNANCHORED[r] && counts[r] == 0) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            m.useTransparentBounds(true);
            if (!UNANCHORED[r]) {
                for (int c = 0; c < counts[r]; c++) {
                    m.region(from + starts[r][c], to);
                    if (m.lookingAt()) {
                        int s = m.start();
                        int e = m.end();
                        if (!overlaps(out, s, e) && acceptable(text, rule, s, e, from, to)) {
                            out.add(new Trigger(s, e, rule));
                        }
                    }
                }
                continue;
            }
            m.region(from, to);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (overlaps(out, s, e) || !acceptable(text, rule, s, e, from, to)) {
                    continue;
                }
                out.add(new Trigger(s, e, rule));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean startsWith(char[] lc, int at, String a) {
        if (at + a.length() > lc.length) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lc[at + i] != a.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(List<Trigger> list, int s, int e) {
        for (Trigger t : list) {
            if (s < t.end() && t.start() < e) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptable(String text, Rule rule, int s, int e, int from, int to) {
        String w = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        String before = text.substring(Math.max(from, s - 30), s);
        String after = text.substring(e, Math.min(to, e + 40));
        if (w.equals("left")) {
            return !LEFT_NOT_EVENT_AFTER.matcher(after).find() && !LEFT_NOT_EVENT_BEFORE.matcher(before).find();
        }
        if (w.equals("leave")) {
            return !LEAVE_NOUN.matcher(before).find() && !Rx.matches(after, "(?is)^[ ]+(?:of absence|it|them|room|a|the door).*");
        }
        if (w.equals("named") || w.equals("names") || w.equals("naming")) {
            if (Rx.matches(before, "(?is).*\\b(?:startup|company|firm|lab|model|product|a|an|man|woman|person|someone)[ ]+$")) {
                return false;
            }
            return NAMED_OK.matcher(before).find() || NAMED_AFTER_OK.matcher(after).find();
        }
        if (w.equals("added")) {
            return ADDED_OK.matcher(after).find();
        }
        if (w.equals("removed") || w.equals("removes")) {
            return Rx.matches(after, "(?is)^[ ]+(?:\\p{Lu}|as|from[ ]+(?:his|her|the|its)?[ ]*(?:post|role|position|board|job)).*")
                    || Rx.matches(before, "(?is).*(?:was|were|been|being)[ ]+$");
        }
        if (w.startsWith("tapp") || w.equals("taps")) {
            return !Rx.matches(after, "(?is)^[ ]+into.*");
        }
        if (w.equals("death")) {
            return Rx.matches(before, "(?is).*(?:the|his|her|sudden|untimely)[ ]+$") && !Rx.matches(after, "(?is)^[ ]+(?:of[ ]+(?:the|a)|toll|threats?).*");
        }
        if (w.startsWith("exit") && Rx.matches(after, "(?is)^[ ]+(?:interview|strategy|strategies|option|options|plan|ramp|polls?|row|door).*")) {
            return false;
        }
        if ((w.startsWith("retir")) && Rx.matches(after, "(?is)^[ ]+(?:the|its|a|an)[ ]+(?:model|product|version|gpt|feature|api).*")) {
            return false;
        }
        if ((w.startsWith("launch") || w.startsWith("unveil") || w.startsWith("creat") || w.startsWith("form"))
                && rule.kind() == Kind.FOUNDING) {
            return true;
        }
        if (w.startsWith("found") && (Rx.matches(before, "(?is).*(?:was|were|is|been|the|company|startup)[ ]+$")
                || Rx.matches(after, "(?is)^[ ]+(?:that|out|guilty|dead|himself|herself|in|to|it|its)\\b.*"))) {
            return false;
        }
        if (w.equals("join") && Rx.matches(before, "(?is).*(?:the|a|to[ ]+the)[ ]+$")) {
            return false;
        }
        return true;
    }
}
