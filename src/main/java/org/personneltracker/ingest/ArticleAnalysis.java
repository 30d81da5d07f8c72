package org.personneltracker.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.personneltracker.common.PartialDate;
import org.personneltracker.event.Circumstance;
import org.personneltracker.event.EventType;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;

/** The per-article state of one extraction: text, sentences, names found, and the candidates built from them. */
final class ArticleAnalysis {
    private static final Pattern MARKER_0 = Pattern.compile("(?i)(?:\\bat|\\bof|\\bfor|\\bby|\\bjoin)[ ]+(?:the[ ]+)?$");
    private static final Pattern MARKER_1 = Pattern.compile("(?i)(?:\\bat|\\bof|\\bfor|\\bby|\\bto|\\bwith)[ ]+(?:the[ ]+)?$");
    private static final Pattern MARKER_2 = Pattern.compile("(?i)(?:\\bat|\\bof|\\bfor)[ ]+(?:the[ ]+)?$");

    private static final Pattern P_0 = Pattern.compile("\\bwith\\b");
    private static final Pattern P_1 = Pattern.compile("(?:'s|')[ ]+(?:(?:sudden|recent|abrupt|surprise|planned|unexpected|own|"
                    + "formal|official)[ ]+)?$");
    private static final Pattern P_2 = Pattern.compile("^[ ]+of[ ]+(?:(?:the|its|[\\p{L}]+'s|former|longtime|veteran|[\\p{Ll}-]+)[ ]+){0,6}");
    private static final Pattern P_3 = Pattern.compile("[.;]|\\b(?:who|which|said|after|to join)\\b");
    private static final Pattern P_4 = Pattern.compile("^[ ]+(him|her)\\b");
    private static final Pattern P_5 = Pattern.compile("^[ ]+(?:(?:from|at|with|the)[ ]+)?");
    private static final Pattern P_6 = Pattern.compile("(?i)\\b(?:to[ ]+join|joining|for|moving[ ]+to|moved[ ]+to|heading[ ]+to|has[ ]+(?:since[ ]+)?joined|"
                + "will[ ]+join|and[ ]+joined|and[ ]+joins|to[ ]+work[ ]+(?:at|for))[ ]+(?:(?:rival|the|startup|competitor)[ ]+)*");
    private static final Pattern P_7 = Pattern.compile("(?i)(?:called|named|dubbed|,)[ ]+");

    private static final Pattern BOILERPLATE_LINE = Pattern.compile("(?i)^[\\s*•>-]*(subscribe|sign up|share this|share on|"
            + "share:|read more|read also|also read|read next|related|recommended|trending|more from|advertisement|"
            + "cookie|we use cookies|this site uses|accept all|follow us|click here|comments|leave a comment|"
            + "join the conversation|copyright|©|all rights reserved|tags:|filed under|image:|photo:|credit:|"
            + "image credit|sponsored|newsletter|get the latest|don't miss|you may also like|most read|most popular|"
            + "posted in|categories:|about the author|enjoyed this|like this story)");
    private static final Pattern RELATED_HEADER = Pattern.compile("(?i)^[\\s*•>-]*(related( articles| stories| posts| news| coverage| reading)?|"
            + "more stories|more from [\\p{L} ]+|recommended( for you| reading)?|trending( now)?|you may also like|read next|"
            + "most read|most popular|also read|further reading|latest news|top stories)\\s*:?\\s*$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|Written by|Posted by|Words by|Author:|From)[ ]+((?:\\p{Lu}[\\p{L}'.-]*[ ]?){2,4})");
    private static final Pattern HANDLE_LINE = Pattern.compile("^((?:\\p{Lu}[\\p{L}'.-]+[ ]){1,3}\\p{Lu}[\\p{L}'.-]+)[ ]*\\(?@\\w+");
    private static final Pattern SIGNATURE = Pattern.compile("^[-~][ ]*((?:\\p{Lu}[\\p{L}'.-]+[ ]?){2,3})$");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|I'd|I'll|my|My|me)\\b");
    private static final Pattern THIRD_PERSON = Pattern.compile("\\b([Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\\b");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
            "(?i)(?=[;:,bwstpacrne])(?:;|:[ ]|\\bbut\\b|,[ ]*while\\b|\\bwhile\\b|\\bwhereas\\b|\\b(?:said|says|told|wrote|writes|posted|"
                    + "announced|confirmed|reported|added|noted|explained|tweeted)(?:[ ]+(?:on|in)[ ]+[\\p{L}]+)?(?:[ ]+that)?[ ]"
                    + "|\\baccording to\\b|\\bafter\\b|\\bbefore\\b|\\bsince\\b|\\bwhen\\b|\\bas\\b(?=[ ]+(?:[\\p{Lu}]|he|she)))");
    private static final Pattern AND_BOUNDARY = Pattern.compile(",?[ ]+and[ ]+|,[ ]+");
    private static final Pattern RELATIVE = Pattern.compile(",[ ]*(?:who|whose|which)\\b[^,]*(?:,|$)");
    private static final Pattern PASSIVE_BEFORE = Pattern.compile(
            "(?i)\\b(?:was|were|been|being|is|are|got|get|gets|be)[ ]+(?:(?:\\w+ly|reportedly|also|not|just|now|since)[ ]+)?$");
    private static final Pattern NOUN_TRIGGER = Pattern.compile("(?i)^(resignation|departure|departures|exit|ouster|dismissal|"
            + "appointment|retirement|death|last day|final day|exodus|layoffs?)$");
    private static final Pattern PARTICIPLE_LEAD = Pattern.compile("(?i)\\b(?:after|before|upon|on|since|while|by|then|and|"
            + "to|following|ahead of|amid|days after|weeks after|shortly after|shortly before|just days after)[ ]+$");
    private static final Pattern DEST_MARKER = Pattern.compile("(?i)(?:\\bto[ ]+(?:join|rejoin|return[ ]+to|work[ ]+(?:at|for|with)|"
            + "lead|head|run|start|launch|found|co-found|help[ ]+(?:build|lead|run)|build)|\\bfor|\\bjoining|\\brejoining|"
            + "\\band[ ]+(?:join(?:s|ed)?|has[ ]+joined|will[ ]+join|is[ ]+joining|rejoin(?:s|ed)?)|\\bbefore[ ]+joining|"
            + "\\b(?:moving|moved|moves|heading|headed|heads|defecting|defected|jumping|jumped|decamped|decamping|bound)[ ]+to|"
            + "\\b(?:has|have|had)[ ]+(?:since[ ]+)?joined|\\bwill[ ]+join|\\bis[ ]+joining|\\bin[ ]+favou?r[ ]+of|\\bto)"
            + "[ ]+(?:(?:rival|the|competitor|startup|ai|fellow|lab|firm|company|start-up|newcomer|upstart|tech[ ]+giant|giant)[ ]+)*$");
    private static final Pattern ORIGIN_MARKER = Pattern.compile(
            "(?i)(?:\\bfrom|\\bformerly[ ]+(?:of|at|with)|\\bpreviously[ ]+(?:of|at|with)|\\bafter[ ]+(?:leaving|departing|"
                    + "quitting|exiting)|\\bwho[ ]+(?:left|quit|departed)|\\bpoached[ ]+from|\\blured[ ]+(?:away[ ]+)?from)"
                    + "[ ]+(?:(?:rival|the|competitor|startup|ai)[ ]+)*$");
    private static final Pattern FILLER_AFTER_TRIGGER = Pattern.compile(
            "(?i)^[ ]*(?:(?:from|at|with|of|the|its|his|her|their|my|our|role|post|position|job|jobs|as|in|on|rival|startup|"
                    + "company|firm|lab|ai|own|tech|giant|start-up|artificial|intelligence|officially|formally|quietly|"
                    + "abruptly|suddenly|also|recently|now|reportedly|has|have|had|is|was|will|be|been|just|"
                    + "[\\p{Ll}-]+er|[\\p{Ll}]+ist|ceo|cto|cfo|coo|chief|head|lead|vp|president|director|co-founder|"
                    + "cofounder|founder|officer|team|research|safety|science|scientist|product|engineering|policy|"
                    + "technical|staff|member|senior|vice|executive|\\p{Lu}\\p{Ll}+)[ ]+)*$");
    private static final Pattern BEFORE_PERSON_COMPANY = Pattern.compile(
            "^(?:'s|')?[ ]+(?:(?:[\\p{L}&-]+)[ ]+){0,5}$");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\b([Hh]e|[Ss]he)\\b");
    private static final Pattern SEPARATOR_ONLY = Pattern.compile(
            "^(?:'s)?(?:[ ]*,[ ]*(?:and[ ]+)?|[ ]+and[ ]+|[ ]*&[ ]*)(?:(?:its|the|former|then|[\\p{Ll}-]+|[A-Z]{2,5}|"
                    + "[\\p{Lu}][\\p{Ll}]+'s)[ ]+){0,5}$");
    private static final Pattern FOUNDED_NAME_LEAD = Pattern.compile(
            "(?i)^[ ]*(?:,[ ]*|[ ]+)?(?:(?:called|named|dubbed|known[ ]+as|which[ ]+(?:it|he|she|they)[ ]+(?:called|named))[ ]+|,[ ]*)?");

    private final ArticleText article;
    private final String text;
    private final String norm;
    private final LocalDate published;
    private final List<SentenceSplitter.Sentence> sentences;
    private final Set<Integer> skipped = new HashSet<>();
    private final Set<Integer> headlineLike = new HashSet<>();
    private final List<EntityMention> persons = new ArrayList<>();
    private final List<EntityMention> companyMentions = new ArrayList<>();
    private final List<QuoteFinder.Quote> quotes;
    private final EntityMatcher peopleMatcher;
    private final EntityMatcher companyMatcher;
    private EntityMention byline;
    private String mainCompanyId;
    private EntityMention mainCompany;
    private final Map<Integer, EntityMention> focusBefore = new HashMap<>();
    private final Map<String, EntityMention> personCompany = new HashMap<>();
    private final List<Span> spans = new ArrayList<>();
    private DateResolver.DateHit lastEventDate;
    private int lastEventSentence = -1;
    private String lastEventPerson;
    private static final Pattern SAME_TIME = Pattern.compile("(?i)\\b(hours later|later that day|the same day|same day|"
            + "that day|also|as well|too|meanwhile|separately)\\b");

    ArticleAnalysis(ArticleText article, EntityMatcher peopleMatcher, EntityMatcher companyMatcher, NameFinder names) {
        this.article = article;
        this.text = article.text();
        this.norm = TextNormalizer.normalize(text);
        this.published = article.publishedDate();
        this.peopleMatcher = peopleMatcher;
        this.companyMatcher = companyMatcher;
        String folded = EntityMatcher.fold(norm);
        this.sentences = SentenceSplitter.split(norm);
        markBoilerplate();
        List<EntityMention> knownPeople = peopleMatcher.find(folded);
        List<EntityMention> knownCompanies = companyMatcher.find(folded);
        // a longer name wins an overlap
        for (EntityMention c : knownCompanies) {
            boolean covered = false;
            for (EntityMention p : knownPeople) {
                if (p.overlaps(c.start(), c.end()) && p.end() - p.start() >= c.end() - c.start()) {
                    covered = true;
                }
            }
            if (!covered) {
                companyMentions.add(c);
            }
        }
        for (EntityMention p : knownPeople) {
            boolean covered = false;
            for (EntityMention c : companyMentions) {
                if (c.overlaps(p.start(), p.end())) {
                    covered = true;
                }
            }
            if (!covered) {
                persons.add(p);
            }
        }
        findByline();
        findNewPeople(names);
        findSurnames();
        persons.sort(Comparator.comparingInt(EntityMention::start));
        companyMentions.sort(Comparator.comparingInt(EntityMention::start));
        this.quotes = QuoteFinder.find(norm);
        chooseMainCompany();
        computeFocus();
        for (EntityMention p : persons) {
            spans.add(new Span(p.start(), p.end(), "PERSON"));
        }
        for (EntityMention c : companyMentions) {
            spans.add(new Span(c.start(), c.end(), "COMPANY"));
        }
    }

    String norm() {
        return norm;
    }

    List<SentenceSplitter.Sentence> sentences() {
        return sentences;
    }

    Set<Integer> skipped() {
        return skipped;
    }

    List<EntityMention> companyMentions() {
        return companyMentions;
    }

    List<Span> spans() {
        return spans;
    }

    String mainCompanySlug() {
        return mainCompany == null ? null : mainCompany.slug();
    }

    // ---------------------------------------------------------------- preparation

    private void markBoilerplate() {
        boolean inRelated = false;
        for (SentenceSplitter.Sentence s : sentences) {
            String st = s.text(norm).trim();
            boolean headline = isHeadlineLike(st);
            if (headline) {
                headlineLike.add(s.index());
            }
            if (RELATED_HEADER.matcher(st).find()) {
                inRelated = true;
                skipped.add(s.index());
                continue;
            }
            if (inRelated) {
                if (headline || Rx.split(st, "\\s+").length < 14 || st.startsWith("-") || st.startsWith("•")) {
                    skipped.add(s.index());
                    continue;
                }
                inRelated = false;
            }
            if (BOILERPLATE_LINE.matcher(st).find() && Rx.split(st, "\\s+").length < 40) {
                skipped.add(s.index());
            }
        }
    }

    private static boolean isHeadlineLike(String st) {
        if (st.endsWith(".") || st.endsWith("\"") || st.endsWith("!") || st.endsWith("?")) {
            return false;
        }
        String[] words = Rx.split(st, "\\s+");
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

    private void findByline() {
        int n = sentences.size();
        for (SentenceSplitter.Sentence s : sentences) {
            if (s.index() > 6 && s.index() < n - 4) {
                continue;
            }
            String st = s.text(norm);
            Matcher m = BYLINE.matcher(st);
            Matcher h = HANDLE_LINE.matcher(st);
            Matcher g = SIGNATURE.matcher(st.trim());
            int gs;
            String name;
            if (m.find()) {
                gs = m.start(1);
                name = m.group(1).trim();
            } else if (h.find()) {
                gs = h.start(1);
                name = h.group(1).trim();
            } else if (g.find()) {
                gs = g.start(1);
                name = g.group(1).trim();
            } else {
                continue;
            }
            name = Rx.replaceAll(Rx.replaceAll(name, "[ ]+(?:and|for|at|in|on)$", ""), "[.,]+$", "");
            String[] toks = name.split(" ");
            if (toks.length > 3) {
                name = toks[0] + " " + toks[1] + (Lexicon.notName(toks[2]) ? "" : " " + toks[2]);
            }
            int start = s.start() + gs;
            EntityMention existing = null;
            for (EntityMention p : persons) {
                if (p.start() >= start && p.start() < start + name.length() + 1) {
                    existing = p;
                }
            }
            if (existing == null) {
                KnownEntity k = peopleMatcher.lookup(name);
                existing = new EntityMention(start, start + name.length(), EntityMention.Kind.PERSON,
                        k == null ? name : k.name(), k == null ? null : k.slug());
                final EntityMention ex = existing;
                companyMentions.removeIf(c -> c.overlaps(ex.start(), ex.end()));
                persons.add(existing);
            }
            byline = existing;
            skipped.add(s.index());
            return;
        }
    }

    private void findNewPeople(NameFinder names) {
        List<NameFinder.Found> headlineFinds = new ArrayList<>();
        Set<String> bodyNames = new HashSet<>();
        List<EntityMention> taken = new ArrayList<>(persons);
        taken.addAll(companyMentions);
        for (SentenceSplitter.Sentence s : sentences) {
            if (skipped.contains(s.index()) && (byline == null || !byline.overlaps(s.start(), s.end()))) {
                continue;
            }
            String st = s.text(norm);
            if (!NameFinder.JOB_CONTEXT.matcher(st).find()) {
                continue;
            }
            for (NameFinder.Found f : names.findPeople(norm, s.start(), s.end(), taken)) {
                if (headlineLike.contains(s.index())) {
                    headlineFinds.add(f);
                } else {
                    bodyNames.add(f.name());
                    addNewPerson(f, taken);
                }
            }
        }
        for (NameFinder.Found f : headlineFinds) {
            if (bodyNames.contains(f.name())) {
                addNewPerson(f, taken);
            }
        }
    }

    private void addNewPerson(NameFinder.Found f, List<EntityMention> taken) {
        KnownEntity k = peopleMatcher.lookup(f.name());
        String name = Rx.replaceAll(f.name(), "[ ]+\\(\\p{Lu}\\p{Ll}+\\)", "");
        EntityMention m = new EntityMention(f.start(), f.end(), EntityMention.Kind.PERSON,
                k == null ? name : k.name(), k == null ? null : k.slug());
        persons.add(m);
        taken.add(m);
    }

    /** Later references by surname alone ("Sharma said") point to the person named in full. */
    private void findSurnames() {
        Map<String, EntityMention> bySurname = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (EntityMention p : new ArrayList<>(persons)) {
            String[] toks = Rx.split(p.name(), "\\s+");
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
        if (usable.isEmpty()) {
            return;
        }
        String folded = EntityMatcher.fold(norm);
        List<EntityMention> existing = new ArrayList<>(persons);
        existing.addAll(companyMentions);
        existing.sort(Comparator.comparingInt(EntityMention::start));
        // every whole-word occurrence of a usable surname, left to right
        List<int[]> hits = new ArrayList<>();
        List<String> surnames = new ArrayList<>(usable.keySet());
        for (int k = 0; k < surnames.size(); k++) {
            String sur = surnames.get(k);
            int idx = folded.indexOf(sur);
            while (idx >= 0) {
                int en = idx + sur.length();
                if ((idx == 0 || !Character.isLetterOrDigit(folded.charAt(idx - 1)))
                        && (en >= folded.length() || !Character.isLetterOrDigit(folded.charAt(en)))) {
                    hits.add(new int[]{idx, en, k});
                }
                idx = folded.indexOf(sur, idx + 1);
            }
        }
        hits.sort(Comparator.comparingInt((int[] h) -> h[0]));
        int lastEnd = -1;
        for (int[] h : hits) {
            int st = h[0];
            int en = h[1];
            if (st < lastEnd) {
                continue;
            }
            lastEnd = en;
            boolean overlap = false;
            for (EntityMention x : existing) {
                if (x.start() >= en) {
                    break;
                }
                if (x.overlaps(st, en)) {
                    overlap = true;
                    break;
                }
            }
            if (!overlap) {
                EntityMention full = usable.get(surnames.get(h[2]));
                persons.add(new EntityMention(st, en, EntityMention.Kind.PERSON, full.name(), full.slug()));
            }
        }
    }

    private void chooseMainCompany() {
        Map<String, Double> weight = new HashMap<>();
        Map<String, EntityMention> byId = new HashMap<>();
        if (article.title() != null) {
            String t = EntityMatcher.fold(TextNormalizer.normalize(article.title()));
            for (EntityMention c : companyMatcher.find(t)) {
                weight.merge(c.id(), 3.0, Double::sum);
                byId.putIfAbsent(c.id(), c);
            }
        }
        for (EntityMention c : companyMentions) {
            SentenceSplitter.Sentence s = sentenceAt(c.start());
            if (s != null && skipped.contains(s.index())) {
                continue;
            }
            double w = s != null && s.index() < 3 ? 2.0 : 1.0;
            weight.merge(c.id(), w, Double::sum);
            byId.putIfAbsent(c.id(), c);
        }
        String best = null;
        for (Map.Entry<String, Double> e : weight.entrySet()) {
            if (best == null || e.getValue() > weight.get(best)) {
                best = e.getKey();
            }
        }
        mainCompanyId = best;
        mainCompany = best == null ? null : byId.get(best);
    }

    private void computeFocus() {
        EntityMention focus = null;
        for (SentenceSplitter.Sentence s : sentences) {
            focusBefore.put(s.index(), focus);
            if (skipped.contains(s.index())) {
                continue;
            }
            for (EntityMention p : persons) {
                if (p.start() >= s.start() && p.end() <= s.end() && !inQuote(p.start()) && p != byline) {
                    focus = p;
                    break;
                }
            }
        }
        // a person's company: "Anthropic's Mrinank Sharma", "Anthropic researcher X", "X, ... at Anthropic"
        for (EntityMention p : persons) {
            for (EntityMention c : companyMentions) {
                if (c.end() <= p.start() && p.start() - c.end() <= 40
                        && BEFORE_PERSON_COMPANY.matcher(norm.substring(c.end(), p.start())).matches()
                        && !Rx.matches(norm.substring(c.end(), p.start()), "(?is).*\\b(?:from|to|said|with|by|joined|hired|hires|joins|named|taps|poaches)\\b.*")) {
                    personCompany.putIfAbsent(p.id(), c);
                }
            }
        }
        // "X, who led the Safeguards Research team at Anthropic," / "X, a researcher at OpenAI,"
        for (EntityMention p : persons) {
            if (personCompany.containsKey(p.id()) || p.end() >= norm.length() || norm.charAt(p.end()) != ',') {
                continue;
            }
            SentenceSplitter.Sentence s = sentenceAt(p.start());
            if (s == null) {
                continue;
            }
            int close = norm.indexOf(',', p.end() + 1);
            int end = close < 0 || close > s.end() ? s.end() : close;
            String clause = norm.substring(p.end(), end);
            if (!Rx.matches(clause, "(?is)^,[ ]*(?:who[ ]+(?:led|leads|headed|heads|ran|runs|was|is|had been|worked|works|"
                    + "oversaw|managed|co-led)|an?[ ]|the[ ]|its[ ]|[\\p{L}-]+[ ]+(?:at|of)[ ]).*")) {
                continue;
            }
            for (EntityMention c : companiesIn(p.end(), end)) {
                String lead = norm.substring(Math.max(p.end(), c.start() - 12), c.start());
                if (!Rx.matches(lead, "(?is).*\\b(?:from|to|joined|join|for)[ ]+$")) {
                    personCompany.put(p.id(), c);
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private SentenceSplitter.Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            SentenceSplitter.Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    private QuoteFinder.Quote quoteAt(int offset) {
        if (quotes == null) {
            return null;
        }
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QuoteFinder.Quote q = quotes.get(mid);
            if (offset <= q.start()) {
                hi = mid - 1;
            } else if (offset >= q.end()) {
                lo = mid + 1;
            } else {
                return q;
            }
        }
        return null;
    }

    private boolean inQuote(int offset) {
        return quoteAt(offset) != null;
    }

    private List<EntityMention> personsIn(int s, int e) {
        return within(persons, s, e);
    }

    private List<EntityMention> companiesIn(int s, int e) {
        return within(companyMentions, s, e);
    }

    /** Mentions of a list sorted by start that lie inside [s, e). */
    private static List<EntityMention> within(List<EntityMention> sorted, int s, int e) {
        List<EntityMention> out = new ArrayList<>();
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < s) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sorted.size() && sorted.get(i).start() < e; i++) {
            if (sorted.get(i).end() <= e) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }

    private boolean isPersonAt(int s, int e) {
        for (EntityMention p : persons) {
            if (p.overlaps(s, e)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- candidates

    /** A candidate under construction. */
    private static final class Draft {
        EntityMention person;
        boolean viaPronoun;
        boolean firstPerson;
        CompanyRef company;
        boolean companyFallback;
        EventType type;
        RoleParser.Role role;
        boolean founder;
        DateResolver.DateHit date;
        CompanyRef destination;
        CompanyRef origin;
        boolean originExplicit;
        Circumstance circumstance;
        QuoteFinder.Reason reason;
        String quote;
        double strength;
        boolean secondary;
        boolean inRelative;
        int sentence;
        int triggerStart;
        int triggerEnd;
        int supports = 1;
        final List<Span> evidence = new ArrayList<>();

        String key() {
            return person.id() + "|" + companyKey(company) + "|" + type;
        }
    }

    static String companyKey(CompanyRef c) {
        if (c == null) {
            return "-";
        }
        return c.slug() != null ? "slug:" + c.slug() : "name:" + c.name().toLowerCase(Locale.ROOT);
    }

    private static CompanyRef ref(EntityMention c) {
        return c == null ? null : new CompanyRef(c.name(), c.slug());
    }

    List<Candidate> candidates() {
        List<Draft> drafts = new ArrayList<>();
        for (SentenceSplitter.Sentence s : sentences) {
            if (skipped.contains(s.index())) {
                continue;
            }
            List<EventClassifier.Trigger> triggers = triggersOf(s);
            List<int[]> relatives = relativeRegions(s);
            boolean mainClauseTrigger = false;
            for (EventClassifier.Trigger t : triggers) {
                if (regionOf(relatives, t.start()) == null) {
                    mainClauseTrigger = true;
                }
            }
            for (EventClassifier.Trigger t : triggers) {
                int[] rel = regionOf(relatives, t.start());
                List<Draft> made = build(s, t, relatives);
                for (Draft d : made) {
                    d.inRelative = rel != null;
                    if (d.inRelative && (isOld(d.date) || (mainClauseTrigger && backgroundRelative(s, rel)))) {
                        continue;
                    }
                    if (isOld(d.date) || (d.type == EventType.HIRE && d.founder && d.date != null && d.date.explicit()
                            && published != null && d.date.date().end().isBefore(published.minusMonths(6)))) {
                        continue;
                    }
                    drafts.add(d);
                    if (d.date != null && d.date.explicit() || d.date != null && !d.date.approximate()) {
                        lastEventDate = d.date;
                        lastEventSentence = s.index();
                        lastEventPerson = d.person.id();
                    }
                }
            }
        }
        List<Draft> merged = merge(drafts);
        crossLink(merged);
        merged = merge(merged);
        List<Candidate> out = new ArrayList<>();
        for (Draft d : merged) {
            Candidate c = finish(d);
            if (c != null) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    private boolean backgroundRelative(SentenceSplitter.Sentence s, int[] rel) {
        String r = norm.substring(rel[0], rel[1]).toLowerCase(Locale.ROOT);
        return Rx.matches(r, "(?s).*\\b(?:had|previously|once|originally|first|earlier|in (?:19|20)\\d\\d)\\b.*");
    }

    private boolean isOld(DateResolver.DateHit d) {
        return d != null && published != null && d.explicit() && d.date().end().isBefore(published.minusMonths(18));
    }

    private List<int[]> relativeRegions(SentenceSplitter.Sentence s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = RELATIVE.matcher(norm);
        m.region(s.start(), s.end());
        while (m.find()) {
            out.add(new int[]{m.start(), m.end()});
        }
        return out;
    }

    private static int[] regionOf(List<int[]> regions, int offset) {
        for (int[] r : regions) {
            if (offset >= r[0] && offset < r[1]) {
                return r;
            }
        }
        return null;
    }

    private List<Draft> build(SentenceSplitter.Sentence s, EventClassifier.Trigger t, List<int[]> relatives) {
        List<Draft> out = new ArrayList<>();
        Subjects subj = subjects(s, t, relatives);
        if (subj.people.isEmpty()) {
            return out;
        }
        if (t.rule().kind() == EventClassifier.Kind.FOUNDING) {
            // "co-founded X with Daniel Gross and Daniel Levy"
            Matcher w = P_0.matcher(norm);
            w.region(t.end(), s.end());
            if (w.find()) {
                for (EntityMention p : personsIn(w.end(), s.end())) {
                    String between = norm.substring(w.end(), p.start());
                    if (between.length() < 50 && !between.contains(",")) {
                        List<EntityMention> co = new ArrayList<>();
                        co.add(p);
                        addCoordinated(co, p, s.end());
                        for (EntityMention c : co) {
                            if (subj.people.stream().noneMatch(x -> x.id().equals(c.id()))) {
                                subj.people.add(c);
                            }
                        }
                    }
                    break;
                }
            }
        }
        for (EntityMention person : subj.people) {
            Draft d = new Draft();
            d.person = person;
            d.viaPronoun = subj.pronoun;
            d.firstPerson = subj.firstPerson;
            d.type = t.type();
            d.circumstance = t.type() == EventType.DEPARTURE ? t.rule().circumstance() : null;
            d.strength = t.rule().strength();
            d.sentence = s.index();
            d.triggerStart = t.start();
            d.triggerEnd = t.end();
            d.founder = t.rule().kind() == EventClassifier.Kind.FOUNDING;
            String tw = norm.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
            if (tw.startsWith("to join") || tw.equals("joining")) {
                d.secondary = true;
            }
            d.evidence.add(new Span(t.start(), t.end(), "EVENT"));
            if (!fillCompanies(d, s, t, person)) {
                continue;
            }
            if (d.type == EventType.HIRE && !d.founder && isNamedRoleChange(s, t, person, d)) {
                d.type = EventType.ROLE_CHANGE;
            }
            boolean newRole = d.type != EventType.DEPARTURE;
            EntityMention inSentence = person.start() >= s.start() && person.end() <= s.end() ? person : null;
            if (inSentence != null) {
                d.role = RoleFinder.find(norm, s.start(), s.end(), inSentence, companyMentions, t.start(), t.end(), newRole);
            } else if (newRole) {
                d.role = RoleFinder.find(norm, s.start(), s.end(),
                        new EntityMention(t.start(), t.start(), EntityMention.Kind.PERSON, "", null), companyMentions,
                        t.start(), t.end(), true);
            }
            if (d.type == EventType.HIRE && !d.founder && d.role != null && isOldRole(d.role, d.company, s)) {
                d.role = null; // "Microsoft hires DeepMind co-founder X": the title is the one X leaves
            }
            if (d.type != EventType.DEPARTURE && d.role == null) {
                d.role = futureRole(s, person);
            }
            d.date = pickDate(s, t, relatives, triggersOf(s));
            if (d.date == null && SAME_TIME.matcher(norm.substring(s.start(), s.end())).find()) {
                d.date = lastEventDate;
            }
            if (d.date == null && lastEventDate != null && lastEventSentence >= 0 && s.index() - lastEventSentence <= 2
                    && sentences.get(lastEventSentence).paragraph() == s.paragraph() && lastEventPerson != null
                    && lastEventPerson.equals(person.id()) && datesOf(s).isEmpty()) {
                // the same story goes on about the same person: the date given earlier holds
                d.date = lastEventDate;
            }
            if (d.date != null) {
                d.evidence.add(new Span(d.date.start(), d.date.end(), "DATE"));
            }
            out.add(d);
            if (t.rule().kind() == EventClassifier.Kind.MOVE && d.origin != null && d.company != null) {
                Draft dep = new Draft();
                dep.person = person;
                dep.viaPronoun = d.viaPronoun;
                dep.type = EventType.DEPARTURE;
                dep.company = d.origin;
                dep.destination = d.company;
                dep.strength = d.strength;
                dep.secondary = true;
                dep.sentence = d.sentence;
                dep.triggerStart = d.triggerStart;
                dep.triggerEnd = d.triggerEnd;
                dep.date = d.date;
                dep.evidence.addAll(d.evidence);
                out.add(dep);
            }
        }
        return out;
    }

    /** Who did it: the subject of the trigger, or its object when a company is the actor. */
    private static final class Subjects {
        final List<EntityMention> people = new ArrayList<>();
        boolean pronoun;
        boolean firstPerson;
    }

    private Subjects subjects(SentenceSplitter.Sentence s, EventClassifier.Trigger t, List<int[]> relatives) {
        Subjects out = new Subjects();
        QuoteFinder.Quote q = quoteAt(t.start());
        int[] rel = regionOf(relatives, t.start());
        String tw = norm.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
        if (rel != null) {
            // "X, who led the team, resigned" puts the trigger outside; "X, who resigned on Monday," inside
            EntityMention ante = null;
            for (EntityMention p : personsIn(s.start(), rel[0] + 1)) {
                ante = p;
            }
            if (ante != null) {
                out.people.add(ante);
                return out;
            }
        }
        int clauseStart = clauseStart(s, t, q);
        // noun triggers: "Sharma's resignation", "his departure", "the departure of X"
        if (NOUN_TRIGGER.matcher(tw).matches() || tw.endsWith("last day") || tw.endsWith("final day")) {
            String before = norm.substring(Math.max(s.start(), t.start() - 40), t.start());
            Matcher poss = P_1.matcher(before);
            if (poss.find()) {
                int possAt = t.start() - (before.length() - poss.start());
                for (EntityMention p : persons) {
                    if (p.end() == possAt) {
                        out.people.add(p);
                        return out;
                    }
                }
            }
            Matcher of = P_2
                    .matcher(norm.substring(t.end(), Math.min(s.end(), t.end() + 80)));
            if (of.find()) {
                for (EntityMention p : personsIn(t.end(), Math.min(s.end(), t.end() + 80))) {
                    if (p.start() <= t.end() + of.end() + 1) {
                        out.people.add(p);
                        return out;
                    }
                }
            }
        }
        EventClassifier.Voice voice = t.rule().voice();
        if (voice == EventClassifier.Voice.OBJECT && !PASSIVE_BEFORE.matcher(
                norm.substring(Math.max(s.start(), t.start() - 30), t.start())).find()) {
            int limit = Math.min(s.end(), t.end() + 90);
            String after = norm.substring(t.end(), limit);
            int stop = after.length();
            Matcher sm = P_3.matcher(after);
            if (sm.find()) {
                stop = sm.start();
            }
            for (EntityMention p : personsIn(t.end(), t.end() + stop)) {
                if (q != null && quoteAt(p.start()) != q) {
                    continue;
                }
                out.people.add(p);
                addCoordinated(out.people, p, t.end() + stop);
                return out;
            }
            Matcher pr = P_4.matcher(after);
            if (pr.find()) {
                EntityMention f = antecedent(s, t.start());
                if (f != null) {
                    out.people.add(f);
                    out.pronoun = true;
                    return out;
                }
            }
        }
        // the subject: first person of the clause before the trigger
        for (EntityMention p : personsIn(clauseStart, t.start())) {
            if (regionOf(relatives, p.start()) != null && regionOf(relatives, t.start()) == null) {
                continue;
            }
            QuoteFinder.Quote pq = quoteAt(p.start());
            if (pq != null && pq != q) {
                continue;
            }
            if (p == byline) {
                continue;
            }
            out.people.add(p);
            addCoordinated(out.people, p, t.start());
            return out;
        }
        // pronouns
        String clause = norm.substring(clauseStart, t.start());
        Matcher fp = FIRST_PERSON.matcher(clause);
        if (fp.find()) {
            if (q != null) {
                EntityMention speaker = speaker(q);
                if (speaker != null) {
                    out.people.add(speaker);
                    out.pronoun = true;
                    return out;
                }
            } else if (byline != null) {
                out.people.add(byline);
                out.firstPerson = true;
                return out;
            }
        }
        Matcher tp = PRONOUN_SUBJECT.matcher(clause);
        if (tp.find() && q == null) {
            EntityMention a = antecedent(s, clauseStart + tp.start());
            if (a != null) {
                out.people.add(a);
                out.pronoun = true;
                return out;
            }
        }
        if (q != null && fp.find(0)) {
            return out;
        }
        // participles and infinitives: "after leaving OpenAI, he ...", "X announced ... and left"
        String lead = norm.substring(Math.max(s.start(), t.start() - 25), t.start());
        boolean participle = tw.endsWith("ing") || tw.startsWith("to ") || PARTICIPLE_LEAD.matcher(lead).find();
        if (participle || clauseStart > s.start()) {
            for (EntityMention p : personsIn(s.start(), t.start())) {
                if (regionOf(relatives, p.start()) != null || (quoteAt(p.start()) != null && quoteAt(p.start()) != q)
                        || p == byline) {
                    continue;
                }
                out.people.add(p);
                return out;
            }
            // the subject comes after an introductory phrase: "After leaving OpenAI, Zoph joined ..."
            int comma = norm.indexOf(',', t.end());
            if (comma > 0 && comma < s.end() && PARTICIPLE_LEAD.matcher(lead).find()) {
                int after = comma + 1;
                for (EntityMention p : personsIn(after, Math.min(s.end(), after + 40))) {
                    out.people.add(p);
                    return out;
                }
                Matcher pr = PRONOUN_SUBJECT.matcher(norm.substring(after, Math.min(s.end(), after + 10)));
                if (pr.find()) {
                    EntityMention a = antecedent(s, after);
                    if (a != null) {
                        out.people.add(a);
                        out.pronoun = true;
                        return out;
                    }
                }
            }
            if (participle && clauseStart == s.start()) {
                EntityMention a = focusBefore.get(s.index());
                if (a != null && THIRD_PERSON.matcher(norm.substring(s.start(), s.end())).find()) {
                    out.people.add(a);
                    out.pronoun = true;
                    return out;
                }
            }
        }
        // a noun trigger with its person after it: "The departure comes as Sharma ..." is too loose; accept
        // "resignation of" handled above; headline-like lines "Anthropic safety lead Mrinank Sharma quits"
        return out;
    }

    private void addCoordinated(List<EntityMention> list, EntityMention first, int limit) {
        EntityMention prev = first;
        for (EntityMention p : persons) {
            if (p.start() <= prev.end() || p.start() >= limit) {
                continue;
            }
            String between = norm.substring(prev.end(), p.start());
            if (SEPARATOR_ONLY.matcher(between).matches() && !p.id().equals(first.id())
                    && !(between.indexOf(',') >= 0 && (RoleParser.hasHeadWord(between) || between.contains(" of ")))) {
                boolean dup = false;
                for (EntityMention x : list) {
                    if (x.id().equals(p.id())) {
                        dup = true;
                    }
                }
                if (!dup) {
                    list.add(p);
                }
                prev = p;
            } else {
                break;
            }
        }
    }

    private int clauseStart(SentenceSplitter.Sentence s, EventClassifier.Trigger t, QuoteFinder.Quote q) {
        Integer cached = clauseCache.get(t.start());
        if (cached == null) {
            cached = computeClauseStart(s, t, q);
            clauseCache.put(t.start(), cached);
        }
        return cached;
    }

    private int computeClauseStart(SentenceSplitter.Sentence s, EventClassifier.Trigger t, QuoteFinder.Quote q) {
        int start = s.start();
        Matcher m = CLAUSE_BOUNDARY.matcher(norm);
        m.region(s.start(), t.start());
        while (m.find()) {
            if (regionOfQuote(m.start()) != quoteAt(t.start())) {
                continue;
            }
            String w = m.group().trim().toLowerCase(Locale.ROOT);
            if ((w.equals("after") || w.equals("before") || w.equals("since") || w.equals("when"))
                    && personsIn(m.end(), t.start()).isEmpty() && !PRONOUN_SUBJECT.matcher(norm.substring(m.end(), t.start())).find()) {
                continue; // "after leaving": no new subject follows
            }
            start = m.end();
        }
        Matcher a = AND_BOUNDARY.matcher(norm);
        a.region(start, t.start());
        while (a.find()) {
            int after = a.end();
            boolean personNext = false;
            for (EntityMention p : persons) {
                if (p.start() == after) {
                    personNext = true;
                }
            }
            String next = norm.substring(after, Math.min(t.start(), after + 4));
            boolean pronounNext = Rx.matches(next, "(?i)^(?:he|she|I)\\b.*") || next.startsWith("I ");
            // "A, B and C left" is a list: only a new clause when a verb follows the person
            if ((personNext || pronounNext) && a.group().contains("and")) {
                boolean listOfPeople = false;
                for (EntityMention p : persons) {
                    if (p.end() <= a.start() && p.end() >= a.start() - 2) {
                        listOfPeople = true;
                    }
                }
                if (!listOfPeople || pronounNext) {
                    start = after;
                }
            }
        }
        if (q != null && q.start() + 1 > start) {
            start = q.start() + 1;
        }
        return start;
    }

    private QuoteFinder.Quote regionOfQuote(int offset) {
        return quoteAt(offset);
    }

    /** The person a he/she at {@code offset} most likely means: earlier in the sentence, else the focus. */
    private EntityMention antecedent(SentenceSplitter.Sentence s, int offset) {
        for (EntityMention p : personsIn(s.start(), offset)) {
            if (!inQuote(p.start()) && p != byline) {
                return p;
            }
        }
        return focusBefore.get(s.index());
    }

    /** Who a quotation is by: a person named outside it in the same sentences with a speech verb, or he/she said. */
    private final Map<QuoteFinder.Quote, java.util.Optional<EntityMention>> speakers = new HashMap<>();

    private EntityMention speaker(QuoteFinder.Quote q) {
        return speakers.computeIfAbsent(q, k -> java.util.Optional.ofNullable(findSpeaker(k))).orElse(null);
    }

    private EntityMention findSpeaker(QuoteFinder.Quote q) {
        SentenceSplitter.Sentence first = sentenceAt(q.start());
        SentenceSplitter.Sentence last = sentenceAt(Math.max(q.start(), q.end() - 1));
        if (first == null) {
            return null;
        }
        int from = first.start();
        int to = last == null ? first.end() : last.end();
        // the sentence after a quote that ends a sentence may carry the attribution ("... resigned." Sharma wrote.)
        SentenceSplitter.Sentence next = last != null && last.index() + 1 < sentences.size() ? sentences.get(last.index() + 1) : null;
        String outside = norm.substring(from, q.start()) + " " + norm.substring(q.end(), to);
        boolean speech = QuoteFinder.SPEECH.matcher(outside).find();
        EntityMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (EntityMention p : personsIn(from, to)) {
            if (inQuote(p.start()) || p == byline) {
                continue;
            }
            int dist = p.start() >= q.end() ? p.start() - q.end() : q.start() - p.end();
            if (dist < bestDist) {
                best = p;
                bestDist = dist;
            }
        }
        if (best != null && speech) {
            return best;
        }
        if (speech && THIRD_PERSON.matcher(outside).find()) {
            return antecedent(first, q.start());
        }
        if (next != null && norm.substring(q.end(), to).isBlank()) {
            String nt = norm.substring(next.start(), Math.min(next.end(), next.start() + 60));
            if (QuoteFinder.SPEECH.matcher(nt).find()) {
                for (EntityMention p : personsIn(next.start(), next.end())) {
                    return p;
                }
            }
        }
        if (best == null && byline != null && speech && FIRST_PERSON.matcher(outside).find()) {
            return byline;
        }
        return best != null && speech ? best : null;
    }

    /** Sets company, destination and origin; false when no company can be found for the event. */
    private boolean fillCompanies(Draft d, SentenceSplitter.Sentence s, EventClassifier.Trigger t, EntityMention person) {
        int sEnd = s.end();
        EventClassifier.Kind kind = t.rule().kind();
        List<EntityMention> inSentence = companiesIn(s.start(), sEnd);
        EntityMention after = companyAfter(t.end(), sEnd, d.type == EventType.DEPARTURE);
        CompanyRef unknownAfter = null;
        if (after == null && kind != EventClassifier.Kind.FOUNDING) {
            unknownAfter = orgAfter(t.end(), sEnd);
        }
        switch (d.type) {
            case DEPARTURE -> {
                CompanyRef c = after != null ? ref(after) : null;
                if (c == null && person.start() >= s.start()) {
                    // "X, who led Anthropic's team, resigned" / "Anthropic's X resigned" / "X, ... at Anthropic,"
                    for (EntityMention co : companiesIn(person.end(), t.start())) {
                        if (!isDestinationContext(co.start(), s.start())) {
                            c = ref(co);
                            break;
                        }
                    }
                    if (c == null) {
                        EntityMention pc = personCompany.get(person.id());
                        if (pc != null && pc.start() >= s.start()) {
                            c = ref(pc);
                        }
                    }
                }
                if (c == null && unknownAfter != null && !DEST_MARKER.matcher(norm.substring(t.end(),
                        Math.min(sEnd, t.end() + 3))).find()) {
                    c = unknownAfter;
                }
                if (c == null) {
                    for (EntityMention co : inSentence) {
                        if (!isDestinationContext(co.start(), s.start()) && !isOriginContext(co.start(), s.start())
                                && co.start() < t.start()) {
                            c = ref(co);
                            break;
                        }
                    }
                }
                if (c == null) {
                    c = fallbackCompany(person, d);
                }
                if (c == null) {
                    return false;
                }
                d.company = c;
                int destLimit = sEnd;
                for (EntityMention p : personsIn(t.end(), sEnd)) {
                    if (p != person) {
                        destLimit = p.start();
                        break;
                    }
                }
                d.destination = destination(t.end(), destLimit, c);
            }
            case HIRE, RETURN -> {
                CompanyRef c = null;
                if (kind == EventClassifier.Kind.FOUNDING) {
                    c = foundedCompany(t.end(), sEnd);
                    if (c == null) {
                        return false;
                    }
                } else if (t.rule().voice() == EventClassifier.Voice.OBJECT && !PASSIVE_BEFORE.matcher(
                        norm.substring(Math.max(s.start(), t.start() - 30), t.start())).find()) {
                    // "Meta hired X", "OpenAI named X its CTO", "X was named CTO at Y" handled below
                    EntityMention actor = null;
                    int clause = clauseStart(s, t, quoteAt(t.start()));
                    for (EntityMention co : companiesIn(clause, t.start())) {
                        String lead = norm.substring(Math.max(s.start(), co.start() - 6), co.start()).toLowerCase(Locale.ROOT);
                        if (!isOriginContext(co.start(), s.start()) && !Rx.matches(lead, "(?s).*\\b(?:in|of|at|for|with|to)[ ]+$")) {
                            actor = co;
                            break;
                        }
                    }
                    c = actor != null ? ref(actor) : null;
                    if (c == null) {
                        EntityMention at = companyAfterMarker(t.end(), sEnd, MARKER_0);
                        c = ref(at);
                    }
                } else {
                    if (after != null && !isOriginContext(after.start(), s.start())) {
                        c = ref(after);
                    } else {
                        EntityMention at = companyAfterMarker(t.end(), sEnd, MARKER_1);
                        c = at != null ? ref(at) : unknownAfter;
                    }
                    if (c == null && PASSIVE_BEFORE.matcher(norm.substring(Math.max(s.start(), t.start() - 30), t.start())).find()) {
                        for (EntityMention co : inSentence) {
                            if (co.start() < t.start() && !isOriginContext(co.start(), s.start())) {
                                c = ref(co);
                            }
                        }
                    }
                }
                if (c == null && d.type == EventType.HIRE && t.rule().voice() == EventClassifier.Voice.OBJECT) {
                    c = fallbackCompany(person, d);
                }
                if (c == null) {
                    return false;
                }
                d.company = c;
                // origin: "from OpenAI", "former OpenAI researcher", "previously at" (in this person's clause)
                int originFrom = clauseStart(s, t, quoteAt(t.start()));
                int originTo = sEnd;
                for (EntityMention p : personsIn(t.end(), sEnd)) {
                    if (!p.id().equals(person.id())) {
                        originTo = p.start();
                        break;
                    }
                }
                for (EntityMention co : companiesIn(originFrom, originTo)) {
                    if (isOriginContext(co.start(), s.start()) && !sameCompany(ref(co), c)) {
                        d.origin = ref(co);
                        String before = norm.substring(Math.max(s.start(), co.start() - 12), co.start()).toLowerCase(Locale.ROOT);
                        d.originExplicit = before.contains("from");
                        break;
                    }
                }
                if (d.origin == null && kind == EventClassifier.Kind.MOVE) {
                    EntityMention pc = personCompany.get(person.id());
                    if (pc != null && !sameCompany(ref(pc), c)) {
                        d.origin = ref(pc);
                        d.originExplicit = true;
                    }
                }
                if (d.origin == null && person.start() >= s.start()) {
                    String before = norm.substring(Math.max(s.start(), person.start() - 40), person.start());
                    for (EntityMention co : companiesIn(Math.max(s.start(), person.start() - 40), person.start())) {
                        String lead = norm.substring(Math.max(s.start(), co.start() - 10), co.start()).toLowerCase(Locale.ROOT);
                        if ((lead.contains("former") || lead.contains("ex-")) && !sameCompany(ref(co), c)) {
                            d.origin = ref(co);
                        }
                    }
                    if (before.isEmpty()) {
                        d.origin = d.origin;
                    }
                }
            }
            case ROLE_CHANGE -> {
                CompanyRef c = null;
                if (person.start() >= s.start()) {
                    EntityMention pc = personCompany.get(person.id());
                    if (pc != null && pc.start() >= s.start() && pc.end() <= sEnd) {
                        c = ref(pc);
                    }
                }
                if (c == null && after != null) {
                    c = ref(after);
                }
                if (c == null) {
                    EntityMention at = companyAfterMarker(t.end(), sEnd, MARKER_2);
                    c = ref(at);
                }
                if (c == null) {
                    for (EntityMention co : inSentence) {
                        if (!isDestinationContext(co.start(), s.start()) && !isOriginContext(co.start(), s.start())) {
                            c = ref(co);
                            break;
                        }
                    }
                }
                if (c == null) {
                    c = fallbackCompany(person, d);
                }
                if (c == null) {
                    return false;
                }
                d.company = c;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private CompanyRef fallbackCompany(EntityMention person, Draft d) {
        EntityMention pc = personCompany.get(person.id());
        if (pc != null) {
            d.companyFallback = true;
            return ref(pc);
        }
        for (int i = d.sentence - 1; i >= Math.max(0, d.sentence - 3); i--) {
            SentenceSplitter.Sentence p = sentences.get(i);
            if (skipped.contains(i)) {
                continue;
            }
            for (EntityMention c : companiesIn(p.start(), p.end())) {
                if (!isDestinationContext(c.start(), p.start()) && !isOriginContext(c.start(), p.start())) {
                    d.companyFallback = true;
                    return ref(c);
                }
            }
        }
        if (mainCompany != null) {
            d.companyFallback = true;
            return ref(mainCompany);
        }
        return null;
    }

    private static boolean sameCompany(CompanyRef a, CompanyRef b) {
        return a != null && b != null && companyKey(a).equals(companyKey(b));
    }

    /** A company mention right after the trigger ("left OpenAI", "resigned from Anthropic", "joins xAI as"). */
    private EntityMention companyAfter(int from, int limit, boolean departure) {
        for (EntityMention c : companyMentions) {
            if (c.start() < from || c.start() >= limit) {
                continue;
            }
            String between = norm.substring(from, c.start());
            if (between.length() > 60 || Rx.matches(between, "(?s).*[.;,:].*")) {
                return null;
            }
            if (departure && DEST_MARKER.matcher(between).find()) {
                return null;
            }
            if (!departure && ORIGIN_MARKER.matcher(between).find()) {
                continue;
            }
            if (!FILLER_AFTER_TRIGGER.matcher(between).matches()) {
                return null;
            }
            if (isPersonAt(from, c.start())) {
                // "hired Jane Doe from OpenAI": the company after a person is not the actor's
                if (!departure) {
                    return null;
                }
            }
            return c;
        }
        return null;
    }

    private EntityMention companyAfterMarker(int from, int limit, Pattern p) {
        for (EntityMention c : companyMentions) {
            if (c.start() < from || c.start() >= limit || c.start() - from > 120) {
                continue;
            }
            String before = norm.substring(Math.max(from, c.start() - 20), c.start());
            if (p.matcher(before).find()) {
                return c;
            }
        }
        return null;
    }

    /** An unknown organisation-like name right after a trigger ("joined Periodic Labs"). */
    private CompanyRef orgAfter(int from, int limit) {
        String between = norm.substring(from, Math.min(limit, from + 12));
        Matcher m = P_5.matcher(between);
        int at = m.find() ? from + m.end() : from;
        NameFinder.Found f = NameFinder.orgAt(norm, at, limit);
        if (f == null || isPersonAt(f.start(), f.end())) {
            return null;
        }
        return new CompanyRef(f.name(), null);
    }

    private boolean isDestinationContext(int companyStart, int sentenceStart) {
        String before = norm.substring(Math.max(sentenceStart, companyStart - 45), companyStart);
        return DEST_MARKER.matcher(before).find();
    }

    private boolean isOriginContext(int companyStart, int sentenceStart) {
        String before = norm.substring(Math.max(sentenceStart, companyStart - 40), companyStart);
        return ORIGIN_MARKER.matcher(before).find();
    }

    /** Where a leaver went: a company after a destination marker ("to join X", "for X", "moving to X"). */
    private CompanyRef destination(int from, int limit, CompanyRef company) {
        for (EntityMention c : companyMentions) {
            if (c.start() < from || c.start() >= limit) {
                continue;
            }
            if (isDestinationContext(c.start(), from) && !sameCompany(ref(c), company)) {
                return ref(c);
            }
        }
        Matcher m = P_6
                .matcher(norm);
        m.region(from, limit);
        while (m.find()) {
            NameFinder.Found f = NameFinder.orgAt(norm, m.end(), limit);
            if (f != null && !isPersonAt(f.start(), f.end()) && looksLikeOrg(f.name())) {
                return new CompanyRef(f.name(), null);
            }
        }
        return null;
    }

    private static boolean looksLikeOrg(String name) {
        String[] toks = name.split(" ");
        if (toks.length == 1) {
            // a single capitalised word is an organisation only when it is not a common word
            return !Lexicon.notName(toks[0]) && (Rx.matches(toks[0], ".*\\p{Lu}.*\\p{Lu}.*") || toks[0].length() > 3);
        }
        return true;
    }

    private CompanyRef foundedCompany(int from, int limit) {
        String tail = norm.substring(from, limit);
        Matcher m = FOUNDED_NAME_LEAD.matcher(tail);
        int at = from + (m.find() ? m.end() : 0);
        for (EntityMention c : companyMentions) {
            if (c.start() >= from && c.start() <= at + 2) {
                return ref(c);
            }
        }
        NameFinder.Found f = NameFinder.orgAt(norm, at, limit);
        if (f != null && !isPersonAt(f.start(), f.end())) {
            return new CompanyRef(f.name(), null);
        }
        // "co-founded a startup, Periodic Labs," / "launched a new company called X"
        Matcher c = P_7.matcher(norm);
        c.region(from, Math.min(limit, from + 60));
        if (c.find()) {
            for (EntityMention co : companyMentions) {
                if (co.start() == c.end()) {
                    return ref(co);
                }
            }
            NameFinder.Found g = NameFinder.orgAt(norm, c.end(), limit);
            if (g != null && !isPersonAt(g.start(), g.end())) {
                return new CompanyRef(g.name(), null);
            }
        }
        return null;
    }

    /** "Named"/"appointed" of someone already there is a role change ("CTO Mira Murati was named interim CEO"). */
    private boolean isNamedRoleChange(SentenceSplitter.Sentence s, EventClassifier.Trigger t, EntityMention person, Draft d) {
        String w = norm.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
        if (!(w.startsWith("name") || w.startsWith("appoint") || w.startsWith("tapp") || w.equals("taps"))) {
            return false;
        }
        String st = norm.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
        if (Rx.matches(st, "(?s).*\\b(interim|acting|promot\\w*|succeed\\w*|internal|elevat\\w*|replac\\w*|new role)\\b.*")
                && !st.contains(" from ") && !st.contains("former")) {
            return true;
        }
        if (person.start() >= s.start()) {
            String before = norm.substring(Math.max(s.start(), person.start() - 40), person.start());
            if (RoleParser.hasHeadWord(before) && !Rx.matches(before.toLowerCase(Locale.ROOT), "(?s).*\\b(former|ex-|from)\\b.*")) {
                EntityMention pc = personCompany.get(person.id());
                return pc == null || sameCompany(ref(pc), d.company);
            }
        }
        return false;
    }

    /** A title tied to another company than the one hiring ("DeepMind co-founder X", "X, CEO of Inflection AI"). */
    private boolean isOldRole(RoleParser.Role role, CompanyRef hiring, SentenceSplitter.Sentence s) {
        if (role.start() < 0 || hiring == null) {
            return false;
        }
        String before = norm.substring(Math.max(s.start(), role.start() - 12), role.start()).toLowerCase(Locale.ROOT);
        if (before.matches("(?s).*\\b(?:former|ex-|then-|previously)[ ]*$")) {
            return true;
        }
        for (EntityMention c : companiesIn(Math.max(s.start(), role.start() - 40), role.start())) {
            String gap = norm.substring(c.end(), role.start());
            if (OLD_ROLE_BEFORE.matcher(gap).matches() && !sameCompany(ref(c), hiring)) {
                return true;
            }
        }
        int limit = Math.min(s.end(), role.end() + 40);
        for (EntityMention c : companiesIn(role.end(), limit)) {
            String gap = norm.substring(role.end(), c.start());
            if (OLD_ROLE_AFTER.matcher(gap).matches()) {
                return !sameCompany(ref(c), hiring);
            }
            break;
        }
        return false;
    }

    private static final Pattern OLD_ROLE_BEFORE = Pattern.compile("(?:'s|')?[ ]+");
    private static final Pattern OLD_ROLE_AFTER = Pattern.compile(
            "(?i)[ ]*(?:,[ ]*)?(?:of|at|with)[ ]+(?:the[ ]+)?(?:(?:startup|company|firm|lab|rival)[ ]+)?"
                    + "(?:(?:\\p{Lu}[\\p{L}-]*[ ]+){0,2}\\p{Lu}[\\p{L}-]*'s[ ]+)?");

    /** "X will be executive vice president", in this sentence or the next two about the same person. */
    private RoleParser.Role futureRole(SentenceSplitter.Sentence s, EntityMention person) {
        for (int i = s.index(); i < Math.min(sentences.size(), s.index() + 3); i++) {
            SentenceSplitter.Sentence n = sentences.get(i);
            if (skipped.contains(i)) {
                continue;
            }
            for (EntityMention p : personsIn(n.start(), n.end())) {
                if (p.id().equals(person.id()) && !inQuote(p.start())) {
                    RoleParser.Role r = RoleFinder.futureRole(norm, p.end(), n.end(), companyMentions);
                    if (r != null) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    private final Map<Integer, List<EventClassifier.Trigger>> triggerCache = new HashMap<>();
    private final Map<Integer, List<DateResolver.DateHit>> dateCache = new HashMap<>();
    private final Map<Integer, Integer> clauseCache = new HashMap<>();
    private final Map<EntityMention, java.util.Optional<RoleParser.Role>> roleCache = new HashMap<>();

    /** The date expressions of a sentence, resolved once per article. */
    List<DateResolver.DateHit> datesOf(SentenceSplitter.Sentence s) {
        List<DateResolver.DateHit> d = dateCache.get(s.index());
        if (d == null) {
            d = DateResolver.find(norm, s.start(), s.end(), published);
            dateCache.put(s.index(), d);
        }
        return d;
    }

    private List<EventClassifier.Trigger> triggersOf(SentenceSplitter.Sentence s) {
        return triggerCache.computeIfAbsent(s.index(), i -> EventClassifier.find(norm, s.start(), s.end()));
    }

    private DateResolver.DateHit pickDate(SentenceSplitter.Sentence s, EventClassifier.Trigger t, List<int[]> relatives,
                                          List<EventClassifier.Trigger> all) {
        List<DateResolver.DateHit> hits = datesOf(s);
        DateResolver.DateHit best = null;
        int bestCost = Integer.MAX_VALUE;
        int[] trigRel = regionOf(relatives, t.start());
        QuoteFinder.Quote tq = quoteAt(t.start());
        for (DateResolver.DateHit h : hits) {
            int[] r = regionOf(relatives, h.start());
            if (r != null && r != trigRel) {
                continue;
            }
            QuoteFinder.Quote hq = quoteAt(h.start());
            if (hq != null && (hq != tq || !h.explicit())) {
                continue;
            }
            // a date belongs to the nearest event word before it ("departed on June 29 and is expected to join")
            EventClassifier.Trigger owner = null;
            for (EventClassifier.Trigger o : all) {
                if (o.end() <= h.start() && !isSecondaryWord(o)) {
                    owner = o;
                }
            }
            if (owner == null) {
                for (EventClassifier.Trigger o : all) {
                    if (o.start() >= h.end() && !isSecondaryWord(o)) {
                        owner = o;
                        break;
                    }
                }
            }
            if (owner != null && owner.start() != t.start() && owner.type() != t.type()) {
                continue;
            }
            int cost = h.start() >= t.end() ? h.start() - t.end() : (t.start() - h.end()) * 2 + 10;
            if (h.date().precision() == org.personneltracker.common.DatePrecision.YEAR) {
                cost += 40;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = h;
            }
        }
        return best;
    }

    private boolean isSecondaryWord(EventClassifier.Trigger t) {
        String w = norm.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
        return w.startsWith("to ") || w.endsWith("ing");
    }

    private static int distance(DateResolver.DateHit h, EventClassifier.Trigger t) {
        return h.start() >= t.end() ? h.start() - t.end() : Math.max(0, t.start() - h.end());
    }

    // ---------------------------------------------------------------- merging and finishing

    private List<Draft> merge(List<Draft> drafts) {
        Map<String, Draft> byKey = new LinkedHashMap<>();
        for (Draft d : drafts) {
            Draft m = byKey.get(d.key());
            if (m == null) {
                byKey.put(d.key(), d);
                continue;
            }
            m.supports += d.supports;
            m.secondary = m.secondary && d.secondary;
            m.viaPronoun = m.viaPronoun && d.viaPronoun;
            m.companyFallback = m.companyFallback && d.companyFallback;
            m.strength = Math.max(m.strength, d.strength);
            if (m.role != null && d.role != null && RoleParser.founderOnly(m.role.title())
                    && !RoleParser.founderOnly(d.role.title())) {
                m.role = d.role; // "co-founder" in a headline, "co-founder and chief scientist" in the body
            } else if (m.role == null || (m.role.title() != null && d.role != null && d.role.team() != null && m.role.team() == null)) {
                if (d.role != null) {
                    m.role = d.role;
                }
            }
            if (m.date == null) {
                m.date = d.date;
            }
            if (m.destination == null) {
                m.destination = d.destination;
            }
            if (m.origin == null) {
                m.origin = d.origin;
                m.originExplicit = d.originExplicit;
            }
            if (m.circumstance == null) {
                m.circumstance = d.circumstance;
            }
            m.founder = m.founder || d.founder;
            m.firstPerson = m.firstPerson || d.firstPerson;
            m.evidence.addAll(d.evidence);
        }
        return new ArrayList<>(byKey.values());
    }

    private void crossLink(List<Draft> drafts) {
        List<Draft> extra = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.type != EventType.DEPARTURE) {
                continue;
            }
            for (Draft h : drafts) {
                if ((h.type == EventType.HIRE || h.type == EventType.RETURN) && h.person.id().equals(d.person.id())
                        && !sameCompany(h.company, d.company)) {
                    if (d.destination == null) {
                        d.destination = h.company;
                    }
                    if (h.origin == null && sameCompany(d.destination, h.company)) {
                        h.origin = d.company;
                    }
                    if (h.date == null && h.secondary && sameCompany(d.destination, h.company)) {
                        h.date = d.date;
                    }
                }
            }
            if (d.destination != null && (d.destination.known() || d.destination.name().split(" ").length >= 1)) {
                boolean exists = false;
                for (Draft h : drafts) {
                    if (h.person.id().equals(d.person.id()) && sameCompany(h.company, d.destination)
                            && h.type != EventType.DEPARTURE) {
                        exists = true;
                    }
                }
                if (!exists) {
                    Draft h = counterpart(d, EventType.HIRE, d.destination);
                    h.origin = d.company;
                    extra.add(h);
                }
            }
        }
        for (Draft h : drafts) {
            if (h.type != EventType.HIRE || h.origin == null || !h.originExplicit) {
                continue;
            }
            boolean exists = false;
            for (Draft d : drafts) {
                if (d.type == EventType.DEPARTURE && d.person.id().equals(h.person.id()) && sameCompany(d.company, h.origin)) {
                    exists = true;
                }
            }
            for (Draft d : extra) {
                if (d.type == EventType.DEPARTURE && d.person.id().equals(h.person.id()) && sameCompany(d.company, h.origin)) {
                    exists = true;
                }
            }
            if (!exists) {
                Draft d = counterpart(h, EventType.DEPARTURE, h.origin);
                d.destination = h.company;
                extra.add(d);
            }
        }
        drafts.addAll(extra);
    }

    /** The other side of a reported move (the hire a departure implies, or the reverse), ranked below it. */
    private static Draft counterpart(Draft from, EventType type, CompanyRef company) {
        Draft c = new Draft();
        c.person = from.person;
        c.viaPronoun = from.viaPronoun;
        c.type = type;
        c.company = company;
        c.strength = from.strength;
        c.secondary = true;
        c.sentence = from.sentence;
        c.triggerStart = from.triggerStart;
        c.triggerEnd = from.triggerEnd;
        c.date = from.date;
        c.evidence.addAll(from.evidence);
        return c;
    }

    private Candidate finish(Draft d) {
        if (d.company == null || d.person == null) {
            return null;
        }
        if (d.company.name().equalsIgnoreCase(d.person.name())) {
            return null;
        }
        RoleParser.Role role = d.role;
        if (role == null) {
            role = roleElsewhere(d);
        }
        if (role == null && d.founder) {
            role = RoleParser.classify("co-founder", null);
        }
        List<Span> evidence = new ArrayList<>(d.evidence);
        evidence.add(0, new Span(d.person.start(), d.person.end(), "PERSON"));
        if (role != null && role.start() >= 0) {
            Span rs = new Span(role.start(), role.end(), "ROLE");
            evidence.add(rs);
            spans.add(rs);
        }
        // date
        PartialDate date = null;
        boolean approx = false;
        if (d.date != null) {
            date = d.date.date();
            approx = d.date.approximate();
        } else if (published != null) {
            date = PartialDate.ofDay(published);
            approx = true;
        }
        // reason
        QuoteFinder.Reason reason = d.reason != null ? d.reason : findReason(d);
        if (reason != null) {
            Span rs = new Span(reason.start(), reason.end(), "REASON");
            evidence.add(rs);
            spans.add(rs);
        }
        // quote
        String quote = null;
        QuoteFinder.Quote q = quoteFor(d);
        if (q != null) {
            quote = TextNormalizer.tidy(text.substring(q.start() + 1, q.end() - 1));
            Span qs = new Span(q.start(), q.end(), "QUOTE");
            evidence.add(qs);
            spans.add(qs);
        } else if (d.firstPerson) {
            SentenceSplitter.Sentence s = sentences.get(d.sentence);
            quote = TextNormalizer.tidy(text.substring(s.start(), s.end()));
            evidence.add(new Span(s.start(), s.end(), "QUOTE"));
        }
        if (d.destination != null) {
            for (EntityMention c : companyMentions) {
                if (sameCompany(ref(c), d.destination) && c.start() >= sentences.get(d.sentence).start()
                        && c.end() <= sentences.get(d.sentence).end()) {
                    Span ds = new Span(c.start(), c.end(), "DESTINATION");
                    evidence.add(ds);
                    spans.add(ds);
                    break;
                }
            }
        }
        for (Span e : d.evidence) {
            if (e.label().equals("EVENT") || e.label().equals("DATE")) {
                spans.add(e);
            }
        }
        double score = score(d, role);
        RoleCategory category = role == null ? null : role.category();
        Seniority seniority = role == null ? Seniority.UNKNOWN : role.seniority();
        if (role != null && RoleParser.founderOnly(role.title())) {
            // "a co-founder of xAI who led engineering": the title is co-founder, the function is engineering
            RoleParser.Role led = ledFunction(d.person);
            if (led != null) {
                category = led.category();
                seniority = led.seniority();
            }
        }
        boolean founder = d.founder || (role != null && role.founder() && d.type == EventType.HIRE && d.founder);
        Circumstance circumstance = d.type == EventType.DEPARTURE ? d.circumstance : null;
        CompanyRef destination = d.type == EventType.DEPARTURE ? d.destination : null;
        CompanyRef origin = d.type == EventType.HIRE || d.type == EventType.RETURN ? d.origin : null;
        return new Candidate(new PersonRef(d.person.name(), d.person.slug()), d.company, d.type,
                role == null ? null : role.title(), role == null ? null : role.team(), category, seniority, founder,
                date, approx, destination, origin, circumstance, reason == null ? null : reason.text(), quote, score,
                dedupe(evidence));
    }

    private static List<Span> dedupe(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Span s : spans) {
            if (seen.add(s.start() + ":" + s.end() + ":" + s.label())) {
                out.add(s);
            }
        }
        return out;
    }

    private double score(Draft d, RoleParser.Role role) {
        double score = d.strength * 0.6;
        if (d.person.slug() != null) {
            score += 0.1;
        }
        if (d.company.known()) {
            score += 0.08;
        }
        if (d.date != null) {
            score += 0.06;
        }
        if (role != null) {
            score += 0.05;
        }
        if (d.viaPronoun) {
            score -= 0.1;
        }
        if (d.companyFallback) {
            score -= 0.12;
        }
        if (d.secondary) {
            score -= 0.2;
        }
        if (d.inRelative) {
            score -= 0.1;
        }
        score += Math.min(0.15, 0.05 * (d.supports - 1));
        if (d.sentence < 3) {
            score += 0.05;
        }
        return Math.max(0.05, Math.min(0.99, Math.round(score * 1000) / 1000.0));
    }

    private RoleParser.Role ledFunction(EntityMention person) {
        for (EntityMention p : persons) {
            if (!p.id().equals(person.id())) {
                continue;
            }
            SentenceSplitter.Sentence s = sentenceAt(p.start());
            if (s == null || skipped.contains(s.index())) {
                continue;
            }
            RoleParser.Role r = RoleFinder.ledFunction(norm, p.end(), s.end());
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** A role for the person from any sentence that names them with one. */
    private RoleParser.Role roleElsewhere(Draft d) {
        for (EntityMention p : persons) {
            if (!p.id().equals(d.person.id())) {
                continue;
            }
            SentenceSplitter.Sentence s = sentenceAt(p.start());
            if (s == null || (skipped.contains(s.index()) && p != byline)) {
                continue;
            }
            RoleParser.Role r = roleCache.computeIfAbsent(p, k -> java.util.Optional.ofNullable(
                    RoleFinder.find(norm, s.start(), s.end(), k, companyMentions, -1, -1, false))).orElse(null);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private QuoteFinder.Reason findReason(Draft d) {
        SentenceSplitter.Sentence s = sentences.get(d.sentence);
        QuoteFinder.Reason r = QuoteFinder.reason(norm, d.triggerStart, s.end());
        if (r != null) {
            return r;
        }
        for (int i = d.sentence + 1; i < Math.min(sentences.size(), d.sentence + 4); i++) {
            SentenceSplitter.Sentence n = sentences.get(i);
            if (skipped.contains(i)) {
                continue;
            }
            List<EntityMention> ps = personsIn(n.start(), n.end());
            boolean about = false;
            boolean other = false;
            for (EntityMention p : ps) {
                if (p.id().equals(d.person.id())) {
                    about = true;
                } else if (!inQuote(p.start())) {
                    other = true;
                }
            }
            if (!about && ps.isEmpty() && THIRD_PERSON.matcher(norm.substring(n.start(), n.end())).find()) {
                about = true;
            }
            if (about && !other) {
                r = QuoteFinder.reason(norm, n.start(), n.end());
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private QuoteFinder.Quote quoteFor(Draft d) {
        QuoteFinder.Quote inTrigger = quoteAt(d.triggerStart);
        if (inTrigger != null) {
            return inTrigger;
        }
        QuoteFinder.Quote best = null;
        int bestDist = Integer.MAX_VALUE;
        for (QuoteFinder.Quote q : quotes) {
            SentenceSplitter.Sentence qs = sentenceAt(q.start());
            if (qs != null && skipped.contains(qs.index())) {
                continue;
            }
            EntityMention sp = speaker(q);
            if (sp == null || !sp.id().equals(d.person.id())) {
                continue;
            }
            int dist = Math.abs(q.start() - d.triggerStart);
            if (dist < bestDist) {
                best = q;
                bestDist = dist;
            }
        }
        return best;
    }
}
