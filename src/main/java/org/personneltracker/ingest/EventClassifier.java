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
     * Cheap pre-checks: the literal words a rule's alternatives start with (lower case, up to the first regex
     * construct). A sentence that contains none of them cannot match the rule.
     */
    private static String[] anchors(String regex) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= regex.length(); i++) {
            char c = i < regex.length() ? regex.charAt(i) : '|';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                String alt = regex.substring(start, i);
                StringBuilder lit = new StringBuilder();
                for (char a : alt.toCharArray()) {
                    if (Character.isLetter(a) || a == '-') {
                        lit.append(Character.toLowerCase(a));
                    } else {
                        break;
                    }
                }
                // drop the last letter: it may be optional ("resign(?:s|ed)", "quit(?:s)")
                String l = lit.length() > 3 ? lit.substring(0, lit.length() - 1) : lit.toString();
                if (l.length() < 2) {
                    return new String[0]; // no usable literal: always try the rule
                }
                out.add(l);
                start = i + 1;
            }
        }
        return out.toArray(new String[0]);
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
            r("(?:becomes|became|to become|will become|has become|is becoming)(?=[ ]+(?:the[ ]+|its[ ]+|our[ ]+|an?[ ]+)?"
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

    /** Triggers in [from, to) of the normalised text, non-overlapping, earliest first. */
    static List<Trigger> find(String text, int from, int to) {
        List<Trigger> out = new ArrayList<>();
        char[] lc = text.substring(from, to).toCharArray();
        for (int i = 0; i < lc.length; i++) {
            lc[i] = Character.toLowerCase(lc[i]); // one for one, so indexes stay offsets
        }
        String lower = new String(lc);
        for (Rule rule : RULES) {
            if (rule.anchors().length > 0) {
                boolean any = false;
                for (String a : rule.anchors()) {
                    if (lower.contains(a)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    continue;
                }
            }
            Matcher m = rule.pattern().matcher(text);
            m.useTransparentBounds(true);
            if (rule.anchors().length > 0) {
                // every alternative starts with one of the anchors: try only where an anchor starts a word
                java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
                for (String a : rule.anchors()) {
                    int idx = lower.indexOf(a);
                    while (idx >= 0) {
                        if (idx == 0 || !Character.isLetter(lower.charAt(idx - 1))) {
                            starts.add(idx);
                        }
                        idx = lower.indexOf(a, idx + 1);
                    }
                }
                for (int idx : starts) {
                    m.region(from + idx, to);
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
            return !LEAVE_NOUN.matcher(before).find() && !after.matches("(?is)^[ ]+(?:of absence|it|them|room|a|the door).*");
        }
        if (w.equals("named") || w.equals("names") || w.equals("naming")) {
            if (before.matches("(?is).*\\b(?:startup|company|firm|lab|model|product|a|an|man|woman|person|someone)[ ]+$")) {
                return false;
            }
            return NAMED_OK.matcher(before).find() || NAMED_AFTER_OK.matcher(after).find();
        }
        if (w.equals("added")) {
            return ADDED_OK.matcher(after).find();
        }
        if (w.equals("removed") || w.equals("removes")) {
            return after.matches("(?is)^[ ]+(?:\\p{Lu}|as|from[ ]+(?:his|her|the|its)?[ ]*(?:post|role|position|board|job)).*")
                    || before.matches("(?is).*(?:was|were|been|being)[ ]+$");
        }
        if (w.startsWith("tapp") || w.equals("taps")) {
            return !after.matches("(?is)^[ ]+into.*");
        }
        if (w.equals("death")) {
            return before.matches("(?is).*(?:the|his|her|sudden|untimely)[ ]+$") && !after.matches("(?is)^[ ]+(?:of[ ]+(?:the|a)|toll|threats?).*");
        }
        if (w.startsWith("exit") && after.matches("(?is)^[ ]+(?:interview|strategy|strategies|option|options|plan|ramp|polls?|row|door).*")) {
            return false;
        }
        if ((w.startsWith("retir")) && after.matches("(?is)^[ ]+(?:the|its|a|an)[ ]+(?:model|product|version|gpt|feature|api).*")) {
            return false;
        }
        if ((w.startsWith("launch") || w.startsWith("unveil") || w.startsWith("creat") || w.startsWith("form"))
                && rule.kind() == Kind.FOUNDING) {
            return true;
        }
        if (w.startsWith("found") && (before.matches("(?is).*(?:was|were|is|been|the|company|startup)[ ]+$")
                || after.matches("(?is)^[ ]+(?:that|out|guilty|dead|himself|herself|in|to|it|its)\\b.*"))) {
            return false;
        }
        if (w.equals("join") && before.matches("(?is).*(?:the|a|to[ ]+the)[ ]+$")) {
            return false;
        }
        return true;
    }
}
