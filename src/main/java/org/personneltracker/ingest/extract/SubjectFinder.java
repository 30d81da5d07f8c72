package org.personneltracker.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 2, subjects and clauses: for an event word, the clause it stands in and who it is about: the subject
 * before it, the object after it when a company is the actor ("OpenAI fired X"), the owner of a noun ("Sharma's
 * resignation", "the departure of X"), coordinated people ("X and Y left"), he/she and I by the story's focus, the
 * speaker of a quotation or the byline.
 */
final class SubjectFinder {

    /** Who did it, and how they were found. */
    static final class Subjects {
        final List<EntityMention> people = new ArrayList<>();
        boolean pronoun;
        boolean firstPerson;
    }

    static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|I'd|I'll|my|My|me)\\b");
    static final Pattern THIRD_PERSON = Pattern.compile("\\b([Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\\b");
    static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\b([Hh]e|[Ss]he)\\b");
    /** "said he", "wrote that she", "told staff on Friday that he": the speech verb before a pronoun. */
    private static final Pattern SPEECH_RIGHT_BEFORE = Pattern.compile(
            "(?i)\\b(?:said|says|told[ ]+[\\p{L} ]{0,20}?|wrote|writes|announced|confirmed|added)(?:[ ]+(?:on|late|early)[ ]+[\\p{L} ]{0,15}?)?"
                    + "(?:[ ]+that)?[ ]+$");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
            "(?i)(?=[;:,\\p{L}])(?:;|:[ ]|\\bbut\\b|,[ ]*while\\b|\\bwhile\\b|\\bwhereas\\b|\\b(?:said|says|told|wrote|writes|posted|"
                    + "announced|confirmed|reported|added|noted|explained|tweeted)(?:[ ]+(?:on|in)[ ]+[\\p{L}]+)?(?:[ ]+that)?[ ]"
                    + "|\\baccording to\\b|\\bafter\\b|\\bbefore\\b|\\bsince\\b|\\bwhen\\b|\\bas\\b(?=[ ]+(?:[\\p{Lu}]|he|she))"
                    + "|\\b(?:until|unless|because|although|though|whether|once|whereas)\\b"
                    + "|\\b(?:said|says|told|wrote|writes|posted|announced|confirmed|added|noted|explained|informed|emailed|"
                    + "memo|statement|post|letter|thread|denied|denies|reported)\\b[^.;\"]{0,70}?\\bthat[ ])");
    /** A trigger used as a noun: "the departure", "the latest exits", "a new hire". */
    private static final Pattern NOUN_DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|this|that|these|those|two|three|"
            + "several|more|another|its|any|no|such)[ ]+(?:(?:sudden|recent|latest|abrupt|surprise|planned|unexpected|"
            + "high-profile|senior|expected|reported|rumou?red|own|formal|official|new|first|second|third|other|more|"
            + "latest|recent|two|three|four|five|six|several|many|executive|staff|leadership|talent)[ ]+){0,3}$");
    /** Possessive pronoun before a noun trigger: "her resignation", "his exit". */
    private static final Pattern POSSESSIVE_PRONOUN_BEFORE = Pattern.compile("(?i)\\b(?:his|her|their)[ ]+(?:(?:sudden|recent|"
            + "abrupt|surprise|planned|unexpected|own|formal|official|latest)[ ]+)?$");
    /** Words that can be nouns of an event ("the exit", "a hire"). */
    private static final Pattern NOUN_CAPABLE = Pattern.compile("(?i)^(?:departures?|exits?|resignations?|returns?|moves?|"
            + "hires?|appointments?|ousters?|dismissals?|retirements?|deaths?|layoffs?|exodus|leave|step[ ]+down|"
            + "last[ ]+day|final[ ]+day|promotions?|sabbatical|rehiring|hiring|rejoining|poaching)$");
    /** Denials, rumours and hypotheticals before an event word: no event is reported. */
    private static final Pattern DENIAL_IN_SENTENCE = Pattern.compile("(?i)\\b(?:denied|denies|deny|denying|rumou?r(?:s|ed)?|"
            + "speculation|speculated|false|untrue)\\b");
    private static final Pattern TEMPORAL_CLAUSE = Pattern.compile("(?i)\\b(?:since|after|following|when|because)\\b");
    private static final Pattern NEGATION_BEFORE = Pattern.compile("(?i)(?:\\b(?:not|never|whether|considered|considering|"
            + "contemplat\\w+|mulling|weighing|thinking[ ]+about|no[ ]+plans[ ]+to)\\b|n't\\b)[^.;,]{0,30}$");
    /** "A senior safety researcher at Kestrel said Monday that she quit": the person is named in the next sentence. */
    private static final Pattern DESCRIPTIVE_LEAD = Pattern.compile("(?i)^(?:[\\p{Lu}][\\p{L}. ]{0,30}\\([^)]*\\)[ ]*-+[ ]*|"
            + "[\\p{Lu}][\\p{L}. ,]{0,30}-+[ ]+)?(?:a|an|the|one[ ]+of)[ ]+[^.;\"]{0,120}$");
    private static final Pattern CLAUSE_HAS_SUBJECT = Pattern.compile(
            "(?i)\\b(?:a|an|the|its|his|her|their|this|that|it|they|we|you|someone|nobody|no[ ]+one)\\b");
    private static final Pattern AND_BOUNDARY = Pattern.compile(",?[ ]+and[ ]+|,[ ]+");
    /** "and co-founder Mei Ling Tan", "and its head of safety, Luca Moretti": role words before a name. */
    private static final Pattern ROLE_WORDS_ONLY = Pattern.compile(
            "(?:(?:its|the|their|[\\p{L}]+'s|[\\p{Ll}-]+|CEO|CTO|CFO|COO|VP)[ ,]+){1,6}");
    private static final Pattern RELATIVE = Pattern.compile(",[ ]*(?:who|whose|which)\\b[^,]*(?:,|$)");
    static final Pattern PASSIVE_BEFORE = Pattern.compile(
            "(?i)\\b(?:was|were|been|being|is|are|got|get|gets|be)[ ]+(?:(?:\\w+ly|reportedly|also|not|just|now|since)[ ]+)?$");
    /** "would hire", "has hired", "plans to appoint": an active verb whose subject is the one who hires or fires. */
    private static final Pattern ACTIVE_AUXILIARY_BEFORE = Pattern.compile(
            "(?i)\\b(?:will|would|could|might|may|can|should|must|has|have|had|to|did|does|do)[ ]+(?:(?:\\w+ly|also|not|just|now|since|"
            + "already|quickly)[ ]+)?$");
    /** "four engineers", "three more researchers", "a trio of", "several staff": a counted object named later. */
    private static final Pattern QUANTIFIED_OBJECT = Pattern.compile("(?i)^[ ]+(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
            + "a[ ]+dozen|\\d+|several|a[ ]+handful[ ]+of|a[ ]+(?:trio|pair|group|team)[ ]+of)(?:[ ]+more)?(?:[ ]+(?:senior|top|former|"
            + "[\\p{Lu}][\\p{L}]+))*[ ]+[\\p{Ll}-]+s|(?:two|three|four|five|six|seven|eight|\\d+)(?=[ ]+from\\b))");
    /** An object right after the event word: "hired me", "fired him". */
    private static final Pattern OBJECT_RIGHT_AFTER = Pattern.compile("^[ ]+(?:me|him|her|them|us)\\b");
    private static final Pattern NOUN_TRIGGER = Pattern.compile("(?i)^(resignation|departure|departures|exit|ouster|dismissal|"
            + "appointment|retirement|death|last day|final day|exodus|layoffs?)$");
    private static final Pattern PARTICIPLE_LEAD = Pattern.compile("(?i)\\b(?:after|before|upon|on|since|while|by|then|and|"
            + "to|following|ahead of|amid|days after|weeks after|shortly after|shortly before|just days after)[ ]+$");
    /** "Sharma's resignation", "her sudden departure". */
    private static final Pattern POSSESSIVE_BEFORE_NOUN = Pattern.compile("(?:'s|')[ ]+(?:(?:sudden|recent|abrupt|surprise|planned|"
            + "unexpected|own|formal|official)[ ]+)?$");
    /** "the departure of the company's former research chief X". */
    private static final Pattern OF_AFTER_NOUN = Pattern.compile(
            "^(?:[ ]+(?:in|last|earlier[ ]+this)[ ]+[\\p{L}]+)?[ ]+of[ ]+(?:(?:the|its|[\\p{L}]+'s|former|longtime|veteran|[\\p{Ll}-]+|"
            + "(?:Dr|Mr|Ms|Mrs|Prof)\\.?)[ ]+){0,6}");
    /** Where the object of "hired"/"fired" ends: another clause starts. */
    private static final Pattern OBJECT_END = Pattern.compile("[.;]|\\b(?:who|which|said|after|to join)\\b");
    private static final Pattern OBJECT_PRONOUN = Pattern.compile("^[ ]+(him|her)\\b");
    private static final Pattern PRONOUN_NEXT = Pattern.compile("(?i)^(?:he|she|I)\\b");
    /** "are leaving", "is joining": a finite verb in the progressive, not a participle. */
    private static final Pattern PROGRESSIVE_AUXILIARY = Pattern.compile("(?i)\\b(?:is|are|was|were|am|be|been)[ ]+(?:(?:also|now|"
            + "still|reportedly|officially)[ ]+)?$");
    /** "co-founded X with A and B". */
    private static final Pattern WITH = Pattern.compile("\\bwith\\b");
    private final ArticleState a;
    private final Coordination coordination;

    SubjectFinder(ArticleState a) {
        this.a = a;
        this.coordination = new Coordination(a);
    }

    // ------------------------------------------------------------------------------------------ clauses

    /** Relative clauses of a sentence (", who led the team,"). */
    List<int[]> relativeRegions(SentenceSplitter.Sentence s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = RELATIVE.matcher(a.norm);
        m.region(s.start(), s.end());
        while (m.find()) {
            out.add(new int[]{m.start(), m.end()});
        }
        return out;
    }

    static int[] regionOf(List<int[]> regions, int offset) {
        for (int[] r : regions) {
            if (offset >= r[0] && offset < r[1]) {
                return r;
            }
        }
        return null;
    }

    int clauseStart(SentenceSplitter.Sentence s, EventClassifier.Trigger t, QuoteFinder.Quote q) {
        Integer cached = a.clauseStarts.get(t.start());
        if (cached == null) {
            cached = computeClauseStart(s, t, q);
            a.clauseStarts.put(t.start(), cached);
        }
        return cached;
    }

    private int computeClauseStart(SentenceSplitter.Sentence s, EventClassifier.Trigger t, QuoteFinder.Quote q) {
        int start = s.start();
        Matcher m = CLAUSE_BOUNDARY.matcher(a.norm);
        m.region(s.start(), t.start());
        while (m.find()) {
            if (a.quoteAt(m.start()) != a.quoteAt(t.start())) {
                continue;
            }
            String w = m.group().trim().toLowerCase(Locale.ROOT);
            if ((w.equals("after") || w.equals("before") || w.equals("since") || w.equals("when"))
                    && a.personsIn(m.end(), t.start()).isEmpty() && !PRONOUN_SUBJECT.matcher(a.between(m.end(), t.start())).find()) {
                continue; // "after leaving": no new subject follows
            }
            start = m.end();
        }
        Matcher and = AND_BOUNDARY.matcher(a.norm);
        and.region(start, t.start());
        while (and.find()) {
            int after = and.end();
            boolean personNext = false;
            for (EntityMention p : a.personsIn(after, Math.min(t.start(), after + 40))) {
                if (p.start() == after || ROLE_WORDS_ONLY.matcher(a.between(after, p.start())).matches()) {
                    personNext = true;
                }
                break;
            }
            String next = a.between(after, Math.min(t.start(), after + 4));
            boolean pronounNext = PRONOUN_NEXT.matcher(next).lookingAt() || next.startsWith("I ");
            // "A, B and C left" is a list: only a new clause when a verb follows the person
            if ((personNext || pronounNext) && and.group().contains("and")) {
                boolean listOfPeople = false;
                for (EntityMention p : a.personsIn(Math.max(0, and.start() - 80), and.start())) {
                    if (p.end() >= and.start() - 2) {
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

    // ------------------------------------------------------------------------------------------ subjects

    Subjects subjects(SentenceSplitter.Sentence s, EventClassifier.Trigger t, List<int[]> relatives) {
        Subjects out = new Subjects();
        QuoteFinder.Quote q = a.quoteAt(t.start());
        int[] rel = regionOf(relatives, t.start());
        String tw = a.between(t.start(), t.end()).toLowerCase(Locale.ROOT);
        if (rel != null) {
            // "X, who led the team, resigned" puts the trigger outside; "X, who resigned on Monday," inside
            EntityMention ante = null;
            for (EntityMention p : a.personsIn(s.start(), rel[0] + 1)) {
                ante = p;
            }
            if (ante != null) {
                if (!actsOnObject(s, t)) {
                    out.people.add(ante);
                }
                return out; // "Keiko Tanabe, who hired me": the one who hires is not the hire
            }
        }
        int clauseStart = clauseStart(s, t, q);
        if (denied(s, t, clauseStart)) {
            return out;
        }
        if (nounOwner(s, t, tw, out)) {
            return out;
        }
        if (NOUN_CAPABLE.matcher(tw).matches()) {
            String before = a.before(t.start(), 60, s.start());
            if (POSSESSIVE_PRONOUN_BEFORE.matcher(before).find() && q == null) {
                EntityMention ante = antecedent(s, t.start());
                if (ante != null) {
                    out.people.add(ante);
                    out.pronoun = true;
                }
                return out;
            }
            if (NOUN_DETERMINER_BEFORE.matcher(before).find()) {
                return out; // "the departure", "a new hire": about someone named elsewhere, if at all
            }
        }
        EventClassifier.Voice voice = t.rule().voice();
        if (voice == EventClassifier.Voice.OBJECT && !PASSIVE_BEFORE.matcher(a.before(t.start(), 30, s.start())).find()
                && object(s, t, q, out)) {
            return out;
        }
        if (voice == EventClassifier.Voice.OBJECT && ACTIVE_AUXILIARY_BEFORE.matcher(a.before(t.start(), 30, s.start())).find()) {
            return out; // "Bellucci said Sable would likely hire a replacement": the subject hires, the object is nobody named
        }
        // the subject: first person of the clause before the trigger
        for (EntityMention p : a.personsIn(clauseStart, t.start())) {
            if (regionOf(relatives, p.start()) != null && regionOf(relatives, t.start()) == null) {
                continue;
            }
            QuoteFinder.Quote pq = a.quoteAt(p.start());
            if (pq != null && pq != q) {
                continue;
            }
            if (p == a.byline) {
                continue;
            }
            p = possessedPerson(p, t.start());
            out.people.add(p);
            coordination.add(out.people, p, t.start());
            coordination.alongWith(s, t, out);
            return out;
        }
        if (q == null && coordination.group(s, t, clauseStart, out)) {
            return out;
        }
        if (pronoun(s, t, q, clauseStart, out)) {
            return out;
        }
        participle(s, t, tw, relatives, q, clauseStart, out);
        if (out.people.isEmpty() && q == null) {
            cataphora(s, t, clauseStart, out);
        }
        return out;
    }

    /** "Oyelaran's deputy, Leona Fair, will run the team": the person named after the possessive, not the possessor. */
    private EntityMention possessedPerson(EntityMention p, int limit) {
        for (EntityMention q : a.personsIn(p.end(), limit)) {
            return POSSESSED_APPOSITIVE.matcher(a.between(p.end(), q.start())).matches() ? q : p;
        }
        return p;
    }

    private static final Pattern POSSESSED_APPOSITIVE = Pattern.compile("^'s?[ ]+(?:[\\p{Ll}-]+[ ]+){0,3}[\\p{Ll}-]+,[ ]+$");

    /** An active object-voice event word with its object right after it: its subject is the actor ("who hired me"). */
    private boolean actsOnObject(SentenceSplitter.Sentence s, EventClassifier.Trigger t) {
        return t.rule().voice() == EventClassifier.Voice.OBJECT && !PASSIVE_BEFORE.matcher(a.before(t.start(), 30, s.start())).find()
                && OBJECT_RIGHT_AFTER.matcher(a.between(t.end(), Math.min(s.end(), t.end() + 8))).find();
    }

    /** "did not leave", "denied a report that X would join": no event is reported. */
    private boolean denied(SentenceSplitter.Sentence s, EventClassifier.Trigger t, int clauseStart) {
        Matcher denial = DENIAL_IN_SENTENCE.matcher(a.between(s.start(), t.start()));
        int lastDenial = -1;
        while (denial.find()) {
            lastDenial = denial.end();
        }
        if (lastDenial >= 0 && !TEMPORAL_CLAUSE.matcher(a.between(s.start() + lastDenial, t.start())).find()) {
            return true; // not "speculation has grown since its CFO retired in March": the event is told as a fact
        }
        return NEGATION_BEFORE.matcher(a.between(Math.max(clauseStart, t.start() - 40), t.start())).find();
    }

    /**
     * Wire leads name the person in the next sentence: "A senior safety researcher at Kestrel said Monday that she has
     * quit. Amara Nwosu, who ..." The subject is the first person named in the next two sentences.
     */
    private void cataphora(SentenceSplitter.Sentence s, EventClassifier.Trigger t, int clauseStart, Subjects out) {
        String lead = a.between(s.start(), t.start());
        boolean named = !a.personsIn(s.start(), t.start()).isEmpty();
        boolean pronounFirst = PRONOUN_SUBJECT.matcher(a.between(clauseStart, t.start())).find()
                && a.focusBefore.get(s.index()) == null;
        if (named || !(pronounFirst || DESCRIPTIVE_LEAD.matcher(lead).find()) || bodyIndex(s) > 4) {
            return;
        }
        for (int i = s.index() + 1; i < Math.min(a.sentences.size(), s.index() + 3); i++) {
            if (a.skipped.contains(i)) {
                continue;
            }
            SentenceSplitter.Sentence n = a.sentences.get(i);
            for (EntityMention p : a.personsIn(n.start(), n.end())) {
                if (!a.inQuote(p.start()) && p != a.byline) {
                    out.people.add(p);
                    out.pronoun = true;
                    return;
                }
            }
        }
    }

    /** The position of a sentence among the article's readable, non-headline sentences (counted up to 10). */
    private int bodyIndex(SentenceSplitter.Sentence s) {
        int n = 0;
        for (int i = 0; i < s.index() && n < 10; i++) {
            if (!a.skipped.contains(i) && !a.headlineLike.contains(i)) {
                n++;
            }
        }
        return n;
    }

    /** Noun triggers: "Sharma's resignation", "his departure", "the departure of X". */
    private boolean nounOwner(SentenceSplitter.Sentence s, EventClassifier.Trigger t, String tw, Subjects out) {
        if (!(NOUN_TRIGGER.matcher(tw).matches() || tw.endsWith("last day") || tw.endsWith("final day"))) {
            return false;
        }
        String before = a.before(t.start(), 40, s.start());
        Matcher poss = POSSESSIVE_BEFORE_NOUN.matcher(before);
        if (poss.find()) {
            int possAt = t.start() - (before.length() - poss.start());
            for (EntityMention p : a.personsIn(Math.max(0, possAt - 80), possAt)) {
                if (p.end() == possAt) {
                    out.people.add(p);
                    return true;
                }
            }
        }
        int limit = Math.min(s.end(), t.end() + 80);
        Matcher of = OF_AFTER_NOUN.matcher(a.between(t.end(), limit));
        if (of.find()) {
            for (EntityMention p : a.personsIn(t.end(), limit)) {
                if (p.start() <= t.end() + of.end() + 1) {
                    out.people.add(p);
                    coordination.add(out.people, p, s.end()); // "the appointment of A as COO and B as SVP"
                    return true;
                }
            }
        }
        return false;
    }

    /** A company as the actor: the person is the object ("Meta hired X", "OpenAI fired him"). */
    private boolean object(SentenceSplitter.Sentence s, EventClassifier.Trigger t, QuoteFinder.Quote q, Subjects out) {
        int limit = Math.min(s.end(), t.end() + 90);
        String after = a.between(t.end(), limit);
        int stop = after.length();
        Matcher sm = OBJECT_END.matcher(after);
        if (sm.find()) {
            stop = sm.start();
        }
        for (EntityMention p : a.personsIn(t.end(), t.end() + stop)) {
            if (q != null && a.quoteAt(p.start()) != q) {
                continue;
            }
            out.people.add(p);
            coordination.add(out.people, p, s.end());
            return true;
        }
        if (QUANTIFIED_OBJECT.matcher(after).lookingAt()) {
            // "has hired four engineers from X to staff a new team, the company said on Monday: A, B, C and D"
            int colon = a.norm.indexOf(':', t.end());
            if (colon > 0 && colon < s.end()) {
                for (EntityMention p : a.personsIn(colon, s.end())) {
                    out.people.add(p);
                    coordination.add(out.people, p, s.end());
                    return true;
                }
            }
        }
        if (OBJECT_PRONOUN.matcher(after).find()) {
            EntityMention f = antecedent(s, t.start());
            if (f != null) {
                out.people.add(f);
                out.pronoun = true;
                return true;
            }
        }
        return false;
    }

    /** I (the speaker of the quotation, or the byline) and he/she (the person before, or the story's focus). */
    private boolean pronoun(SentenceSplitter.Sentence s, EventClassifier.Trigger t, QuoteFinder.Quote q, int clauseStart,
                            Subjects out) {
        String clause = a.between(clauseStart, t.start());
        Matcher fp = FIRST_PERSON.matcher(clause);
        if (fp.find()) {
            if (q != null) {
                EntityMention speaker = speaker(q);
                if (speaker != null) {
                    out.people.add(speaker);
                    out.pronoun = true;
                    return true;
                }
            } else if (a.byline != null) {
                out.people.add(a.byline);
                out.firstPerson = true;
                return true;
            }
        }
        Matcher tp = PRONOUN_SUBJECT.matcher(clause);
        if (tp.find() && q == null) {
            EntityMention ante = antecedent(s, clauseStart + tp.start());
            if (ante != null) {
                out.people.add(ante);
                out.pronoun = true;
                return true;
            }
        }
        return q != null && fp.find(0);
    }

    /** Participles and infinitives: "after leaving OpenAI, he ...", "X announced ... and left". */
    private void participle(SentenceSplitter.Sentence s, EventClassifier.Trigger t, String tw, List<int[]> relatives,
                            QuoteFinder.Quote q, int clauseStart, Subjects out) {
        String lead = a.before(t.start(), 25, s.start());
        boolean participle = tw.endsWith("ing") && !PROGRESSIVE_AUXILIARY.matcher(lead).find() || tw.startsWith("to ")
                || PARTICIPLE_LEAD.matcher(lead).find();
        if (!participle && clauseStart <= s.start()) {
            return;
        }
        if (!participle && CLAUSE_HAS_SUBJECT.matcher(a.between(clauseStart, t.start())).find()) {
            return; // "until a new CTO is hired": the clause has a subject of its own, and it is not a person
        }
        for (EntityMention p : a.personsIn(s.start(), t.start())) {
            if (regionOf(relatives, p.start()) != null || (a.quoteAt(p.start()) != null && a.quoteAt(p.start()) != q)
                    || p == a.byline) {
                continue;
            }
            out.people.add(p);
            return;
        }
        // the subject comes after an introductory phrase: "After leaving OpenAI, Zoph joined ..."
        int comma = a.norm.indexOf(',', t.end());
        if (comma > 0 && comma < s.end() && PARTICIPLE_LEAD.matcher(lead).find()) {
            int after = comma + 1;
            for (EntityMention p : a.personsIn(after, Math.min(s.end(), after + 40))) {
                out.people.add(p);
                return;
            }
            Matcher pr = PRONOUN_SUBJECT.matcher(a.between(after, Math.min(s.end(), after + 10)));
            if (pr.find()) {
                EntityMention ante = antecedent(s, after);
                if (ante != null) {
                    out.people.add(ante);
                    out.pronoun = true;
                    return;
                }
            }
        }
        if (participle && clauseStart == s.start()) {
            EntityMention focus = a.focusBefore.get(s.index());
            if (focus != null && THIRD_PERSON.matcher(s.text(a.norm)).find()) {
                out.people.add(focus);
                out.pronoun = true;
            }
        }
    }

    /** "co-founded X with Daniel Gross and Daniel Levy": the co-founders named after "with". */
    void addCoFounders(SentenceSplitter.Sentence s, EventClassifier.Trigger t, Subjects subj) {
        Matcher w = WITH.matcher(a.norm);
        w.region(t.end(), s.end());
        if (!w.find()) {
            return;
        }
        for (EntityMention p : a.personsIn(w.end(), s.end())) {
            String between = a.between(w.end(), p.start());
            if (between.length() < 50 && !between.contains(",")) {
                List<EntityMention> co = new ArrayList<>();
                co.add(p);
                coordination.add(co, p, s.end());
                for (EntityMention c : co) {
                    if (subj.people.stream().noneMatch(x -> x.id().equals(c.id()))) {
                        subj.people.add(c);
                    }
                }
            }
            break;
        }
    }

    /** The person a he/she at {@code offset} most likely means: earlier in the sentence, else the focus. */
    EntityMention antecedent(SentenceSplitter.Sentence s, int offset) {
        Matcher speech = SPEECH_RIGHT_BEFORE.matcher(a.before(offset, 30, s.start()));
        if (speech.find()) {
            // "Wu, who led the reasoning team, said he was moving on": the one who said it
            int verb = offset - (a.before(offset, 30, s.start()).length() - speech.start());
            EntityMention nearest = null;
            EntityMention prev = null;
            for (EntityMention p : a.personsIn(s.start(), verb)) {
                boolean inAppositive = prev != null && a.between(prev.end(), p.start()).startsWith(",");
                if (!a.inQuote(p.start()) && p != a.byline && !inAppositive) {
                    nearest = p; // "X, a co-founder who worked for Elon Musk, said he": X, not Musk
                }
                if (!inAppositive) {
                    prev = p;
                }
            }
            if (nearest != null) {
                return nearest;
            }
        }
        for (EntityMention p : a.personsIn(s.start(), offset)) {
            if (!a.inQuote(p.start()) && p != a.byline) {
                return p;
            }
        }
        return a.focusBefore.get(s.index());
    }

    // ------------------------------------------------------------------------------------------ speakers

    /** Who a quotation is by: a person named outside it in the same sentences with a speech verb, or he/she said. */
    EntityMention speaker(QuoteFinder.Quote q) {
        return a.speakers.computeIfAbsent(q, k -> Optional.ofNullable(findSpeaker(k))).orElse(null);
    }

    private EntityMention findSpeaker(QuoteFinder.Quote q) {
        SentenceSplitter.Sentence first = a.sentenceAt(q.start());
        SentenceSplitter.Sentence last = a.sentenceAt(Math.max(q.start(), q.end() - 1));
        if (first == null) {
            return null;
        }
        int from = first.start();
        int to = last == null ? first.end() : last.end();
        // the sentence after a quote that ends a sentence may carry the attribution ("... resigned." Sharma wrote.)
        SentenceSplitter.Sentence next = last != null && last.index() + 1 < a.sentences.size()
                ? a.sentences.get(last.index() + 1) : null;
        String outside = a.between(from, q.start()) + " " + a.between(q.end(), to);
        boolean speech = QuoteFinder.SPEECH.matcher(outside).find();
        EntityMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (EntityMention p : a.personsIn(from, to)) {
            if (a.inQuote(p.start()) || p == a.byline) {
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
        if (next != null && a.between(q.end(), to).isBlank()) {
            String nt = a.between(next.start(), Math.min(next.end(), next.start() + 60));
            if (QuoteFinder.SPEECH.matcher(nt).find()) {
                for (EntityMention p : a.personsIn(next.start(), next.end())) {
                    return p;
                }
            }
        }
        if (best == null && a.byline != null && speech && FIRST_PERSON.matcher(outside).find()) {
            return a.byline;
        }
        return null;
    }
}
