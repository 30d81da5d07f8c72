package org.personneltracker.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1, preparation: splits the article into sentences, marks page furniture (navigation, related links,
 * bylines), finds the people and companies it names (stored names and aliases, new names, later references by
 * surname), picks the company the story is about, and notes how each person is introduced.
 */
final class Preparation {

    private static final Pattern BOILERPLATE_LINE = Pattern.compile("(?i)^[\\s*•>-]*(subscribe|sign up|share this|share on|"
            + "share:|read more|read also|also read|read next|related|recommended|trending|more from|advertisement|"
            + "cookie|we use cookies|this site uses|accept all|follow us|click here|comments|leave a comment|"
            + "join the conversation|copyright|©|all rights reserved|tags:|filed under|image:|photo:|credit:|"
            + "image credit|sponsored|newsletter|get the latest|don't miss|you may also like|most read|most popular|"
            + "posted in|categories:|about the author|enjoyed this|like this story|watch\\b.*\\bfree\\b|listen to this|"
            + "updated \\d|disclaimer:|home >|print this|email this|forwarded this|know of a move|reply to this|"
            + "more local news|read next|share this:|\\d+ min(?:ute)? (?:read|learn)\\b)");
    /** Photo captions and credits: "(Wire Photo/Lee Tran, File)", "Photo: ...", "FILE - ...", "Photo caption: ...". */
    private static final Pattern CAPTION = Pattern.compile("(?i)^(?:file[ ]*(?:photo)?[ ]*-|photo caption:|caption:)|"
            + "\\((?:[^()]*\\bphoto\\b[^()]*|[^()]*getty images[^()]*)\\)\\s*$|^\\(?[\\p{L} ]*photo\\s*[/:]|\\bphoto:\\s*[^.]*$|"
            + "^(?:credit|image|photograph):");
    private static final Pattern RELATED_HEADER = Pattern.compile("(?i)^[\\s*•>-]*(related( articles| stories| posts| news| coverage| reading)?|"
            + "more stories|more from [\\p{L} ]+|recommended( for you| reading)?|trending( now)?|you may also like|read next|"
            + "most read|most popular|also read|further reading|latest news|top stories)\\s*:?\\s*$");
    private static final Pattern NICKNAME = Pattern.compile("[ ]+\\(\\p{Lu}\\p{Ll}+\\)");
    private static final Pattern BEFORE_PERSON_COMPANY = Pattern.compile("^(?:'s|')?[ ]+(?:(?:[\\p{L}&-]+)[ ]+){0,5}$");
    /** "OpenAI hired X", "from OpenAI, X": the company before the name is not the person's own. */
    private static final Pattern NOT_POSSESSOR_GAP = Pattern.compile(
            "(?i)\\b(?:from|to|said|with|by|joined|hired|hires|joins|named|taps|poaches)\\b");
    /** "X, who led ... at Y," / "X, a researcher at Y," / "X, the head of ...". */
    private static final Pattern APPOSITIVE_INTRODUCTION = Pattern.compile("(?is)^,[ ]*(?:who[ ]+(?:led|leads|headed|heads|ran|runs|was|is|"
            + "had been|worked|works|oversaw|managed|co-led)|an?[ ]|the[ ]|its[ ]|[\\p{L}-]+[ ]+(?:at|of)[ ])");
    private static final Pattern FORMER_BEFORE = Pattern.compile("(?i)\\b(?:former[ ]+|formerly[ ]+(?:(?:of|at|with)[ ]+)?)$|\\bex-$");
    /** "Orrery Research's head of infrastructure, Bram Koenig": a possessive title, then the name after a comma. */
    private static final Pattern POSSESSIVE_TITLE_COMMA = Pattern.compile("^(?:'s|')[ ]+(?:[\\p{L}&-]+[ ]+){0,6}?[\\p{L}&-]+,[ ]+$");
    /** "its former policy director, X", "the company's former CTO X". */
    private static final Pattern ITS_FORMER_BEFORE = Pattern.compile(
            "(?i)\\b(?:its|the[ ]+(?:company|lab|startup|firm)'s)[ ]+former[ ]+(?:[\\p{L}-]+[ ]+){0,5}?[\\p{L}-]+,?[ ]+$");
    private static final Pattern FORMER_AFTER = Pattern.compile("(?i)^'s?[ ]+former\\b");
    private static final Pattern MOVE_WORD_BEFORE = Pattern.compile("(?i)\\b(?:from|to|joined|join|for)[ ]+$");

    private Preparation() {
    }

    static void prepare(ArticleState a, EntityMatcher peopleMatcher, EntityMatcher companyMatcher, NameFinder names) {
        String folded = EntityMatcher.fold(a.norm);
        a.sentences = SentenceSplitter.split(a.norm);
        markBoilerplate(a);
        List<EntityMention> knownPeople = peopleMatcher.find(folded);
        List<EntityMention> knownCompanies = companyMatcher.find(folded);
        // a longer name wins an overlap
        for (EntityMention c : knownCompanies) {
            boolean covered = false;
            for (EntityMention p : ArticleState.overlapping(knownPeople, c.start(), c.end())) {
                if (p.end() - p.start() >= c.end() - c.start()) {
                    covered = true;
                }
            }
            if (!covered) {
                a.companies.add(c);
            }
        }
        for (EntityMention p : knownPeople) {
            if (ArticleState.overlapping(a.companies, p.start(), p.end()).isEmpty()) {
                a.persons.add(p);
            }
        }
        Bylines.find(a, peopleMatcher);
        OrgFinder.find(a);
        findNewPeople(a, names, peopleMatcher);
        NameTypos.unifyFullNames(a);
        findSurnames(a);
        a.persons.sort(Comparator.comparingInt(EntityMention::start));
        a.companies.sort(Comparator.comparingInt(EntityMention::start));
        a.quotes = QuoteFinder.find(a.norm);
        chooseMainCompany(a, companyMatcher);
        computeFocus(a);
        for (EntityMention p : a.persons) {
            a.spans.add(new Span(p.start(), p.end(), "PERSON"));
        }
        for (EntityMention c : a.companies) {
            a.spans.add(new Span(c.start(), c.end(), "COMPANY"));
        }
    }

    // ------------------------------------------------------------------------------------------ furniture

    private static void markBoilerplate(ArticleState a) {
        boolean inRelated = false;
        for (SentenceSplitter.Sentence s : a.sentences) {
            String st = s.text(a.norm).trim();
            boolean headline = isHeadlineLike(st);
            if (headline) {
                a.headlineLike.add(s.index());
            }
            if (RELATED_HEADER.matcher(st).find()) {
                inRelated = true;
                a.skipped.add(s.index());
                continue;
            }
            if (inRelated) {
                if (headline || Words.count(st) < 14 || st.startsWith("-") || st.startsWith("•")) {
                    a.skipped.add(s.index());
                    continue;
                }
                inRelated = false;
            }
            if (BOILERPLATE_LINE.matcher(st).find() && Words.count(st) < 40) {
                a.skipped.add(s.index());
            }
            if (mayBeCaption(st) && CAPTION.matcher(st).find()) {
                a.skipped.add(s.index());
                // the caption's text before a credit that the splitter cut off: "X, president of Y, speaks. (Photo/Z)"
                if (s.index() > 0 && st.startsWith("(") && a.sentences.get(s.index() - 1).paragraph() == s.paragraph()) {
                    a.skipped.add(s.index() - 1);
                }
            }
        }
    }

    private static boolean mayBeCaption(String st) {
        String l = st.toLowerCase(Locale.ROOT);
        return l.contains("photo") || l.contains("file") || l.contains("caption") || l.contains("credit")
                || l.contains("image") || l.contains("getty");
    }

    static boolean isHeadlineLike(String st) {
        if (st.endsWith(".") || st.endsWith("\"") || st.endsWith("!") || st.endsWith("?")) {
            return false;
        }
        String[] words = Words.split(st);
        if (words.length < 3) {
            return true;
        }
        int caps = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                caps++;
            }
        }
        return caps * 10 >= words.length * 6 || words.length <= 16;
    }


    // ------------------------------------------------------------------------------------------ names

    /**
     * Names the gazetteer does not know: runs of capitalised words in any sentence of the article, kept when the
     * name (or its surname) appears at least once in a sentence about jobs and at least once outside the headline.
     */
    private static void findNewPeople(ArticleState a, NameFinder names, EntityMatcher peopleMatcher) {
        Intervals taken = new Intervals();
        a.persons.forEach(p -> taken.add(p.start(), p.end()));
        a.companies.forEach(c -> taken.add(c.start(), c.end()));
        Map<String, List<NameFinder.Found>> byName = new LinkedHashMap<>();
        Set<String> inJobContext = new HashSet<>();
        Set<String> inBody = new HashSet<>();
        Set<String> jobContextWords = new HashSet<>();
        for (SentenceSplitter.Sentence s : a.sentences) {
            if (a.skipped.contains(s.index()) && (a.byline == null || !a.byline.overlaps(s.start(), s.end()))) {
                continue;
            }
            boolean job = NameFinder.JOB_CONTEXT.matcher(s.text(a.norm)).find();
            if (job) {
                capitalisedWords(a.norm, s.start(), s.end(), jobContextWords);
            }
            for (NameFinder.Found f : names.findPeople(a.norm, s.start(), s.end(), taken)) {
                byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
                if (job) {
                    inJobContext.add(f.name());
                }
                if (!a.headlineLike.contains(s.index())) {
                    inBody.add(f.name());
                }
            }
        }
        for (Map.Entry<String, List<NameFinder.Found>> e : byName.entrySet()) {
            if (inBody.contains(e.getKey()) && (inJobContext.contains(e.getKey())
                    || surnameInJobContext(e.getKey(), jobContextWords))) {
                for (NameFinder.Found f : e.getValue()) {
                    addNewPerson(a, f, taken, peopleMatcher);
                }
            }
        }
    }

    private static void capitalisedWords(String text, int from, int to, Set<String> out) {
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(text.charAt(i)) || i > from && Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            int e = i + 1;
            while (e < to && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '\'')) {
                e++;
            }
            out.add(text.substring(i, e));
            i = e;
        }
    }

    /** "Demir said on LinkedIn that ...": the surname alone in a sentence about jobs. */
    private static boolean surnameInJobContext(String name, Set<String> jobContextWords) {
        String[] toks = Words.split(name);
        String sur = toks[toks.length - 1];
        return toks.length >= 2 && sur.length() >= 3 && jobContextWords.contains(sur);
    }

    private static void addNewPerson(ArticleState a, NameFinder.Found f, Intervals taken, EntityMatcher peopleMatcher) {
        KnownEntity k = peopleMatcher.lookup(f.name());
        String name = NICKNAME.matcher(f.name()).replaceAll("");
        EntityMention m = new EntityMention(f.start(), f.end(), EntityMention.Kind.PERSON,
                k == null ? name : k.name(), k == null ? null : k.slug());
        a.persons.add(m);
        taken.add(m.start(), m.end());
    }

    /** Later references by surname alone ("Sharma said") point to the person named in full. */
    private static void findSurnames(ArticleState a) {
        Map<String, EntityMention> bySurname = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (EntityMention p : new ArrayList<>(a.persons)) {
            String[] toks = Words.split(p.name());
            if (toks.length < 2) {
                continue;
            }
            String sur = toks[toks.length - 1];
            if (sur.length() < 3 || Lexicon.notName(sur)) {
                continue;
            }
            EntityMention prev = bySurname.get(sur);
            if (prev != null && !prev.id().equals(p.id())) {
                ambiguous.add(sur);
            }
            bySurname.putIfAbsent(sur, p);
        }
        Map<String, EntityMention> usable = new HashMap<>();
        for (Map.Entry<String, EntityMention> e : bySurname.entrySet()) {
            if (!ambiguous.contains(e.getKey())) {
                usable.put(EntityMatcher.fold(e.getKey()), e.getValue());
            }
        }
        int surnameCount = usable.size();
        // "Yuki comes to us from Halcyon AI": a first name alone, in blogs and press releases, when no one else has it
        Map<String, EntityMention> byFirst = new LinkedHashMap<>();
        for (EntityMention p : new ArrayList<>(a.persons)) {
            String[] toks = Words.split(p.name());
            if (toks.length < 2 || toks[0].length() < 3 || Lexicon.notName(toks[0]) || toks[0].endsWith(".")) {
                continue;
            }
            EntityMention prev = byFirst.get(toks[0]);
            if (prev != null && !prev.id().equals(p.id()) || bySurname.containsKey(toks[0])) {
                ambiguous.add(toks[0]);
            }
            byFirst.putIfAbsent(toks[0], p);
        }
        Map<String, EntityMention> firstNames = new LinkedHashMap<>();
        for (Map.Entry<String, EntityMention> e : byFirst.entrySet()) {
            String key = EntityMatcher.fold(e.getKey());
            if (!ambiguous.contains(e.getKey()) && !usable.containsKey(key)) {
                firstNames.put(key, e.getValue());
            }
        }
        if (usable.isEmpty() && firstNames.isEmpty()) {
            return;
        }
        String folded = EntityMatcher.fold(a.norm);
        List<EntityMention> existing = new ArrayList<>(a.persons);
        existing.addAll(a.companies);
        existing.sort(Comparator.comparingInt(EntityMention::start));
        // every whole-word occurrence of a usable surname, left to right: one pass over the capitalised words
        List<int[]> hits = new ArrayList<>();
        List<String> surnames = new ArrayList<>(usable.keySet());
        for (Map.Entry<String, EntityMention> f : firstNames.entrySet()) {
            surnames.add(f.getKey());
            usable.put(f.getKey(), f.getValue());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < surnames.size(); k++) {
            index.put(surnames.get(k), k);
        }
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            char ch = folded.charAt(i);
            if (ch < 'A' || ch > 'Z' && ch < 0xC0 || !Character.isUpperCase(ch) || i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1))) {
                continue;
            }
            int en = i + 1;
            while (en < n && (Character.isLetterOrDigit(folded.charAt(en)) || folded.charAt(en) == '-' && en + 1 < n
                    && Character.isLetter(folded.charAt(en + 1)))) {
                en++;
            }
            Integer k = index.get(folded.substring(i, en));
            if (k != null) {
                hits.add(new int[]{i, en, k});
            }
            i = en;
        }
        hits.addAll(NameTypos.surnameSlips(folded, surnames.subList(0, surnameCount), a)); // "Carvahlo" for "Carvalho"
        hits.sort(Comparator.comparingInt((int[] h) -> h[0]));
        int lastEnd = -1;
        for (int[] h : hits) {
            int st = h[0];
            int en = h[1];
            if (st < lastEnd) {
                continue;
            }
            lastEnd = en;
            if (ArticleState.overlapping(existing, st, en).isEmpty()) {
                EntityMention full = usable.get(surnames.get(h[2]));
                a.persons.add(new EntityMention(st, en, EntityMention.Kind.PERSON, full.name(), full.slug()));
            }
        }
    }

    /** Non-overlapping stretches of text, looked up in log time. */
    private static final class Intervals implements NameFinder.Taken {
        private final TreeMap<Integer, Integer> byStart = new TreeMap<>();

        void add(int start, int end) {
            byStart.merge(start, end, Math::max);
        }

        @Override
        public boolean overlaps(int start, int end) {
            Map.Entry<Integer, Integer> before = byStart.lowerEntry(end);
            while (before != null && before.getKey() >= start - 200) {
                if (before.getValue() > start) {
                    return true;
                }
                before = byStart.lowerEntry(before.getKey());
            }
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------ the story

    private static void chooseMainCompany(ArticleState a, EntityMatcher companyMatcher) {
        Map<String, Double> weight = new HashMap<>();
        Map<String, EntityMention> byId = new HashMap<>();
        if (a.title != null) {
            String t = EntityMatcher.fold(TextNormalizer.normalize(a.title));
            for (EntityMention c : companyMatcher.find(t)) {
                weight.merge(c.id(), 3.0, Double::sum);
                byId.putIfAbsent(c.id(), c);
            }
        }
        for (EntityMention c : a.companies) {
            SentenceSplitter.Sentence s = a.sentenceAt(c.start());
            if (s != null && a.skipped.contains(s.index()) || c.slug() == null && OrgFinder.isInvestor(c.name())) {
                continue;
            }
            double w = s != null && s.index() < 3 ? 2.0 : 1.0;
            String lead = a.before(c.start(), 45, s == null ? 0 : s.start());
            if (CompanyFinder.DEST_MARKER.matcher(lead).find() || CompanyFinder.ORIGIN_MARKER.matcher(lead).find()
                    || FORMER_BEFORE.matcher(lead).find()) {
                w *= 0.3; // "returns to OpenAI", "former OpenAI CTO": where people go or come from, not the story's company
            }
            weight.merge(c.id(), w, Double::sum);
            byId.putIfAbsent(c.id(), c);
        }
        String best = null;
        for (Map.Entry<String, Double> e : weight.entrySet()) {
            if (best == null || e.getValue() > weight.get(best)) {
                best = e.getKey();
            }
        }
        a.mainCompany = best == null ? null : byId.get(best);
    }

    private static void computeFocus(ArticleState a) {
        EntityMention focus = null;
        for (SentenceSplitter.Sentence s : a.sentences) {
            a.focusBefore.put(s.index(), focus);
            if (a.skipped.contains(s.index())) {
                continue;
            }
            for (EntityMention p : a.personsIn(s.start(), s.end())) {
                if (!a.inQuote(p.start()) && p != a.byline) {
                    focus = p;
                    break;
                }
            }
        }
        // a person's company: "Anthropic's Mrinank Sharma", "Anthropic researcher X", "X, ... at Anthropic"
        for (EntityMention p : a.persons) {
            for (EntityMention c : a.companiesIn(Math.max(0, p.start() - 80), p.start())) {
                String gap = a.between(c.end(), p.start());
                boolean appositive = POSSESSIVE_TITLE_COMMA.matcher(gap).matches() && RoleParser.hasHeadWord(gap);
                if (p.start() - c.end() <= (appositive ? 60 : 40) && (BEFORE_PERSON_COMPANY.matcher(gap).matches() || appositive)
                        && !NOT_POSSESSOR_GAP.matcher(gap).find()
                        && (gap.startsWith("'") || RoleParser.hasHeadWord(gap) || gap.isBlank())) {
                    // "Anthropic's X", "OpenAI CTO X"; not "Lumenfield confirmed X"
                    a.personCompany.putIfAbsent(p.id(), c);
                }
            }
        }
        // "X, who led the Safeguards Research team at Anthropic," / "X, a researcher at OpenAI,"
        for (EntityMention p : a.persons) {
            if (a.personCompany.containsKey(p.id()) || p.end() >= a.norm.length() || a.norm.charAt(p.end()) != ',') {
                continue;
            }
            SentenceSplitter.Sentence s = a.sentenceAt(p.start());
            if (s == null) {
                continue;
            }
            int close = a.norm.indexOf(',', p.end() + 1);
            int end = close < 0 || close > s.end() ? s.end() : close;
            String clause = a.between(p.end(), end);
            if (!APPOSITIVE_INTRODUCTION.matcher(clause).lookingAt()) {
                continue;
            }
            for (EntityMention c : a.companiesIn(p.end(), end)) {
                String lead = a.between(Math.max(p.end(), c.start() - 12), c.start());
                if (!MOVE_WORD_BEFORE.matcher(lead).find() && !FORMER_BEFORE.matcher(lead).find()) {
                    a.personCompany.put(p.id(), c);
                    break;
                }
            }
        }
        formerCompanies(a);
    }

    /** "former Kestrel research chief X", "X, a former Kestrel product manager", "X, Korvin's former chief scientist". */
    private static void formerCompanies(ArticleState a) {
        for (EntityMention p : a.persons) {
            if (a.formerCompany.containsKey(p.id())) {
                continue;
            }
            SentenceSplitter.Sentence s = a.sentenceAt(p.start());
            if (s == null) {
                continue;
            }
            for (EntityMention c : a.companiesIn(Math.max(s.start(), p.start() - 60), p.start())) {
                if (BEFORE_PERSON_COMPANY.matcher(a.between(c.end(), p.start())).matches()
                        && (FORMER_BEFORE.matcher(a.before(c.start(), 12, s.start())).find()
                        || FORMER_AFTER.matcher(a.between(c.end(), p.start())).lookingAt())) {
                    a.formerCompany.put(p.id(), c);
                }
            }
            if (!a.formerCompany.containsKey(p.id()) && ITS_FORMER_BEFORE.matcher(a.before(p.start(), 60, s.start())).find()) {
                // "its former policy director, Simone Achebe": the company the sentence (or the story) is about
                EntityMention owner = a.mainCompany;
                for (EntityMention c : a.companiesIn(s.start(), p.start())) {
                    owner = c;
                }
                if (owner != null) {
                    a.formerCompany.put(p.id(), owner);
                }
            }
            if (a.formerCompany.containsKey(p.id()) || p.end() >= a.norm.length() || a.norm.charAt(p.end()) != ',') {
                continue;
            }
            int close = a.norm.indexOf(',', p.end() + 1);
            int end = close < 0 || close > s.end() ? s.end() : close;
            for (EntityMention c : a.companiesIn(p.end(), end)) {
                if (FORMER_BEFORE.matcher(a.before(c.start(), 12, p.end())).find()
                        || FORMER_AFTER.matcher(a.between(c.end(), end)).lookingAt()) {
                    a.formerCompany.put(p.id(), c);
                }
                break;
            }
        }
    }
}
