package org.personneltracker.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.personneltracker.event.EventType;

/**
 * Stage 3, companies: the company an event is at, where a leaver went (destination) and where a hire came from
 * (origin), from the words around the event word ("left OpenAI to join Anthropic", "Meta hired X from OpenAI",
 * "co-founded a startup, Periodic Labs"), the person's introduction ("Anthropic's X"), or the story.
 */
final class CompanyFinder {

    /** "at/of/for/by/join the" just before a company: where an object-voice hire happens. */
    private static final Pattern HIRE_AT_MARKER = Pattern.compile("(?i)(?:\\bat|\\bof|\\bfor|\\bby|\\bjoin)[ ]+(?:the[ ]+)?$");
    private static final Pattern JOIN_AT_MARKER = Pattern.compile("(?i)(?:\\bat|\\bof|\\bfor|\\bby|\\bto|\\bwith)[ ]+(?:the[ ]+)?$");
    private static final Pattern ROLE_AT_MARKER = Pattern.compile("(?i)(?:\\bat|\\bof|\\bfor)[ ]+(?:the[ ]+)?$");
    static final Pattern DEST_MARKER = Pattern.compile("(?i)(?:\\bto[ ]+(?:join|rejoin|return[ ]+to|work[ ]+(?:at|for|with)|"
            + "lead|head|run|start|launch|found|co-found|help[ ]+(?:build|lead|run)|build)|\\bfor|\\bjoining|\\brejoining|"
            + "\\band[ ]+(?:join(?:s|ed)?|has[ ]+joined|will[ ]+join|is[ ]+joining|rejoin(?:s|ed)?)|\\bbefore[ ]+joining|"
            + "\\b(?:moving|moved|moves|heading|headed|heads|defecting|defected|jumping|jumped|decamped|decamping|bound)[ ]+to|"
            + "\\b(?:has|have|had)[ ]+(?:since[ ]+)?joined|\\bwill[ ]+join|\\bis[ ]+joining|\\bin[ ]+favou?r[ ]+of|\\bto)"
            + "[ ]+(?:(?:rival|the|competitor|startup|ai|fellow|lab|firm|company|start-up|newcomer|upstart|tech[ ]+giant|giant)[ ]+)*$");
    static final Pattern ORIGIN_MARKER = Pattern.compile(
            "(?i)(?:\\bfrom|\\b(?:formerly|previously|most[ ]+recently|until[ ]+recently)(?:[ ]+[\\p{L}-]+){0,5}?[ ]+(?:of|at|with)|"
                    + "\\bspent[ ]+(?:[\\p{L}\\d-]+[ ]+){1,9}?(?:at|with)|\\bafter[ ]+(?:leaving|departing|"
                    + "quitting|exiting)|\\bwho[ ]+(?:left|quit|departed)|\\bpoached[ ]+from|\\blured[ ]+(?:away[ ]+)?from|"
                    + "\\bafter[ ]+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|several|many)[ ]+(?:years?|months?|"
                    + "stint|decade)(?:[ ]+[\\p{Ll}-]+){0,2}[ ]+(?:at|with))"
                    + "[ ]+(?:(?:rival|the|competitor|startup|ai)[ ]+)*(?:(?:[\\p{Ll}-]+[ ]+)?(?:firm|company|lab|laboratory|startup|start-up|"
                    + "consultancy|bank|fund|agency|contractor|giant|maker|developer|institute|university|ministry|department)[ ]+)?$");
    private static final Pattern FILLER_AFTER_TRIGGER = Pattern.compile(
            "(?i)^[ ]*(?:(?:from|at|with|of|the|its|his|her|their|my|our|role|post|position|job|jobs|as|in|on|rival|startup|"
                    + "company|firm|lab|ai|own|tech|giant|start-up|artificial|intelligence|officially|formally|quietly|"
                    + "abruptly|suddenly|also|recently|now|reportedly|has|have|had|is|was|will|be|been|just|"
                    + "[\\p{Ll}-]+er|[\\p{Ll}]+ist|ceo|cto|cfo|coo|chief|head|lead|vp|president|director|co-founder|"
                    + "cofounder|founder|officer|team|research|safety|science|scientist|product|engineering|policy|"
                    + "technical|staff|member|senior|vice|executive|\\p{Lu}\\p{Ll}+)[ ]+)*$");
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[.;,:]");
    /** "in/of/at the" before a company: a place or a possession, not the actor. */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:in|of|at|for|with|to)[ ]+$");
    private static final Pattern ORG_LEAD = Pattern.compile("^[ ]+(?:(?:from|at|with|the)[ ]+)?");
    /** Where a leaver went when the name is not stored: "to join X", "for X", "moving to X". */
    private static final Pattern DESTINATION_LEAD = Pattern.compile("(?i)\\b(?:to[ ]+join|joining|for|moving[ ]+to|moved[ ]+to|"
            + "heading[ ]+to|has[ ]+(?:since[ ]+)?joined|will[ ]+join|and[ ]+joined|and[ ]+joins|to[ ]+work[ ]+(?:at|for))[ ]+"
            + "(?:(?:rival|the|startup|competitor)[ ]+)*");
    /** "launched a new company called X", "co-founded a startup, X". */
    private static final Pattern NAME_GIVEN = Pattern.compile("(?i)(?:called|named|dubbed|,)[ ]+");
    private static final Pattern FOUNDED_NAME_LEAD = Pattern.compile(
            "(?i)^[ ]*(?:,[ ]*|[ ]+)?(?:(?:called|named|dubbed|known[ ]+as|which[ ]+(?:it|he|she|they)[ ]+(?:called|named))[ ]+|,[ ]*)?");
    /** "X, a founding member of OpenAI," / "X, a former Google researcher": not a job the hire leaves now. */
    private static final Pattern FOUNDER_OR_FORMER = Pattern.compile("(?i)\\b(?:co-?founder|founder|founding|former|ex-|alum)");
    /** "the Alphabet unit": a unit of the named company, which is the story's company. */
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)^(?:'s)?[ ]+(?:unit|subsidiary|division|arm|lab)\\b");
    private static final Pattern ORIGIN_LEAD = Pattern.compile("(?i)\\b(?:from|formerly[ ]+(?:of|at|with)|previously[ ]+(?:of|at|with)|"
            + "spent[ ]+(?:[\\p{L}\\d-]+[ ]+){1,4}?(?:at|with)|"
            + "after[ ]+(?:a|an|one|two|three|four|five|six|\\d+|several)[ ]+(?:years?|months?)[ ]+at)[ ]+(?:(?:rival|the)[ ]+)?");
    /** "after three (wonderful) years at", "after a decade with": the time spent at the company just named. */
    private static final Pattern YEARS_AT = Pattern.compile("(?i)\\bafter[ ]+(?:[\\p{L}\\d-]+[ ]+){1,3}?(?:years?|months?|stint|decade)"
            + "[ ]+(?:at|with)[ ]+(?:the[ ]+)?$");
    private static final Pattern TWO_CAPITALS = Pattern.compile("\\p{Lu}.*\\p{Lu}");
    /** The company the story is about, named by a common noun right after the event word. */
    private static final Pattern THE_COMPANY_AFTER = Pattern.compile("(?i)[ ]+(?:(?:at|to|from|with|of)[ ]+)?(?:the|its|our)[ ]+"
            + "(?:[\\p{Ll}-]+[ ]+)?(?:company|firm|startup|start-up|lab|agency|business|group|organi[sz]ation|outfit|venture|"
            + "giant|maker|developer|unit|rival)\\b");
    /** Where a person worked before: "He was previously a principal scientist at X", "At X she ran ...". */
    private static final Pattern PREVIOUS_EMPLOYER = Pattern.compile("(?i)\\b(?:previously|formerly|most[ ]+recently|had[ ]+been|"
            + "had[ ]+(?:run|led|headed)|spent[ ]+[^.;]{0,30}?[ ]+at|worked[ ]+[^.;]{0,20}?at)\\b|^[ ]*at[ ]+(?=\\p{Lu})");

    private final ArticleState a;
    private final SubjectFinder subjects;

    CompanyFinder(ArticleState a, SubjectFinder subjects) {
        this.a = a;
        this.subjects = subjects;
    }

    /** Sets company, destination and origin; false when no company can be found for the event. */
    boolean fill(CandidateDraft d, SentenceSplitter.Sentence s, EventClassifier.Trigger t, EntityMention person) {
        EventClassifier.Kind kind = t.rule().kind();
        EntityMention after = companyAfter(t.end(), s.end(), d.type == EventType.DEPARTURE);
        if (after != null && UNIT_AFTER.matcher(a.between(after.end(), Math.min(s.end(), after.end() + 20))).lookingAt()) {
            after = storyCompany(person);
        }
        boolean anaphoric = false;
        if (after == null && a.mainCompany != null && kind != EventClassifier.Kind.FOUNDING
                && THE_COMPANY_AFTER.matcher(a.between(t.end(), Math.min(s.end(), t.end() + 40))).lookingAt()) {
            // "left the company", "is back at the startup", "departed the agency", "would join the software giant"
            after = d.type == EventType.HIRE ? companyNamedBefore(s, t, person) : storyCompany(person);
            anaphoric = true;
        }
        CompanyRef unknownAfter = after == null && kind != EventClassifier.Kind.FOUNDING ? orgAfter(t.end(), s.end()) : null;
        CompanyRef c = switch (d.type) {
            case DEPARTURE -> departureCompany(d, s, t, person, after, unknownAfter);
            case HIRE, RETURN -> hireCompany(d, s, t, person, after, unknownAfter);
            case ROLE_CHANGE -> roleChangeCompany(d, s, t, person, after);
        };
        EntityMention former = a.formerCompany.get(person.id());
        if (d.type == EventType.RETURN && former != null && !ArticleState.sameCompany(c, ArticleState.ref(former))
                && (after == null || anaphoric || isOriginContext(after.start(), s.start()))) {
            c = ArticleState.ref(former); // "Korvin's former chief scientist is returning after three years at Fernhill AI"
        }
        if (c == null) {
            return false;
        }
        d.company = c;
        if (d.type == EventType.DEPARTURE) {
            int destLimit = s.end();
            for (EntityMention p : a.personsIn(t.end(), s.end())) {
                if (p != person) {
                    destLimit = p.start();
                    break;
                }
            }
            d.destination = destination(t.end(), destLimit, c);
        } else if (d.type == EventType.HIRE || d.type == EventType.RETURN) {
            fillOrigin(d, s, t, person, c);
        }
        return true;
    }

    private CompanyRef departureCompany(CandidateDraft d, SentenceSplitter.Sentence s, EventClassifier.Trigger t, EntityMention person,
                                        EntityMention after, CompanyRef unknownAfter) {
        CompanyRef c = ArticleState.ref(after);
        if (c == null && person.start() >= s.start()) {
            // "X, who led Anthropic's team, resigned" / "Anthropic's X resigned" / "X, ... at Anthropic,"
            for (EntityMention co : a.companiesIn(person.end(), t.start())) {
                if (!isDestinationContext(co.start(), s.start())) {
                    c = ArticleState.ref(co);
                    break;
                }
            }
            if (c == null) {
                EntityMention pc = a.personCompany.get(person.id());
                if (pc != null && pc.start() >= s.start()) {
                    c = ArticleState.ref(pc);
                }
            }
        }
        if (c == null && unknownAfter != null && !DEST_MARKER.matcher(a.between(t.end(), Math.min(s.end(), t.end() + 3))).find()) {
            c = unknownAfter;
        }
        if (c == null) {
            for (EntityMention co : a.companiesIn(s.start(), s.end())) {
                if (!isDestinationContext(co.start(), s.start()) && !isOriginContext(co.start(), s.start())
                        && co.start() < t.start()) {
                    c = ArticleState.ref(co);
                    break;
                }
            }
        }
        if (c == null) {
            for (EntityMention co : a.companiesIn(s.start(), t.start())) {
                if (YEARS_AT.matcher(a.before(co.start(), 40, s.start())).find()) {
                    c = ArticleState.ref(co); // "after three years at Quillon, Friday was my last day": the company left
                    break;
                }
            }
        }
        return c != null ? c : fallbackCompany(person, d);
    }

    private CompanyRef hireCompany(CandidateDraft d, SentenceSplitter.Sentence s, EventClassifier.Trigger t, EntityMention person,
                                   EntityMention after, CompanyRef unknownAfter) {
        CompanyRef c = null;
        boolean passive = SubjectFinder.PASSIVE_BEFORE.matcher(a.before(t.start(), 30, s.start())).find();
        if (t.rule().kind() == EventClassifier.Kind.FOUNDING) {
            return foundedCompany(t.end(), s.end());
        } else if (t.rule().voice() == EventClassifier.Voice.OBJECT && !passive) {
            // "Meta hired X", "OpenAI named X its CTO"
            EntityMention actor = null;
            int clause = subjects.clauseStart(s, t, a.quoteAt(t.start()));
            for (EntityMention co : a.companiesIn(clause, t.start())) {
                String lead = a.before(co.start(), 6, s.start());
                if (!isOriginContext(co.start(), s.start()) && !PREPOSITION_BEFORE.matcher(lead).find()) {
                    actor = co;
                    break;
                }
            }
            if (actor == null && clause > s.start()) {
                // "Microsoft said on Tuesday it has hired X": the actor is the subject of the reporting clause
                for (EntityMention co : a.companiesIn(s.start(), clause)) {
                    if (!isOriginContext(co.start(), s.start()) && !isDestinationContext(co.start(), s.start())
                            && !PREPOSITION_BEFORE.matcher(a.before(co.start(), 6, s.start())).find()) {
                        actor = co;
                        break;
                    }
                }
            }
            if (actor == null) {
                EntityMention at = companyAfterMarker(t.end(), s.end(), HIRE_AT_MARKER);
                actor = at != null && !isOriginContext(at.start(), s.start()) ? at : null; // not "X, previously CFO at Y,"
            }
            c = ArticleState.ref(actor);
        } else {
            if (after != null && !isOriginContext(after.start(), s.start())) {
                c = ArticleState.ref(after);
            } else {
                EntityMention at = companyAfterMarker(t.end(), s.end(), JOIN_AT_MARKER);
                boolean joinsFrom = JOINS_FROM.matcher(a.between(t.end(), Math.min(s.end(), t.end() + 8))).lookingAt();
                c = at != null ? ArticleState.ref(at) : joinsFrom ? null : unknownAfter; // "joins from Novartis": the origin
            }
            if (c == null && passive) {
                for (EntityMention co : a.companiesIn(s.start(), s.end())) {
                    if (co.start() < t.start() && !isOriginContext(co.start(), s.start())) {
                        c = ArticleState.ref(co);
                    }
                }
            }
            if (c == null && JOINS_FROM.matcher(a.between(t.end(), Math.min(s.end(), t.end() + 8))).lookingAt()) {
                c = fallbackCompany(person, d); // "Bakare joins from Tidewater Robotics, where she was ...": the story's company
            }
            int clause = subjects.clauseStart(s, t, a.quoteAt(t.start()));
            if (c == null && clause > s.start() && JOINS_AS.matcher(a.between(t.end(), Math.min(s.end(), t.end() + 5))).lookingAt()) {
                // "Mistral said Karen Solberg joins as general counsel": the company that tells of the hire
                for (EntityMention co : a.companiesIn(s.start(), clause)) {
                    if (!isOriginContext(co.start(), s.start()) && !isDestinationContext(co.start(), s.start())) {
                        c = ArticleState.ref(co);
                        break;
                    }
                }
            }
            if (c == null && JOINS_AS.matcher(a.between(t.end(), Math.min(s.end(), t.end() + 5))).lookingAt()) {
                c = fallbackCompany(person, d); // "The company also said X has joined as CFO": the story's company
            }
        }
        if (c == null && (d.type == EventType.RETURN
                || d.type == EventType.HIRE && t.rule().voice() == EventClassifier.Voice.OBJECT)) {
            c = fallbackCompany(person, d); // "X is coming back": to the story's company
        }
        return c;
    }

    private static final Pattern JOINS_AS = Pattern.compile("(?i)[ ]+as\\b");
    private static final Pattern JOINS_FROM = Pattern.compile("(?i)[ ]+from\\b");

    /** Origin: "from OpenAI", "former OpenAI researcher", "previously at" (in this person's clause). */
    private void fillOrigin(CandidateDraft d, SentenceSplitter.Sentence s, EventClassifier.Trigger t, EntityMention person, CompanyRef c) {
        int originFrom = subjects.clauseStart(s, t, a.quoteAt(t.start()));
        int originTo = s.end();
        for (EntityMention p : a.personsIn(t.end(), s.end())) {
            if (!p.id().equals(person.id())) {
                originTo = p.start();
                break;
            }
        }
        for (EntityMention co : a.companiesIn(originFrom, originTo)) {
            if (isOriginContext(co.start(), s.start()) && !ArticleState.sameCompany(ArticleState.ref(co), c)) {
                d.origin = ArticleState.ref(co);
                d.originExplicit = true; // "from X", "after a year at X", "previously at X": the person leaves X
                break;
            }
        }
        if (d.origin == null && t.rule().kind() != EventClassifier.Kind.FOUNDING) {
            // "joined Halcyon AI as head of security from Northgate Robotics": an organisation the gazetteer does not know
            Matcher m = ORIGIN_LEAD.matcher(a.norm);
            m.region(Math.max(originFrom, t.end()), originTo);
            while (m.find() && d.origin == null) {
                NameFinder.Found f = NameFinder.orgAt(a.norm, m.end(), originTo);
                if (f != null && !a.isPersonAt(f.start(), f.end()) && looksLikeOrg(f.name())
                        && a.companiesIn(f.start(), f.end()).isEmpty() && !c.name().equalsIgnoreCase(f.name())) {
                    d.origin = new CompanyRef(f.name(), null);
                    d.originExplicit = true;
                }
            }
        }
        if (d.origin == null && t.rule().kind() != EventClassifier.Kind.FOUNDING) {
            // "Lumenfield hired Theo Laurent, the head of public policy at Kestrel AI": introduced with another company
            EntityMention pc = a.personCompany.get(person.id());
            if (pc != null && pc.start() > person.end() && pc.end() <= s.end() && pc.start() - person.end() < 90
                    && !ArticleState.sameCompany(ArticleState.ref(pc), c) && !isDestinationContext(pc.start(), s.start())
                    && !FOUNDER_OR_FORMER.matcher(a.between(person.end(), pc.start())).find()) {
                d.origin = ArticleState.ref(pc);
                d.originExplicit = true;
                d.originRole = RoleFinder.find(a.norm, s.start(), s.end(), person, a.companiesIn(s.start(), s.end()), -1, -1, false);
            }
        }
        if (d.origin == null && t.rule().kind() == EventClassifier.Kind.MOVE) {
            EntityMention pc = a.personCompany.get(person.id());
            if (pc != null && !ArticleState.sameCompany(ArticleState.ref(pc), c)) {
                d.origin = ArticleState.ref(pc);
                d.originExplicit = true;
            }
        }
        if (d.origin == null && person.start() >= s.start()) {
            for (EntityMention co : a.companiesIn(Math.max(s.start(), person.start() - 40), person.start())) {
                String lead = a.before(co.start(), 10, s.start()).toLowerCase(Locale.ROOT);
                if ((lead.contains("former") || lead.contains("ex-")) && !ArticleState.sameCompany(ArticleState.ref(co), c)) {
                    d.origin = ArticleState.ref(co); // "named former Corvid Labs CTO Anselm Richter as its president"
                    d.originExplicit = true;
                    d.originRole = RoleFinder.find(a.norm, s.start(), s.end(), person, a.companiesIn(s.start(), s.end()), -1, -1, false);
                }
            }
        }
        if (d.origin == null && t.rule().kind() != EventClassifier.Kind.FOUNDING) {
            // "its former policy director, Simone Achebe, joined Corvid Labs": introduced as having left a company
            EntityMention fc = a.formerCompany.get(person.id());
            if (fc != null && !ArticleState.sameCompany(ArticleState.ref(fc), c) && d.type != EventType.RETURN) {
                d.origin = ArticleState.ref(fc);
                d.originExplicit = true;
            }
        }
    }

    private CompanyRef roleChangeCompany(CandidateDraft d, SentenceSplitter.Sentence s, EventClassifier.Trigger t, EntityMention person,
                                         EntityMention after) {
        CompanyRef c = null;
        if (person.start() >= s.start()) {
            EntityMention pc = a.personCompany.get(person.id());
            if (pc != null && pc.start() >= s.start() && pc.end() <= s.end()) {
                c = ArticleState.ref(pc);
            }
        }
        if (c == null && after != null) {
            c = ArticleState.ref(after);
        }
        if (c == null) {
            c = ArticleState.ref(companyAfterMarker(t.end(), s.end(), ROLE_AT_MARKER));
        }
        if (c == null) {
            for (EntityMention co : a.companiesIn(s.start(), s.end())) {
                if (!isDestinationContext(co.start(), s.start()) && !isOriginContext(co.start(), s.start())) {
                    c = ArticleState.ref(co);
                    break;
                }
            }
        }
        return c != null ? c : fallbackCompany(person, d);
    }

    /** "Microsoft said Altman would join the software giant": the last company named before the event word. */
    private EntityMention companyNamedBefore(SentenceSplitter.Sentence s, EventClassifier.Trigger t, EntityMention person) {
        EntityMention own = a.personCompany.get(person.id());
        EntityMention found = null;
        for (EntityMention c : a.companiesIn(s.start(), t.start())) {
            if (own == null || !own.id().equals(c.id())) {
                found = c;
            }
        }
        return found != null ? found : a.mainCompany;
    }

    /** The story's company as the person's context gives it: the person's own company, else the main one. */
    private EntityMention storyCompany(EntityMention person) {
        EntityMention pc = a.personCompany.get(person.id());
        return pc != null ? pc : a.mainCompany;
    }

    /**
     * A hire's origin told after the hire: "Fernhill hired X as VP. He was previously a principal scientist at
     * Tidewater", "Hart spent eight years at Google DeepMind, most recently as a director of research". Sets the origin
     * and the role held there; looks at the next two sentences that are about the person.
     */
    void originFromFollowOn(CandidateDraft d) {
        if (d.origin != null || d.type == EventType.DEPARTURE || d.type == EventType.ROLE_CHANGE || d.founder) {
            return;
        }
        for (int i = d.sentence; i < Math.min(a.sentences.size(), d.sentence + 3); i++) {
            if (a.skipped.contains(i)) {
                continue;
            }
            SentenceSplitter.Sentence s = a.sentences.get(i);
            if (i > d.sentence && !aboutPerson(s, d.person)) {
                continue;
            }
            Matcher m = PREVIOUS_EMPLOYER.matcher(a.norm);
            m.region(s.start(), s.end());
            while (m.find()) {
                if (i == d.sentence && m.start() < d.triggerEnd) {
                    continue;
                }
                for (EntityMention co : a.companiesIn(m.start(), Math.min(s.end(), m.end() + 80))) {
                    if (!ArticleState.sameCompany(ArticleState.ref(co), d.company)) {
                        d.origin = ArticleState.ref(co);
                        d.originExplicit = true;
                        d.originRole = RoleFinder.previousRole(a.norm, m.start(), s.end(), a.companiesIn(s.start(), s.end()));
                        return;
                    }
                }
            }
        }
    }

    /** A sentence whose subject is the person: named (or by surname) first, or he/she at its start. */
    private boolean aboutPerson(SentenceSplitter.Sentence s, EntityMention person) {
        List<EntityMention> ps = a.personsIn(s.start(), s.end());
        if (!ps.isEmpty()) {
            return ps.get(0).id().equals(person.id()) && !a.inQuote(ps.get(0).start());
        }
        return SubjectFinder.PRONOUN_SUBJECT.matcher(a.between(s.start(), Math.min(s.end(), s.start() + 40))).find();
    }

    /** "to become chief financial officer of Parallax Systems": the company a new title is tied to, or null. */
    CompanyRef titleCompany(SentenceSplitter.Sentence s, EventClassifier.Trigger t) {
        int limit = Math.min(s.end(), t.end() + 80);
        Matcher stop = CLAUSE_PUNCTUATION.matcher(a.norm);
        stop.region(t.end(), limit);
        if (stop.find()) {
            limit = stop.start();
        }
        for (EntityMention c : a.companiesIn(t.end(), limit)) {
            if (TITLE_OF_BEFORE.matcher(a.before(c.start(), 8, t.end())).find()) {
                return ArticleState.ref(c);
            }
            break;
        }
        return null;
    }

    private static final Pattern TITLE_OF_BEFORE = Pattern.compile("(?i)\\b(?:of|at)[ ]+(?:the[ ]+)?$");

    /** The person's company as introduced, else a company of the sentences just before, else the story's. */
    private CompanyRef fallbackCompany(EntityMention person, CandidateDraft d) {
        EntityMention pc = a.personCompany.get(person.id());
        if (pc != null && d.type != EventType.HIRE) { // the company a hire is introduced with is the one they leave
            d.companyFallback = true;
            return ArticleState.ref(pc);
        }
        if (pc != null && d.type == EventType.HIRE && a.mainCompany != null && !a.mainCompany.id().equals(pc.id())) {
            d.companyFallback = true;
            return ArticleState.ref(a.mainCompany);
        }
        EntityMention nearby = null;
        for (int i = d.sentence - 1; i >= Math.max(0, d.sentence - 3) && nearby == null; i--) {
            SentenceSplitter.Sentence p = a.sentences.get(i);
            if (a.skipped.contains(i)) {
                continue;
            }
            for (EntityMention c : a.companiesIn(p.start(), p.end())) {
                if (a.mainCompany != null && c.id().equals(a.mainCompany.id())) {
                    nearby = c; // the story's company, when the sentences just before name it
                    break;
                }
            }
        }
        if (nearby != null) {
            d.companyFallback = true;
            return ArticleState.ref(nearby);
        }
        for (int i = d.sentence - 1; i >= Math.max(0, d.sentence - 3); i--) {
            SentenceSplitter.Sentence p = a.sentences.get(i);
            if (a.skipped.contains(i)) {
                continue;
            }
            for (EntityMention c : a.companiesIn(p.start(), p.end())) {
                if (!isDestinationContext(c.start(), p.start()) && !isOriginContext(c.start(), p.start())) {
                    d.companyFallback = true;
                    return ArticleState.ref(c);
                }
            }
        }
        if (a.mainCompany != null) {
            d.companyFallback = true;
            return ArticleState.ref(a.mainCompany);
        }
        return null;
    }

    /** A company mention right after the trigger ("left OpenAI", "resigned from Anthropic", "joins xAI as"). */
    private EntityMention companyAfter(int from, int limit, boolean departure) {
        for (EntityMention c : a.companiesIn(from, limit)) {
            if (c.start() < from || c.start() >= limit) {
                continue;
            }
            String between = a.between(from, c.start());
            if (between.length() > 60 || CLAUSE_PUNCTUATION.matcher(between).find()) {
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
            if (!departure && a.isPersonAt(from, c.start())) {
                return null; // "hired Jane Doe from OpenAI": the company after a person is not the actor's
            }
            return c;
        }
        return null;
    }

    private EntityMention companyAfterMarker(int from, int limit, Pattern marker) {
        for (EntityMention c : a.companiesIn(from, limit)) {
            if (c.start() < from || c.start() >= limit || c.start() - from > 120) {
                continue;
            }
            if (marker.matcher(a.before(c.start(), 20, from)).find()) {
                return c;
            }
        }
        return null;
    }

    /** An unknown organisation-like name right after a trigger ("joined Periodic Labs"). */
    private CompanyRef orgAfter(int from, int limit) {
        Matcher m = ORG_LEAD.matcher(a.between(from, Math.min(limit, from + 12)));
        int at = m.find() ? from + m.end() : from;
        NameFinder.Found f = NameFinder.orgAt(a.norm, at, limit);
        if (f == null || a.isPersonAt(f.start(), f.end()) || !ArticleState.overlapping(a.companies, f.start(), f.end()).isEmpty()) {
            return null; // a stored or already found company is read as itself, with its own context
        }
        return new CompanyRef(f.name(), null);
    }

    boolean isDestinationContext(int companyStart, int sentenceStart) {
        return DEST_MARKER.matcher(a.before(companyStart, 45, sentenceStart)).find();
    }

    boolean isOriginContext(int companyStart, int sentenceStart) {
        return ORIGIN_MARKER.matcher(a.before(companyStart, 40, sentenceStart)).find();
    }

    /** Where a leaver went: a company after a destination marker ("to join X", "for X", "moving to X"). */
    private CompanyRef destination(int from, int limit, CompanyRef company) {
        for (EntityMention c : a.companiesIn(from, limit)) {
            if (c.start() < from || c.start() >= limit) {
                continue;
            }
            if (isDestinationContext(c.start(), from) && !ArticleState.sameCompany(ArticleState.ref(c), company)) {
                return ArticleState.ref(c);
            }
        }
        Matcher m = DESTINATION_LEAD.matcher(a.norm);
        m.region(from, limit);
        while (m.find()) {
            NameFinder.Found f = NameFinder.orgAt(a.norm, m.end(), limit);
            if (f != null && !a.isPersonAt(f.start(), f.end()) && looksLikeOrg(f.name())) {
                return new CompanyRef(f.name(), null);
            }
        }
        return null;
    }

    private static boolean looksLikeOrg(String name) {
        String[] toks = name.split(" ");
        if (toks.length == 1) {
            // a single capitalised word is an organisation only when it is not a common word
            return !Lexicon.notName(toks[0]) && (TWO_CAPITALS.matcher(toks[0]).find() || toks[0].length() > 3);
        }
        return true;
    }

    private CompanyRef foundedCompany(int from, int limit) {
        Matcher lead = FOUNDED_NAME_LEAD.matcher(a.between(from, limit));
        int at = from + (lead.find() ? lead.end() : 0);
        for (EntityMention c : a.companiesIn(from, Math.min(limit, at + 80))) {
            if (c.start() >= from && c.start() <= at + 2) {
                return ArticleState.ref(c);
            }
        }
        NameFinder.Found f = NameFinder.orgAt(a.norm, at, limit);
        if (f != null && !a.isPersonAt(f.start(), f.end())) {
            return new CompanyRef(f.name(), null);
        }
        // "co-founded a startup, Periodic Labs," / "launched a new company called X"
        Matcher c = NAME_GIVEN.matcher(a.norm);
        c.region(from, Math.min(limit, from + 60));
        if (c.find()) {
            for (EntityMention co : a.companiesIn(c.end(), limit)) {
                if (co.start() == c.end()) {
                    return ArticleState.ref(co);
                }
            }
            NameFinder.Found g = NameFinder.orgAt(a.norm, c.end(), limit);
            if (g != null && !a.isPersonAt(g.start(), g.end())) {
                return new CompanyRef(g.name(), null);
            }
        }
        return null;
    }
}
