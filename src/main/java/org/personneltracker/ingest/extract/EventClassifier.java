package org.personneltracker.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

    enum Kind {
        PLAIN, FOUNDING, MOVE, ROLE_NOUN_BOARD,
        /** "X will succeed her": X takes the predecessor's role (or the one after "as"). */
        SUCCESSION,
        /** "she will be succeeded by X": the successor is the object, the predecessor the subject. */
        SUCCEEDED_BY,
        /** "X will run the team on an interim basis": a temporary role change. */
        INTERIM_LEAD,
        /** "X will remain as a senior adviser": a role change unless the person also leaves. */
        STAYS
    }

    /** One kind of trigger word. */
    record Rule(String name, Pattern pattern, EventType type, Circumstance circumstance, Voice voice, Kind kind,
                double strength, String[] anchors) {
    }

    /** A trigger found in the text at [start, end). */
    record Trigger(int start, int end, Rule rule) {
        EventType type() {
            return rule.type();
        }
    }

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * One row of the vocabulary. anchors: the lower-case literal prefixes every match of the regex starts with
     * (declared with the row, so the scan can skip a rule at a word that starts with none of them); the
     * {@link EventClassifierTest} checks each row's examples against its regex and its anchors.
     */
    private static Rule rule(String name, String anchors, String regex, EventType t, Circumstance c, Voice v, Kind k,
                             double strength) {
        return new Rule(name, Pattern.compile("(?<![\\p{L}-])(?:" + regex + ")(?![\\p{L}])", F), t, c, v, k, strength,
                anchors.split(","));
    }

    static final List<Rule> RULES = List.of(
            // role changes that look like departures must come first
            rule("left the board", "left,leaves,leaving,leave,quit,quits,resigned,stepped,steps,step,departed,departs,exited,exits",
                    "(?:left|leaves|leaving|leave|quit|quits|resigned from|stepped down from|steps down from|step down from|"
                    + "departed|departs|exited|exits)[ ]+(?:(?:the[ ]+)?[\\p{L}]+'s[ ]+|the[ ]+|its[ ]+)?board(?:[ ]+of[ ]+directors)?",
                    EventType.ROLE_CHANGE, null, Voice.SUBJECT, Kind.ROLE_NOUN_BOARD, 0.7),
            rule("sabbatical", "take,taking,took,going,goes,went,is,sabbatical",
                    "(?:takes?|taking|took|going on|goes on|went on|is on)[ ]+(?:a[ ]+)?(?:extended[ ]+)?sabbatical|sabbatical",
                    EventType.ROLE_CHANGE, null, Voice.SUBJECT, Kind.PLAIN, 0.7),
            rule("promotion", "promoted,promotes,promoting,elevated,elevates,elevating",
                    "promot(?:ed|es|ing)|elevat(?:ed|es|ing)(?=[ ]+(?:to\\b|its\\b|their\\b|the\\b|\\p{Lu}))", EventType.ROLE_CHANGE, null, Voice.OBJECT, Kind.PLAIN, 0.85),
            rule("takes over as", "take,took,taking,taken,will,to,would",
                    "(?:takes?|took|taking|taken|will take)[ ]+over[ ]+as|(?:to|will|would)[ ]+take[ ]+over[ ]+as"
                    + "|(?:will|would)[ ]+take[ ]+over(?=[ ]+(?:the[ ]+|its[ ]+)?[\\p{Ll} -]{0,40}?(?:team|group|research|models|safety|"
                    + "policy|engineering|product|operations|lab|unit|division)\\b)", EventType.ROLE_CHANGE, null,
                    Voice.SUBJECT, Kind.PLAIN, 0.8),
            rule("succeeded by", "be,been,is,was,are,were,will,replaced",
                    "(?:(?:will[ ]+)?be|been|is|was|are|were)[ ]+(?:succeeded|replaced)(?:[ ]+(?:on[ ]+an[ ]+interim[ ]+basis|"
                    + "temporarily|for[ ]+now|in[ ]+the[ ]+interim))?[ ]+by|replaced[ ]+by", EventType.ROLE_CHANGE, null,
                    Voice.OBJECT, Kind.SUCCEEDED_BY, 0.75),
            rule("succeeds", "succeed,succeeds,succeeded,succeeding,will,to",
                    "(?:will[ ]+|to[ ]+)?succeed(?:s|ed|ing)?(?![ ]+in\\b)(?=[ ]+(?:him|her|them|(?-i:\\p{Lu})|the[ ]+(?:company's|lab's|startup's)|[\\p{L}]+'s))",
                    EventType.ROLE_CHANGE, null, Voice.SUBJECT, Kind.SUCCESSION, 0.75),
            rule("serves as interim", "will,to,would,serve,serves,serving",
                    "(?:will[ ]+|to[ ]+|would[ ]+)?serv(?:e|es|ing)[ ]+as(?=[ ]+(?:the[ ]+|its[ ]+|an?[ ]+|our[ ]+)?(?:new[ ]+)?"
                    + "(?:interim|acting|temporary)\\b)", EventType.ROLE_CHANGE, null, Voice.SUBJECT, Kind.PLAIN, 0.8),
            rule("runs a team for now", "will,to,would,run,runs,lead,leads,head,heads,oversee,oversees,direct,take,takes,manage,manages,briefly,temporarily",
                    "(?:will[ ]+|to[ ]+|would[ ]+)?(?:briefly[ ]+|temporarily[ ]+)?(?:run|runs|lead|leads|head|heads|oversee|oversees|direct|directs|"
                    + "manage|manages|take[ ]+charge[ ]+of|takes[ ]+charge[ ]+of)(?=[ ]+(?:the|its|our|a)?[ ]*[\\p{L} -]{0,50}?"
                    + "(?:team|teams|group|groups|organi[sz]ation|division|unit|function|efforts?|product|research|engineering|"
                    + "policy|safety|security|operations)\\b[^.;]{0,60}?\\b(?:on[ ]+an[ ]+interim[ ]+basis|in[ ]+the[ ]+interim|interim|"
                    + "temporarily|for[ ]+now|until[ ]+(?:a|an|the|it|its)\\b[^.;]{0,40}?\\b(?:replacement|successor|new|found|hired|named)))"
                    + "(?![ ]+(?:[\\p{L}-]+[ ]+){0,3}?(?:himself|herself|themselves)\\b)",
                    EventType.ROLE_CHANGE, null, Voice.SUBJECT, Kind.INTERIM_LEAD, 0.75),
            rule("steps in as acting", "to,will,would,step,steps,stepped,stepping,take,takes,took,taking",
                    "(?:(?:to|will|would)[ ]+)?(?:step(?:s|ped|ping)?[ ]+in|tak(?:e|es|ing)[ ]+on[^.;]{0,40}?|took[ ]+on[^.;]{0,40}?)[ ]+as"
                    + "(?=[ ]+(?:the[ ]+|its[ ]+|an?[ ]+)?(?:acting|interim|temporary)\\b)", EventType.ROLE_CHANGE, null,
                    Voice.SUBJECT, Kind.PLAIN, 0.8),
            rule("remains as adviser", "will,remain,remains,remaining,stay,stays,staying",
                    "(?:will[ ]+)?(?:remain(?:s|ing)?|stay(?:s|ing)?(?:[ ]+on)?)(?:[ ]+(?:with[ ]+(?:us|the[ ]+company|the[ ]+lab|the[ ]+startup)|"
                    + "at[ ]+the[ ]+(?:company|lab|startup)|on))?[ ]+as(?=[ ]+(?:an?[ ]+|the[ ]+|its[ ]+)?(?:senior[ ]+|special[ ]+|strategic[ ]+|"
                    + "non-executive[ ]+)?(?:advis[eo]r|chair\\w*|board[ ]+member|consultant|emeritus))",
                    EventType.ROLE_CHANGE, null, Voice.SUBJECT, Kind.STAYS, 0.7),
            rule("becomes a top role", "becomes,became,to,will,would,has,is",
                    "(?:becomes|became|to become|will become|would become|has become|is becoming|will be)(?=[ ]+(?:the[ ]+|its[ ]+|our[ ]+|an?[ ]+|"
                    + "(?-i:\\p{Lu})[\\p{L}-]*(?:[ ]+(?-i:\\p{Lu})[\\p{L}-]*){0,2}'s[ ]+)?"
                    + "(?:new[ ]+|interim[ ]+|acting[ ]+|executive[ ]+|senior[ ]+|general[ ]+|managing[ ]+|deputy[ ]+|co-)?"
                    + "(?:ceo|cto|cfo|coo|president|chief|head|vp|vice|director|lead|chair|partner|advis[eo]r|counsel))",
                    EventType.ROLE_CHANGE, null, Voice.SUBJECT, Kind.PLAIN, 0.75),
            rule("moves into a role", "transition,moves,moved,moving",
                    "(?:transition(?:s|ed|ing)?|mov(?:es|ed|ing))[ ]+(?:in)?to[ ]+(?:a[ ]+|the[ ]+)?(?:new[ ]+)?(?:role|position|advisory role)",
                    EventType.ROLE_CHANGE, null, Voice.SUBJECT, Kind.PLAIN, 0.75),
            // returns
            rule("return", "rejoin,re-join,return,returned,returning,is,was,are,come,came,coming,went,goes,head,headed,will,get,got,back,were,comes",
                    "rejoin(?:s|ed|ing)?|re-join(?:s|ed|ing)?|returns?[ ]+to|returned[ ]+to|returning[ ]+to|"
                    + "(?:is|was|are|comes?|came|coming|went|goes|heads?|headed|is going|will go|gets?|got)[ ]+back[ ]+(?:to|at)|"
                    + "back[ ]+at|return(?:s|ed|ing)?[ ]+as|(?:is|are|was|were)[ ]+(?:also[ ]+)?coming[ ]+back|comes[ ]+back|came[ ]+back|"
                    + "will[ ]+return", EventType.RETURN, null, Voice.SUBJECT, Kind.PLAIN, 0.85),
            rule("rehired", "rehire,rehires,rehired,rehiring,reinstate,reinstates,reinstated,reinstating,brought,brings,bringing",
                    "rehir(?:e|es|ed|ing)|reinstat(?:e|es|ed|ing)|brought[ ]+back|brings[ ]+back|bringing[ ]+back",
                    EventType.RETURN, null, Voice.OBJECT, Kind.PLAIN, 0.8),
            // dismissals
            rule("dismissal", "fired,fires,firing,ousted,ousts,ousting,oust,dismissed,dismisses,dismissal,sacked,sacks,terminated,removed,removes,pushed,forced,forces,push,let,lets,ouster,expelled,booted,kicked,axed,shown,showed",
                    "fired|fires|firing|ousted|ousts|ousting|oust|dismissed|dismisses|dismissal|sacked|sacks|terminated|"
                    + "removed|removes|pushed[ ]+out|forced[ ]+out|forces[ ]+out|push(?:es)?[ ]+out|let[ ]+go|lets[ ]+go|"
                    + "ouster|expelled|booted|kicked[ ]+out|axed|show(?:n|ed)[ ]+the[ ]+door",
                    EventType.DEPARTURE, Circumstance.DISMISSED, Voice.OBJECT, Kind.PLAIN, 0.85),
            rule("lost to a rival", "lost,loses,losing",
                    "(?:lost|loses|losing)(?=[ ]+(?:(?:its|their|the|his|her)[ ]+)?[^.;]{0,80}?[ ]+to[ ]+(?-i:\\p{Lu}))",
                    EventType.DEPARTURE, null, Voice.OBJECT, Kind.PLAIN, 0.75),
            rule("layoff", "laid,lay,layoff",
                    "laid[ ]+off|lay(?:s|ing)?[ ]+off|layoffs?", EventType.DEPARTURE, Circumstance.LAID_OFF, Voice.OBJECT, Kind.PLAIN, 0.7),
            rule("retirement", "retire,retires,retired,retiring,retirement",
                    "retir(?:e|es|ed|ing|ement)", EventType.DEPARTURE, Circumstance.RETIRED, Voice.SUBJECT, Kind.PLAIN, 0.8),
            rule("death", "died,passed,death",
                    "died|passed[ ]+away|death", EventType.DEPARTURE, Circumstance.DECEASED, Voice.SUBJECT, Kind.PLAIN, 0.5),
            // resignations
            rule("resignation", "resign,resignation,quit,quits,quitting,step,stepped,steps,stepping,give,gave,gives,giving,hand,walk,walking,bow",
                    "resign(?:s|ed|ing)?|resignation|quit|quits|quitting|step(?:s|ped|ping)?[ ]+(?:down|away|aside)|"
                    + "stepped[ ]+back|steps[ ]+back|stepping[ ]+back|step[ ]+back|"
                    + "g(?:ive|ave|ives|iving)[ ]+up(?=[ ]*(?:[.,;]|$|(?:his|her|their|my|the|its)?[ ]*(?:post|position|role|job|seat|title)\\b|at\\b|from\\b))|"
                    + "hand(?:s|ed)?[ ]+in[ ]+(?:his|her|their|my)[ ]+(?:notice|resignation)|walk(?:s|ed)?[ ]+away|walking[ ]+away|"
                    + "bow(?:s|ed)?[ ]+out", EventType.DEPARTURE, Circumstance.RESIGNED, Voice.SUBJECT, Kind.PLAIN, 0.95),
            // founding
            rule("founding", "co,founds,founded,founding,launch,start,set,form,unveil,creates,created,creating",
                    "co-?found(?:s|ed|ing)|found(?:s|ed|ing)(?![ ]+(?:in|by|on)\\b)|(?:launch(?:es|ed|ing)?|start(?:s|ed|ing)?|set(?:s|ting)?[ ]+up|"
                    + "form(?:s|ed|ing)?|unveil(?:s|ed|ing)?|creat(?:es|ed|ing))[ ]+(?:a|an|his|her|their|the)[ ]+(?:own[ ]+)?(?:new[ ]+)?"
                    + "(?:ai[ ]+)?(?:startup|start-up|company|venture|lab|firm|fund|research lab|nonprofit|non-profit)|"
                    + "start(?:s|ed|ing)?(?=[ ]+(?-i:(?:\\p{Lu}[\\p{L}-]*[ ]+){1,3}(?:Ventures|Labs?|AI|Capital|Partners|"
                    + "Technologies|Research|Foundation|Institute|Fund|Systems|Robotics)\\b))",
                    EventType.HIRE, null, Voice.SUBJECT, Kind.FOUNDING, 0.8),
            // moves: departure from one company and hire at another
            rule("move to a rival", "moves,moved,moving,heads,headed,heading,jumps,jumped,jumping,defects,defected,defecting,decamps,decamped,decamping,switches,switched,switching,bolts,bolted,bolting,flee,fled,is,are,was,were",
                    "(?:mov(?:es|ed|ing)|head(?:s|ed|ing)|jump(?:s|ed|ing)|defect(?:s|ed|ing)|decamp(?:s|ed|ing)|switch(?:es|ed|ing)|"
                    + "bolt(?:s|ed|ing)|flee(?:s|ing)?|fled)[ ]+(?:over[ ]+)?to|(?:is|are|was|were)[ ]+off[ ]+to(?=[ ]+(?-i:\\p{Lu}))",
                    EventType.HIRE, null, Voice.SUBJECT, Kind.MOVE, 0.8),
            // a new job told by the one who takes it: "I'm starting a new position as T at X", "starts at X as T"
            rule("starts a job", "start,starts,started,starting,begin,begins,began,beginning",
                    "(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began)[ ]+(?:(?:a|my|his|her|their)[ ]+new[ ]+(?:position|role|job)(?=[ ]+(?:as|at|with)\\b)|"
                    + "(?:at|with)(?=[ ]+(?-i:\\p{Lu})))", EventType.HIRE, null, Voice.SUBJECT, Kind.PLAIN, 0.8),
            // hires
            rule("join", "join,to,sign,came,comes,is,will",
                    "join(?:s|ed|ing)?|to[ ]+join|sign(?:s|ed)?[ ]+on[ ]+(?:with|at)|came[ ]+aboard|comes[ ]+aboard|"
                    + "is[ ]+joining|will[ ]+join", EventType.HIRE, null, Voice.SUBJECT, Kind.PLAIN, 0.9),
            rule("hire by a company", "hired,hires,hire,hiring,recruit,poach,lures,lured,luring,tapped,tapping,taps,appoint,appointment,named,names,naming,welcomes,welcomed,welcoming,snags,snagged,brought,brings,bring,bringing,added,snaps,snapped,enlist,enlists,enlisted,enlisting",
                    "hir(?:ed|es|e|ing)|recruit(?:s|ed|ing)?|poach(?:es|ed|ing)?|lur(?:es|ed|ing)|tapp(?:ed|ing)|taps|"
                    + "appoint(?:s|ed|ing)?|appointment|named|names|naming|welcom(?:es|ed|ing)|snag(?:s|ged)|"
                    + "(?:brought|brings|bring|bringing)[ ]+(?:on(?:board)?|in|aboard)(?![ ]+(?:revenue|money|sales|\\$|cash|funding))|"
                    + "added|snap(?:s|ped)[ ]+up|enlist(?:s|ed|ing)?", EventType.HIRE, null, Voice.OBJECT, Kind.PLAIN, 0.85),
            // other departures
            rule("last day", "last,final",
                    "(?:last|final)[ ]+day", EventType.DEPARTURE, null, Voice.NOUN, Kind.PLAIN, 0.9),
            rule("departure", "left,leaves,leaving,leave,depart,exit,moved,moves,moving,part,no,is,was,exodus",
                    "left|leaves|leaving|leave|depart(?:s|ed|ing|ure|ures)?|exit(?:s|ed|ing)?|mov(?:ed|es|ing)[ ]+on|"
                    + "part(?:s|ed|ing)?[ ]+ways|no[ ]+longer[ ]+(?:with|at|works?[ ]+(?:at|for)|employed)|is[ ]+out[ ]+at|"
                    + "was[ ]+out[ ]+at|(?:is|was)[ ]+out[ ]+as|exodus", EventType.DEPARTURE, null, Voice.SUBJECT, Kind.PLAIN, 0.85));

    private static final Pattern LEFT_NOT_EVENT_AFTER = Pattern.compile(
            "(?i)^(?:[ ]*-|[ ]+(?:behind|over|out|wing|side|hand|of|unanswered|unclear|open|alone|to[ ]+(?:do|be|see|decide|right|wonder)|"
                    + "with[ ]+(?:a|an|the|few|no|only|little)|untouched|intact|in[ ]+place|in[ ]+limbo|it|them|room)\\b)");
    private static final Pattern LEFT_NOT_EVENT_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:the|on[ ]+the|to[ ]+the|are|were|be|been|being|only|still|nothing|anything|"
                    + "little|few|what|who's|paid|parental|medical|family|sick|annual|maternity|paternity|of)[ ]+)$");
    private static final Pattern LEAVE_NOUN = Pattern.compile(
            "(?i)(?:on|of|parental|medical|family|sick|annual|maternity|paternity|garden|personal|takes?|took|taking|"
                    + "extended|indefinite|a)[ ]+$");
    /** "return to hands-on work", "back to his roots": a return to something that is not a company. */
    private static final Pattern RETURN_TO_NOT_COMPANY = Pattern.compile(
            "(?i)(?:[ ]+to)?[ ]+(?!(?:the|its|our)[ ]+(?:company|startup|start-up|lab|firm|team)\\b)(?:(?:his|her|their|my|the|a|an)\\b|(?-i:\\p{Ll}))");
    private static final Pattern NAMED_OK = Pattern.compile(
            "(?i)(?:(?:was|were|is|are|been|being|be|has been|had been|have been|just|officially|formally)[ ]+$)");
    private static final Pattern NAMED_AFTER_OK = Pattern.compile(
            "(?i)^[ ]+(?:(?:former|ex-|longtime|veteran|its|their|the|company's)[ ]+)?(?:[\\p{Ll}-]+[ ]+){0,4}(?-i:\\p{Lu})[\\p{L}'.-]+[ ]+"
                    + "(?:(?-i:\\p{Lu})[\\p{L}'.-]+[ ]+){0,5}(?:as|to|its|their|the|chief|head|new|interim|acting|ceo|cto|president|vp|co-ceo)\\b|"
                    + "^[ ]+(?:as|to[ ]+(?:lead|head|run|be|serve))\\b|^[ ]+(?:its|their|the|a)[ ]+(?:new[ ]+)?(?:chief|head|ceo|cto|president|vp|director|lead)|"
                    // "named X, its head of infrastructure, as interim chief scientist": an appositive before the role
                    + "^[ ]+(?:(?:Dr|Mr|Ms|Mrs)\\.[ ]+)?(?-i:\\p{Lu})[\\p{L}'.-]+(?:[ ]+(?-i:\\p{Lu})[\\p{L}'.-]+){0,3},[^;.]{2,90}?,[ ]+(?:as|its|their|the|to)\\b");
    private static final Pattern ADDED_OK = Pattern.compile("(?i)^[ ]+(?:former|ex-|veteran|longtime|\\p{Lu}\\p{Ll}+[ ]+\\p{Lu})"
            + "|^[ ]+(?:[\\p{Ll}-]+[ ]+){1,3}(?-i:\\p{Lu})[\\p{L}'-]+(?:[ ]+(?-i:\\p{Lu})[\\p{L}'-]+){1,2}[ ]+as\\b");
    private static final int S = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern HIRING_NOUN_BEFORE = Pattern.compile("\\b(?:for|of|on|in|its|their|our|the|a|more|new|slow|"
            + "slowed|aggressive)[ ]+$", S);
    private static final Pattern HIRING_NOUN_AFTER = Pattern.compile("(?:[ ]*[.;,]|[ ]+(?:spree|sprees|plans?|freeze|push|binge|process|"
            + "efforts?|managers?|practices|and|aggressively|more|in[ ]+(?-i:\\p{Lu})|across)\\b)", S);
    /** "leave of absence", "leave it", "leave the door open": not a departure. */
    private static final Pattern LEAVE_NOT_EVENT_AFTER = Pattern.compile("[ ]+(?:of absence|it|them|room|a|the door)\\b", S);
    /** "a startup named X", "a model named Y": a name given, not an appointment. */
    private static final Pattern NAMED_THING_BEFORE = Pattern.compile(
            "\\b(?:startup|company|firm|lab|model|product|a|an|man|woman|person|someone)[ ]+$", S);
    private static final Pattern REMOVED_PERSON_AFTER = Pattern.compile(
            "[ ]+(?:\\p{Lu}|as|from[ ]+(?:his|her|the|its)?[ ]*(?:post|role|position|board|job))", S);
    private static final Pattern PASSIVE_AUXILIARY_BEFORE = Pattern.compile("(?:was|were|been|being)[ ]+$", S);
    private static final Pattern TAPPED_INTO = Pattern.compile("[ ]+into", S);
    private static final Pattern DEATH_OF_PERSON_BEFORE = Pattern.compile("(?:the|his|her|sudden|untimely)[ ]+$", S);
    private static final Pattern DEATH_NOT_PERSON_AFTER = Pattern.compile("[ ]+(?:of[ ]+(?:the|a)|toll|threats?)", S);
    private static final Pattern EXIT_NOUN_COMPOUND = Pattern.compile(
            "[ ]+(?:interview|strategy|strategies|option|options|plan|ramp|polls?|row|door)", S);
    /** "retired the model": a product, not a person. */
    private static final Pattern RETIRED_PRODUCT_AFTER = Pattern.compile(
            "[ ]+(?:the|its|a|an)[ ]+(?:model|product|version|gpt|feature|api)", S);
    private static final Pattern FOUND_NOT_FOUNDING_BEFORE = Pattern.compile("(?:was|were|is|been|the|company|startup)[ ]+$", S);
    private static final Pattern FOUND_NOT_FOUNDING_AFTER = Pattern.compile(
            "[ ]+(?:that|out|guilty|dead|himself|herself|in|to|it|its)\\b", S);
    private static final Pattern JOIN_NOUN_BEFORE = Pattern.compile("(?:the|a|to[ ]+the)[ ]+$", S);

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
            Map<Integer, List<String>> byKey = new TreeMap<>();
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
            for (Map.Entry<Integer, List<String>> e : byKey.entrySet()) {
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
                            starts[r] = Arrays.copyOf(starts[r], counts[r] * 2);
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
        String w = text.substring(s, e).toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(from, s - 30), s);
        String after = text.substring(e, Math.min(to, e + 80));
        if (w.equals("left")) {
            return !LEFT_NOT_EVENT_AFTER.matcher(after).find() && !LEFT_NOT_EVENT_BEFORE.matcher(before).find();
        }
        if (rule.type() == EventType.RETURN && (w.endsWith("to") || w.endsWith("back")) && RETURN_TO_NOT_COMPANY.matcher(after).lookingAt()) {
            return false;
        }
        if (w.equals("leave")) {
            return !LEAVE_NOUN.matcher(before).find() && !LEAVE_NOT_EVENT_AFTER.matcher(after).lookingAt();
        }
        if (w.equals("named") || w.equals("names") || w.equals("naming")) {
            if (NAMED_THING_BEFORE.matcher(before).find()) {
                return false;
            }
            return NAMED_OK.matcher(before).find() || NAMED_AFTER_OK.matcher(after).find();
        }
        if (w.equals("added")) {
            return ADDED_OK.matcher(after).find();
        }
        if (w.equals("hiring") && (HIRING_NOUN_BEFORE.matcher(before).find() || HIRING_NOUN_AFTER.matcher(after).lookingAt())) {
            return false; // "would pay for hiring", "a hiring spree": hiring as a noun, nobody hired
        }
        if (w.equals("removed") || w.equals("removes")) {
            return REMOVED_PERSON_AFTER.matcher(after).lookingAt() || PASSIVE_AUXILIARY_BEFORE.matcher(before).find();
        }
        if (w.startsWith("tapp") || w.equals("taps")) {
            return !TAPPED_INTO.matcher(after).lookingAt();
        }
        if (w.equals("death")) {
            return DEATH_OF_PERSON_BEFORE.matcher(before).find() && !DEATH_NOT_PERSON_AFTER.matcher(after).lookingAt();
        }
        if (w.startsWith("exit") && EXIT_NOUN_COMPOUND.matcher(after).lookingAt()) {
            return false;
        }
        if (w.startsWith("retir") && RETIRED_PRODUCT_AFTER.matcher(after).lookingAt()) {
            return false;
        }
        if ((w.startsWith("launch") || w.startsWith("unveil") || w.startsWith("creat") || w.startsWith("form"))
                && rule.kind() == Kind.FOUNDING) {
            return true;
        }
        if (w.startsWith("found") && (FOUND_NOT_FOUNDING_BEFORE.matcher(before).find()
                || FOUND_NOT_FOUNDING_AFTER.matcher(after).lookingAt())) {
            return false;
        }
        if (w.equals("join") && JOIN_NOUN_BEFORE.matcher(before).find()) {
            return false;
        }
        return true;
    }
}
