package org.personneltracker.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations the gazetteer does not know: most real articles name startups, law firms, universities, think
 * tanks and government bodies nobody stored ("Vireo AI", "Whitcombe & Lyle", "the Larkin Institute, a Washington
 * think tank", "Tessera, a startup building ..."). A run of capitalised words is an organisation when it ends in an
 * organisation word (AI, Labs, Institute, Bank, Department ...), joins two names with "&", follows a noun that
 * introduces one ("the law firm X", "a startup called X") or is described by one ("X, a startup building ...").
 * Every later mention of the name, and of its distinctive first word ("Vireo"), is the same organisation.
 */
final class OrgFinder {

    /** Last words of organisation names. */
    private static final Set<String> SUFFIXES = Lexicon.set("ai", "labs", "lab", "inc", "inc.", "robotics", "research",
            "systems", "technologies", "dynamics", "compute", "capital", "ventures", "partners", "institute", "university",
            "bank", "group", "foundation", "project", "networks", "studios", "studio", "health", "bio", "therapeutics",
            "intelligence", "software", "analytics", "cloud", "directorate", "department", "agency", "committee",
            "council", "commission", "authority", "corp", "corp.", "corporation", "llc", "ltd", "ltd.", "holdings",
            "collective", "ministry", "centre", "center", "school", "college", "fund", "trust", "semiconductor",
            "semiconductors", "motors", "industries", "laboratories", "sciences", "security", "data", "automation");
    /** Organisation words that name investors: organisations, but rarely the story's company. */
    static final Set<String> INVESTOR_SUFFIXES = Lexicon.set("capital", "ventures", "partners", "fund", "holdings");
    /** Words that never start an organisation name. */
    private static final Set<String> NOT_FIRST = Lexicon.set("the", "a", "an", "and", "or", "of", "for", "in", "on", "at",
            "by", "with", "from", "to", "as", "its", "his", "her", "their", "our", "my", "this", "that", "former", "ex",
            "chief", "head", "vice", "president", "senior", "director", "lead", "member", "principal", "staff",
            "executive", "general", "deputy", "interim", "acting", "co", "new", "last", "next", "read", "related",
            "subscribe", "share", "watch", "more", "most", "also", "sign", "follow", "about", "why", "how", "what",
            "who", "when", "where", "q", "key", "top", "best", "frequently", "table", "media", "news", "breaking");
    /** Capitalised words that start a field's name rather than an organisation's ("Artificial Intelligence"). */
    private static final Set<String> NOT_ORG_FIRST = Lexicon.set("artificial", "generative", "responsible", "applied",
            "frontier", "machine", "deep", "human", "superintelligence", "safety", "alignment", "security", "data",
            "trust", "research", "product", "policy", "global", "public", "model", "agi", "ai", "chief", "senior");
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{N}'.-]*|\\d[\\p{L}\\p{N}]*|&|of|for|and|de|du)");
    private static final Pattern INTRO_BEFORE = Pattern.compile("(?i)(?:\\b(?:startup|start-up|company|firm|lab|nonprofit|"
            + "non-profit|think[ ]+tank|law[ ]+firm|venture|outfit|agency|regulator)(?:[ ]*,|[ ]+(?:called|named|dubbed))?[ ]+(?:the[ ]+)?)$");
    private static final Pattern DESCRIBED_AFTER = Pattern.compile("(?i)^,[ ]+(?:an?|the)[ ]+(?:[\\p{L}-]+[ ]+){0,3}?"
            + "(?:startup|start-up|company|firm|lab|nonprofit|non-profit|think[ ]+tank|law[ ]+firm|maker[ ]+of|developer[ ]+of|"
            + "provider[ ]+of|venture[ ]+(?:firm|fund)|fund|bank|regulator|agency)\\b(?!')"
            + "(?![ ]+(?:said|says|confirmed|told|added|announced|wrote|declined|did|has|had|is|was|would|will)\\b)");
    /** A team or product named like an organisation: "Anthropic's Safeguards Research team". */
    private static final Pattern TEAM_AFTER = Pattern.compile("(?i)^[ ]+(?:team|group|division|unit|org|effort|model|models|"
            + "program|programme|product|app|initiative)\\b");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i)\\b(?:head|chief|director|president|vp|officer|lead|"
            + "leader|manager|member|fellow|professor)[ ]+(?:of|for)[ ]+(?:the[ ]+)?$");

    private OrgFinder() {
    }

    /** "Tallgrass Capital", "Beacon Hill Partners": an investor, seldom the story's company. */
    static boolean isInvestor(String name) {
        int sp = name.lastIndexOf(' ');
        return sp > 0 && INVESTOR_SUFFIXES.contains(name.substring(sp + 1).toLowerCase(Locale.ROOT));
    }

    /** Adds the organisations the article names that the gazetteer does not know to {@code a.companies}. */
    static void find(ArticleState a) {
        Map<String, String> names = new LinkedHashMap<>(); // name -> distinctive first word, or ""
        for (SentenceSplitter.Sentence s : a.sentences) {
            if (a.skipped.contains(s.index())) {
                continue;
            }
            boolean headline = a.headlineLike.contains(s.index());
            Matcher m = TOKEN.matcher(a.norm);
            m.region(s.start(), s.end());
            List<int[]> run = new ArrayList<>();
            int lastEnd = -1;
            while (true) {
                boolean found = m.find();
                if (!found || run.isEmpty() || !onlySpacesBetween(a.norm, lastEnd, m.start())) {
                    if (!run.isEmpty()) {
                        consider(a, run, headline, names);
                    }
                    run = new ArrayList<>();
                }
                if (!found) {
                    break;
                }
                if (m.start() > 0 && Character.isLetterOrDigit(a.norm.charAt(m.start() - 1))) {
                    lastEnd = -1;
                    continue;
                }
                run.add(new int[]{m.start(), m.end()});
                lastEnd = m.end();
                if (a.norm.startsWith("'s", m.end() - 2) || a.norm.startsWith("s'", m.end() - 2)) {
                    consider(a, run, headline, names); // "Commerce Department's AI office": the owner ends the name
                    run = new ArrayList<>();
                    lastEnd = -1;
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> e : names.entrySet()) {
            addMentions(a, e.getKey(), e.getKey());
            if (!e.getValue().isEmpty()) {
                addMentions(a, e.getValue(), e.getKey());
            }
        }
    }

    private static boolean onlySpacesBetween(String t, int from, int to) {
        if (from < 0 || to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (t.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static void consider(ArticleState a, List<int[]> run, boolean headline, Map<String, String> names) {
        // a run may hold several candidates: take the longest stretch that qualifies, trimmed of leading stop words
        int i = 0;
        while (i < run.size() && (isConnector(a, run.get(i)) || NOT_FIRST.contains(word(a, run.get(i)))
                || Lexicon.isMonth(word(a, run.get(i))) || Lexicon.isWeekday(word(a, run.get(i))))) {
            i++;
        }
        int j = run.size();
        while (j > i && isConnector(a, run.get(j - 1))) {
            j--;
        }
        if (j - i < 1 || j - i > 5) {
            return;
        }
        int start = run.get(i)[0];
        int end = run.get(j - 1)[1];
        while (end > start && (a.norm.charAt(end - 1) == '.' || a.norm.charAt(end - 1) == '\'')
                && !a.norm.startsWith("Inc.", end - 4) && !a.norm.startsWith("Corp.", end - 5)) {
            end--;
        }
        if (a.norm.startsWith("'s", end - 2)) {
            end -= 2;
        }
        String name = a.norm.substring(start, end);
        if (name.length() < 3 || Lexicon.isPlace(name) || overlapsKnown(a, start, end)) {
            return;
        }
        String[] toks = Words.split(name);
        String last = toks[toks.length - 1].toLowerCase(Locale.ROOT);
        String before = a.before(start, 30, 0);
        String after = a.between(end, Math.min(a.norm.length(), end + 60));
        if (TEAM_AFTER.matcher(after).lookingAt() || before.endsWith("'s ") || TITLE_BEFORE.matcher(before).find()) {
            return;
        }
        if (NOT_ORG_FIRST.contains(toks[0].toLowerCase(Locale.ROOT))) {
            return;
        }
        boolean suffix = toks.length >= 2 && SUFFIXES.contains(last) || name.contains(" & ") || ofName(toks);
        boolean introduced = INTRO_BEFORE.matcher(before).find() || DESCRIBED_AFTER.matcher(after).lookingAt();
        if (!suffix && !(introduced && toks.length <= 3 && !Lexicon.notName(toks[0]))) {
            return;
        }
        if (headline && !suffix) {
            return;
        }
        if (toks.length == 1 && (toks[0].length() < 3 || Lexicon.notName(toks[0]))) {
            return;
        }
        String head = "";
        if (toks.length == 2 && SUFFIXES.contains(last) && toks[0].length() >= 4 && !Lexicon.notName(toks[0])
                && !INVESTOR_SUFFIXES.contains(last)) {
            head = toks[0];
        }
        names.putIfAbsent(name, head);
    }

    /** "University of Toronto", "Centre for Digital Standards", "Technical University of Munich". */
    private static boolean ofName(String[] toks) {
        for (int k = 0; k + 2 < toks.length; k++) {
            if (SUFFIXES.contains(toks[k].toLowerCase(Locale.ROOT)) && (toks[k + 1].equals("of") || toks[k + 1].equals("for"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnector(ArticleState a, int[] tok) {
        String w = a.norm.substring(tok[0], tok[1]);
        return w.equals("of") || w.equals("for") || w.equals("and") || w.equals("&") || w.equals("de") || w.equals("du");
    }

    private static String word(ArticleState a, int[] tok) {
        return a.norm.substring(tok[0], tok[1]).toLowerCase(Locale.ROOT);
    }

    private static boolean overlapsKnown(ArticleState a, int s, int e) {
        return !ArticleState.overlapping(a.companies, s, e).isEmpty() || !ArticleState.overlapping(a.persons, s, e).isEmpty();
    }

    /** Every whole-word, capitalised occurrence of {@code form} outside stored names, as a mention of {@code name}. */
    private static void addMentions(ArticleState a, String form, String name) {
        int from = 0;
        List<EntityMention> added = new ArrayList<>();
        while (true) {
            int at = a.norm.indexOf(form, from);
            if (at < 0) {
                break;
            }
            from = at + form.length();
            int end = at + form.length();
            if (at > 0 && Character.isLetterOrDigit(a.norm.charAt(at - 1))
                    || end < a.norm.length() && Character.isLetterOrDigit(a.norm.charAt(end))) {
                continue;
            }
            if (overlapsKnown(a, at, end)) {
                continue;
            }
            added.add(new EntityMention(at, end, EntityMention.Kind.COMPANY, name, null));
        }
        a.companies.addAll(added);
        a.companies.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }
}
