package org.personneltracker.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.personneltracker.event.Circumstance;
import org.personneltracker.event.EventType;

/**
 * Turns every event word of the article into drafts: who ({@link SubjectFinder}), where ({@link CompanyFinder}),
 * in what role ({@link Roles}) and when ({@link EventDates}). Background told in a relative clause ("X, who had led
 * ..., resigned") and events dated long before the article are left out.
 */
final class EventStage {

    /** A relative clause about the past: "who had led", "who previously ran", "who in 2019 joined". */
    private static final Pattern BACKGROUND_RELATIVE = Pattern.compile(
            "(?i)\\b(?:had|previously|once|originally|in (?:19|20)\\d\\d)\\b");
    /** Words that make "named"/"appointed" an internal move. */
    private static final Pattern INTERNAL_APPOINTMENT = Pattern.compile(
            "(?i)\\b(interim|acting|promot\\w*|succeed\\w*|internal|elevat\\w*|replac\\w*|new role)\\b");
    private static final Pattern FORMER_WORD = Pattern.compile("(?i)\\b(former|ex-|from)\\b");
    /** A leaver who stays in another role: "to stay on as a senior adviser", "moves to executive chair". */
    static final Pattern STAYS_IN_ROLE = Pattern.compile("(?i)\\b(?:day-to-day|(?:stay(?:s|ing)?[ ]+on|remain(?:s|ing)?|continu(?:e|es|ing)|"
            + "become(?:s)?|move(?:s)?[ ]+to|focus[ ]+on[^.;]{0,60}?)[ ]+(?:as[ ]+)?(?:an?[ ]+|the[ ]+|its[ ]+)?(?:senior[ ]+|special[ ]+|"
            + "strategic[ ]+|non-executive[ ]+|executive[ ]+)?(?:advis[eo]r|chair(?:man|woman|person)?|board[ ]+member|director))");
    private static final Pattern SO_DID = Pattern.compile("(?i)\\b(?:so|as)[ ]+did\\b");
    private static final Pattern FOLLOWED = Pattern.compile("(?i)(?:,[^,]{0,40},)?[ ]+followed(?:[ ]+suit)?\\b(?![ ]+(?:by|the|a|an|him|her|them)\\b)");
    /** ", its head of infrastructure,": a title the person holds at the company that names them. */
    private static final Pattern OWN_TITLE_APPOSITIVE = Pattern.compile(
            "(?i)^,[ ]*(?:its|their|the[ ]+(?:company|lab|startup|firm)'s)[ ]+(?!former\\b)([^,;.]{2,70}),");
    private static final Pattern PAST_START = Pattern.compile("(?i)(?:started|began)\\b");
    private static final Pattern UNTIL = Pattern.compile("(?i)\\b(?:until|till|through|transition(?:al)?|interim)\\b");

    private final ArticleState a;
    private final SubjectFinder subjects;
    private final CompanyFinder companies;
    private final Roles roles;
    private final EventDates dates;

    EventStage(ArticleState a, SubjectFinder subjects, CompanyFinder companies, Roles roles, EventDates dates) {
        this.a = a;
        this.subjects = subjects;
        this.companies = companies;
        this.roles = roles;
        this.dates = dates;
    }

    List<CandidateDraft> drafts() {
        List<CandidateDraft> drafts = new ArrayList<>();
        for (SentenceSplitter.Sentence s : a.sentences) {
            if (a.skipped.contains(s.index())) {
                continue;
            }
            ellipsis(s, drafts);
            List<EventClassifier.Trigger> triggers = a.triggersOf(s);
            List<int[]> relatives = subjects.relativeRegions(s);
            boolean mainClauseTrigger = false;
            for (EventClassifier.Trigger t : triggers) {
                if (SubjectFinder.regionOf(relatives, t.start()) == null) {
                    mainClauseTrigger = true;
                }
            }
            for (EventClassifier.Trigger t : triggers) {
                int[] rel = SubjectFinder.regionOf(relatives, t.start());
                for (CandidateDraft d : build(s, t, relatives)) {
                    d.inRelative = rel != null;
                    if (d.inRelative && (dates.isOld(d.date) || (mainClauseTrigger && backgroundRelative(rel)))) {
                        continue;
                    }
                    if (dates.isOld(d.date) || dates.isOldFounding(d)) {
                        continue;
                    }
                    drafts.add(d);
                    if (!d.inRelative) {
                        dates.told(d, s);
                    }
                }
            }
        }
        return drafts;
    }

    /**
     * "So did Bruno Alves, on Tuesday, and Keiko Ishii followed on Wednesday": people who did what the last event
     * told. Each gets a draft of that event's type at its company, dated by the date that follows the person.
     */
    private void ellipsis(SentenceSplitter.Sentence s, List<CandidateDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        CandidateDraft last = drafts.get(drafts.size() - 1);
        if (s.index() - last.sentence > 2 || a.sentences.get(last.sentence).paragraph() != s.paragraph()) {
            return;
        }
        List<EntityMention> people = new ArrayList<>();
        Matcher so = SO_DID.matcher(a.norm);
        so.region(s.start(), s.end());
        if (so.find()) {
            for (EntityMention p : a.personsIn(so.end(), Math.min(s.end(), so.end() + 40))) {
                people.add(p);
                break;
            }
        }
        Matcher followed = FOLLOWED.matcher(a.norm);
        followed.region(s.start(), s.end());
        while (followed.find()) {
            EntityMention before = null;
            for (EntityMention p : a.personsIn(Math.max(s.start(), followed.start() - 60), followed.start())) {
                before = p;
            }
            if (before != null && !people.contains(before)) {
                people.add(before);
            }
        }
        for (EntityMention p : people) {
            if (p.id().equals(last.person.id())) {
                continue;
            }
            CandidateDraft d = last.counterpart(last.type, last.company);
            d.person = p;
            d.secondary = false;
            d.sentence = s.index();
            d.circumstance = last.circumstance;
            d.destination = null;
            d.role = roles.inSentence(s, p);
            d.date = null;
            for (DateResolver.DateHit h : a.datesOf(s)) {
                if (h.start() >= p.end()) {
                    d.date = h; // "So did Bruno Alves, a staff research scientist, on Tuesday"
                    break;
                }
            }
            d.evidence.clear();
            d.evidence.add(new Span(p.start(), p.end(), "PERSON"));
            drafts.add(d);
        }
    }

    private boolean backgroundRelative(int[] rel) {
        return BACKGROUND_RELATIVE.matcher(a.between(rel[0], rel[1])).find();
    }

    private List<CandidateDraft> build(SentenceSplitter.Sentence s, EventClassifier.Trigger t, List<int[]> relatives) {
        List<CandidateDraft> out = new ArrayList<>();
        SubjectFinder.Subjects subj = subjects.subjects(s, t, relatives);
        if (subj.people.isEmpty()) {
            return out;
        }
        if (t.rule().kind() == EventClassifier.Kind.FOUNDING) {
            subjects.addCoFounders(s, t, subj);
        }
        for (EntityMention person : subj.people) {
            CandidateDraft d = new CandidateDraft();
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
            String tw = a.between(t.start(), t.end()).toLowerCase(Locale.ROOT);
            if (tw.startsWith("to join") || tw.equals("joining")) {
                d.secondary = true;
            }
            d.evidence.add(new Span(t.start(), t.end(), "EVENT"));
            if (!companies.fill(d, s, t, person)) {
                continue;
            }
            if (d.type == EventType.HIRE && !d.founder && isNamedRoleChange(s, t, person, d)) {
                d.type = EventType.ROLE_CHANGE;
            }
            if (d.type == EventType.ROLE_CHANGE && t.rule().kind() == EventClassifier.Kind.PLAIN && !t.rule().name().equals("promotion")) {
                CompanyRef at = companies.titleCompany(s, t);
                if (at != null && !ArticleState.sameCompany(at, d.company)) {
                    d.type = EventType.HIRE; // "is leaving to become chief financial officer of Parallax Systems"
                    d.company = at;
                    d.secondary = true;
                }
            }
            if (d.type == EventType.DEPARTURE && d.circumstance != Circumstance.DISMISSED && staysInRole(s, t)) {
                d.type = EventType.ROLE_CHANGE; // "stepping back from day-to-day work to stay on as a senior adviser"
                d.circumstance = null;
                d.role = roles.staying(s, t);
            } else if (t.rule().name().equals("promotion")) {
                d.role = roles.promotedTo(s, t, person);
            }
            switch (t.rule().kind()) {
                case SUCCESSION, SUCCEEDED_BY -> {
                    d.weak = true;
                    d.role = roles.succession(s, t, predecessor(s, t, relatives));
                }
                case INTERIM_LEAD -> d.role = roles.interimLead(s, t);
                case STAYS -> {
                    d.weak = true;
                    d.role = roles.staysAs(s, t);
                }
                default -> {
                }
            }
            if (d.role == null && TAKE_OVER.matcher(a.between(t.start(), t.end())).find()) {
                d.role = takenOver(s, t); // "would take over foundation models": the head of what is taken over
            }
            if (d.role == null && d.type == EventType.DEPARTURE) {
                d.role = leftAs(s, t); // "is out as head of product", "will leave her role as chief scientist"
            }
            if (d.role == null) {
                d.role = roles.atEvent(s, t, person, d.type != EventType.DEPARTURE);
            }
            if (d.type == EventType.HIRE && !d.founder && d.role != null && roles.isOldRole(d.role, d.company, s)) {
                d.originRole = d.role;
                d.role = null; // "Microsoft hires DeepMind co-founder X": the title is the one X leaves
            }
            companies.originFromFollowOn(d);
            if (d.origin != null && d.originRole == null) {
                d.originRole = whereWas(s, d.origin); // "joins from Tidewater, where she was director of models"
            }
            if (d.type != EventType.DEPARTURE && d.role == null) {
                d.role = roles.future(s, person);
            }
            d.date = dates.dateOf(s, t, relatives, person);
            if (t.rule().name().equals("starts a job") && !PAST_START.matcher(tw).lookingAt()) {
                d.date = null; // "she starts at Parallax in January": the start to come, not the news
            }
            if (d.date != null) {
                d.evidence.add(new Span(d.date.start(), d.date.end(), "DATE"));
            }
            out.add(d);
            if (t.rule().kind() == EventClassifier.Kind.MOVE && d.origin != null && d.company != null) {
                CandidateDraft dep = d.counterpart(EventType.DEPARTURE, d.origin);
                dep.destination = d.company;
                out.add(dep);
            }
        }
        return out;
    }

    /**
     * Who is succeeded: the person right after "succeeds" ("X will succeed her", "succeeding Jane Doe"), or the
     * subject of "will be succeeded by".
     */
    private EntityMention predecessor(SentenceSplitter.Sentence s, EventClassifier.Trigger t, List<int[]> relatives) {
        if (t.rule().kind() == EventClassifier.Kind.SUCCESSION) {
            String after = a.between(t.end(), Math.min(s.end(), t.end() + 12));
            if (SUCCESSOR_PRONOUN.matcher(after).lookingAt()) {
                return subjects.antecedent(s, t.start());
            }
            for (EntityMention p : a.personsIn(t.end(), Math.min(s.end(), t.end() + 60))) {
                return p;
            }
            return null;
        }
        int clause = subjects.clauseStart(s, t, a.quoteAt(t.start()));
        for (EntityMention p : a.personsIn(clause, t.start())) {
            if (SubjectFinder.regionOf(relatives, p.start()) == null) {
                return p;
            }
        }
        return subjects.antecedent(s, t.start());
    }

    /** "is out as", "stepped down as", "will leave her role as": the title left follows the event word. */
    private static final Pattern LEFT_AS = Pattern.compile("(?i)^(?:[ ]+(?:her|his|their|the|its)[ ]+(?:role|post|position|job|seat))?(?=[ ]+as[ ]+)");

    private RoleParser.Role leftAs(SentenceSplitter.Sentence s, EventClassifier.Trigger t) {
        if (a.between(t.start(), t.end()).toLowerCase(Locale.ROOT).endsWith(" as")) {
            return RoleFinder.afterName(a.norm, t.end(), s.end(), a.companiesIn(s.start(), s.end())); // "is out as T"
        }
        Matcher m = LEFT_AS.matcher(a.norm);
        m.region(t.end(), s.end());
        if (!m.lookingAt()) {
            return null;
        }
        return RoleFinder.afterName(a.norm, m.end(), s.end(), a.companiesIn(s.start(), s.end()));
    }

    private static final Pattern TAKE_OVER = Pattern.compile("(?i)take[ ]+over$");
    private static final Pattern TAKEN_OVER = Pattern.compile("(?i)^[ ]+(?:the[ ]+|its[ ]+)?([\\p{L} -]{2,50}?)(?=[ ]*(?:[,.;]|$|[ ]+(?:until|while|for|on|from|after)\\b))");

    private RoleParser.Role takenOver(SentenceSplitter.Sentence s, EventClassifier.Trigger t) {
        Matcher m = TAKEN_OVER.matcher(a.norm);
        m.region(t.end(), s.end());
        if (!m.lookingAt()) {
            return null;
        }
        String what = m.group(1).replaceFirst("(?i)[ ]+(?:team|group|unit|division)$", "");
        RoleParser.Role r = RoleParser.classify("head of " + what, what);
        return r.title() == null ? null : new RoleParser.Role(r.title(), r.team(), r.category(), r.seniority(), false, m.start(1), m.end(1));
    }

    /** ", where she was", ", where he had been": the role held at the company just named. */
    private static final Pattern WHERE_WAS = Pattern.compile("(?i)^[ ]*,?[ ]*where[ ]+(?:he|she|they)[ ]+(?:was|were|had[ ]+been|served[ ]+as|"
            + "spent[ ]+[\\p{L}\\d-]+[ ]+(?:years?|months?)[ ]+as|worked[ ]+as)[ ]+");

    private RoleParser.Role whereWas(SentenceSplitter.Sentence s, CompanyRef origin) {
        for (EntityMention co : a.companiesIn(s.start(), s.end())) {
            if (ArticleState.sameCompany(ArticleState.ref(co), origin)) {
                Matcher m = WHERE_WAS.matcher(a.norm);
                m.region(co.end(), s.end());
                if (m.lookingAt()) {
                    return RoleFinder.previousRole(a.norm, m.end(), s.end(), a.companiesIn(s.start(), s.end()));
                }
            }
        }
        return null;
    }

    private static final Pattern SUCCESSOR_PRONOUN = Pattern.compile("(?i)[ ]+(?:him|her|them)\\b");

    /** The rest of the sentence says the person stays in another role, for good (no "until"). */
    private boolean staysInRole(SentenceSplitter.Sentence s, EventClassifier.Trigger t) {
        String rest = a.between(t.end(), s.end());
        return STAYS_IN_ROLE.matcher(rest).find() && !UNTIL.matcher(rest).find();
    }

    /** "Named"/"appointed" of someone already there is a role change ("CTO Mira Murati was named interim CEO"). */
    private boolean isNamedRoleChange(SentenceSplitter.Sentence s, EventClassifier.Trigger t, EntityMention person, CandidateDraft d) {
        String w = a.between(t.start(), t.end()).toLowerCase(Locale.ROOT);
        if (!(w.startsWith("name") || w.startsWith("appoint") || w.startsWith("tapp") || w.equals("taps"))) {
            return false;
        }
        String st = s.text(a.norm).toLowerCase(Locale.ROOT);
        if (INTERNAL_APPOINTMENT.matcher(st).find() && !st.contains(" from ") && !st.contains("former")) {
            return true;
        }
        Matcher own = OWN_TITLE_APPOSITIVE.matcher(a.between(person.end(), Math.min(s.end(), person.end() + 90)));
        if (own.lookingAt() && RoleParser.hasHeadWord(own.group(1))) {
            return true; // "named Tomasz Kwiatek, its senior vice president of engineering, as COO": already there
        }
        if (person.start() >= s.start()) {
            String before = a.before(person.start(), 40, s.start());
            int and = before.lastIndexOf(" and ");
            if (and >= 0 && before.substring(0, and).matches("(?s).*\\bas\\b.*")) {
                before = before.substring(and + 5); // "named A as CTO and B": the role before B is A's
            }
            if (RoleParser.hasHeadWord(before) && !FORMER_WORD.matcher(before).find()) {
                EntityMention pc = a.personCompany.get(person.id());
                return pc == null || ArticleState.sameCompany(ArticleState.ref(pc), d.company);
            }
        }
        return false;
    }
}
