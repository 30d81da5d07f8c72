package org.personneltracker.ingest.extract;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.personneltracker.common.PartialDate;
import org.personneltracker.event.Circumstance;
import org.personneltracker.event.EventType;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;

/**
 * Stage 5, merge and score: drafts about the same person, company and type become one candidate (supports add
 * up, the fuller role and the first date win), the two sides of a move are linked (a departure's destination
 * implies a hire there and the reverse), and each candidate gets its role, date, reason, quote and a score.
 */
final class Merger {

    /**
     * Candidates scoring below this are not shown: what is left of a weak reading (a person found only through
     * he/she, at a company taken from the story, on an event only implied by another) is more often a person whose
     * move the article does not report than a real event. Measured on the corpus, every expected event scores 0.40
     * or more.
     */
    static final double MIN_SCORE = 0.35;

    private final ArticleState a;
    private final SubjectFinder subjects;
    private final Roles roles;

    Merger(ArticleState a, SubjectFinder subjects, Roles roles) {
        this.a = a;
        this.subjects = subjects;
        this.roles = roles;
    }

    List<Candidate> candidates(List<CandidateDraft> drafts) {
        Map<String, Set<String>> groups = hireGroups(drafts);
        List<CandidateDraft> merged = returnHistory(merge(dropWeak(drafts)));
        shareGroupOrigin(merged, groups);
        crossLink(merged);
        merged = foldRoleChangesIntoHires(merge(merged));
        List<Candidate> out = new ArrayList<>();
        for (CandidateDraft d : merged) {
            Candidate c = finish(d);
            if (c != null && c.score() >= MIN_SCORE) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    /** The people one event word hires together ("hired A, B and C", "A is joining Y alongside B and C"), by draft key. */
    private static Map<String, Set<String>> hireGroups(List<CandidateDraft> drafts) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (CandidateDraft d : drafts) {
            if (d.type == EventType.HIRE && !d.founder) {
                groups.computeIfAbsent(d.sentence + ":" + d.triggerStart + ":" + ArticleState.companyKey(d.company),
                        k -> new HashSet<>()).add(d.key());
            }
        }
        groups.values().removeIf(g -> g.size() < 2);
        return groups;
    }

    /**
     * People hired together come from the same place unless the article says otherwise: "hired three researchers
     * from Parallax, including A ... A is joining alongside B and C" gives B and C the origin told of A.
     */
    private static void shareGroupOrigin(List<CandidateDraft> merged, Map<String, Set<String>> groups) {
        if (groups.isEmpty()) {
            return;
        }
        Map<String, CandidateDraft> byKey = new HashMap<>();
        for (CandidateDraft d : merged) {
            byKey.put(d.key(), d);
        }
        for (Set<String> g : groups.values()) {
            CompanyRef origin = null;
            boolean conflict = false;
            for (String k : g) {
                CandidateDraft d = byKey.get(k);
                if (d != null && d.origin != null && d.originExplicit) {
                    conflict |= origin != null && !ArticleState.sameCompany(origin, d.origin);
                    origin = d.origin;
                }
            }
            if (origin == null || conflict) {
                continue;
            }
            for (String k : g) {
                CandidateDraft d = byKey.get(k);
                if (d != null && d.origin == null && !ArticleState.sameCompany(origin, d.company)) {
                    d.origin = origin;
                    d.originExplicit = true;
                }
            }
        }
    }

    /** Successions and stays of people whose hire, return or departure the article reports: that event says it. */
    private static List<CandidateDraft> dropWeak(List<CandidateDraft> drafts) {
        Set<String> moved = new HashSet<>();
        Set<String> strongRoleChange = new HashSet<>();
        for (CandidateDraft d : drafts) {
            if (!d.weak && d.type != EventType.ROLE_CHANGE) {
                moved.add(d.person.id());
            } else if (!d.weak) {
                strongRoleChange.add(d.key());
            }
        }
        List<CandidateDraft> out = new ArrayList<>();
        for (CandidateDraft d : drafts) {
            if (d.weak && moved.contains(d.person.id())) {
                continue;
            }
            if (d.weak && strongRoleChange.contains(d.key())) {
                d.role = null; // "promoted X to CEO ... X will succeed her": the promotion's role wins the merge
            }
            out.add(d);
        }
        return out;
    }

    /**
     * "brought back X, 18 months after she left for Fernhill AI": a departure told in the sentence of the person's
     * return to the same company, after "after", "since" or "until", is the return's history, and where they went is
     * where they come back from.
     */
    private static final Pattern BACKGROUND_DEPARTURE = Pattern.compile("(?i)\\b(?:after|since|until|before|when)[ ]+"
            + "(?:(?:he|she|they|(?-i:\\p{Lu})[\\p{L}'-]+)[ ]+)?(?:had[ ]+)?$");

    private List<CandidateDraft> returnHistory(List<CandidateDraft> drafts) {
        List<CandidateDraft> out = new ArrayList<>();
        for (CandidateDraft d : drafts) {
            CandidateDraft back = null;
            for (CandidateDraft x : drafts) {
                if (d.type == EventType.DEPARTURE && x.type == EventType.RETURN && x.sentence == d.sentence
                        && x.person.id().equals(d.person.id()) && ArticleState.sameCompany(x.company, d.company)
                        && BACKGROUND_DEPARTURE.matcher(a.before(d.triggerStart, 30, 0)).find()) {
                    back = x;
                }
            }
            if (back == null) {
                out.add(d);
            } else if (back.origin == null && d.destination != null) {
                back.origin = d.destination;
                back.originExplicit = true;
            }
        }
        return out;
    }

    private static List<CandidateDraft> merge(List<CandidateDraft> drafts) {
        Map<String, CandidateDraft> byKey = new LinkedHashMap<>();
        for (CandidateDraft d : drafts) {
            CandidateDraft m = byKey.get(d.key());
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
            if (m.date == null || d.date != null && d.date.explicit() && !m.date.explicit() && d.sentence != m.sentence) {
                m.date = d.date; // "left on June 29" names the day; "said on Thursday" only when it was told
            }
            if (m.destination == null) {
                m.destination = d.destination;
            }
            if (m.origin == null) {
                m.origin = d.origin;
                m.originExplicit = d.originExplicit;
                m.originRole = d.originRole;
            }
            if (m.circumstance == null) {
                m.circumstance = d.circumstance;
            }
            m.founder = m.founder || d.founder;
            m.noRoleElsewhere = m.noRoleElsewhere || d.noRoleElsewhere;
            m.firstPerson = m.firstPerson || d.firstPerson;
            m.evidence.addAll(d.evidence);
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * "Grant and Ricci left to found Juniper Labs. Grant will be Juniper's chief executive": a role change at the
     * company a person joins (or returns to) in the same article is the role of that hire.
     */
    private static List<CandidateDraft> foldRoleChangesIntoHires(List<CandidateDraft> drafts) {
        List<CandidateDraft> out = new ArrayList<>();
        for (CandidateDraft d : drafts) {
            CandidateDraft hire = null;
            if (d.type == EventType.ROLE_CHANGE) {
                boolean leavesThere = false;
                boolean leavesInSentence = false;
                for (CandidateDraft x : drafts) {
                    boolean leaves = x.type == EventType.DEPARTURE && x.person.id().equals(d.person.id())
                            && ArticleState.sameCompany(x.company, d.company);
                    leavesThere |= leaves;
                    leavesInSentence |= leaves && x.sentence == d.sentence; // "left X for Meta, where he will be a director"
                }
                for (CandidateDraft h : drafts) {
                    if ((h.type == EventType.HIRE || h.type == EventType.RETURN) && h.person.id().equals(d.person.id())
                            && (ArticleState.sameCompany(h.company, d.company) || leavesThere && (d.companyFallback || leavesInSentence))) {
                        hire = h; // a new role at a company the person is leaving is the role at the one they join
                        break;
                    }
                }
            }
            if (hire == null) {
                out.add(d);
                continue;
            }
            if (d.role != null && (hire.role == null || RoleParser.founderOnly(hire.role.title()))) {
                hire.role = d.role;
            }
            if (hire.date == null || !hire.date.explicit() && d.date != null && d.date.explicit()) {
                hire.date = d.date;
            }
            hire.supports += d.supports;
            hire.evidence.addAll(d.evidence);
        }
        return out;
    }

    /** Links the two sides of each move, adding the side the article only implies. */
    private static void crossLink(List<CandidateDraft> drafts) {
        List<CandidateDraft> extra = new ArrayList<>();
        for (CandidateDraft d : drafts) {
            if (d.type != EventType.DEPARTURE) {
                continue;
            }
            for (CandidateDraft h : drafts) {
                if ((h.type == EventType.HIRE || h.type == EventType.RETURN) && h.person.id().equals(d.person.id())
                        && !ArticleState.sameCompany(h.company, d.company)) {
                    if (d.destination == null) {
                        d.destination = h.company;
                    }
                    if (h.origin == null && ArticleState.sameCompany(d.destination, h.company)) {
                        h.origin = d.company;
                    }
                    if (h.date == null && h.secondary && ArticleState.sameCompany(d.destination, h.company)) {
                        h.date = d.date;
                    }
                }
            }
            if (d.destination != null && !hasSide(drafts, d.person, d.destination, false)) {
                CandidateDraft h = d.counterpart(EventType.HIRE, d.destination);
                h.origin = d.company;
                extra.add(h);
            }
        }
        for (CandidateDraft h : drafts) {
            if (h.type != EventType.HIRE && h.type != EventType.RETURN || h.origin == null || !h.originExplicit) {
                continue;
            }
            if (!hasSide(drafts, h.person, h.origin, true) && !hasSide(extra, h.person, h.origin, true)) {
                CandidateDraft d = h.counterpart(EventType.DEPARTURE, h.origin);
                d.destination = h.company;
                d.role = h.originRole;
                extra.add(d);
            }
        }
        drafts.addAll(extra);
    }

    /** Whether a draft of the person at the company exists: a departure, or (departure false) anything else. */
    private static boolean hasSide(List<CandidateDraft> drafts, EntityMention person, CompanyRef company, boolean departure) {
        for (CandidateDraft x : drafts) {
            if (x.person.id().equals(person.id()) && ArticleState.sameCompany(x.company, company)
                    && (departure ? x.type == EventType.DEPARTURE : x.type == EventType.HIRE || x.type == EventType.RETURN)) {
                return true;
            }
        }
        return false;
    }

    private Candidate finish(CandidateDraft d) {
        if (d.company == null || d.person == null || d.company.name().equalsIgnoreCase(d.person.name())) {
            return null;
        }
        RoleParser.Role role = d.role;
        if (role == null && d.founder) {
            role = RoleParser.classify("co-founder", null);
        } else if (role == null && (d.type == EventType.HIRE || d.type == EventType.RETURN)) {
            role = roles.elsewhereAt(d.person, d.company); // a title given elsewhere is the old job unless tied to the new one
        } else if (role == null && !d.noRoleElsewhere) {
            role = roles.elsewhere(d.person);
        }
        List<Span> evidence = new ArrayList<>(d.evidence);
        evidence.add(0, new Span(d.person.start(), d.person.end(), "PERSON"));
        if (role != null && role.start() >= 0) {
            highlight(evidence, new Span(role.start(), role.end(), "ROLE"));
        }
        PartialDate date = null;
        boolean approx = false;
        if (d.date != null) {
            date = d.date.date();
            approx = d.date.approximate();
        } else if (a.published != null) {
            date = PartialDate.ofDay(a.published);
            approx = true;
        }
        QuoteFinder.Reason reason = d.reason != null ? d.reason : findReason(d);
        if (reason != null) {
            highlight(evidence, new Span(reason.start(), reason.end(), "REASON"));
        }
        String quote = null;
        QuoteFinder.Quote q = quoteFor(d);
        if (q != null) {
            quote = TextNormalizer.tidy(a.text.substring(q.start() + 1, q.end() - 1));
            highlight(evidence, new Span(q.start(), q.end(), "QUOTE"));
        } else if (d.firstPerson) {
            SentenceSplitter.Sentence s = a.sentences.get(d.sentence);
            quote = TextNormalizer.tidy(a.text.substring(s.start(), s.end()));
            evidence.add(new Span(s.start(), s.end(), "QUOTE"));
        }
        if (d.destination != null) {
            SentenceSplitter.Sentence s = a.sentences.get(d.sentence);
            for (EntityMention c : a.companiesIn(s.start(), s.end())) {
                if (ArticleState.sameCompany(ArticleState.ref(c), d.destination)) {
                    highlight(evidence, new Span(c.start(), c.end(), "DESTINATION"));
                    break;
                }
            }
        }
        for (Span e : d.evidence) {
            if (e.label().equals("EVENT") || e.label().equals("DATE")) {
                a.spans.add(e);
            }
        }
        double score = score(d, role);
        RoleCategory category = role == null ? null : role.category();
        Seniority seniority = role == null ? Seniority.UNKNOWN : role.seniority();
        if (role != null && RoleParser.founderOnly(role.title())) {
            // "a co-founder of xAI who led engineering": the title is co-founder, the function is engineering
            RoleParser.Role led = roles.ledFunction(d.person);
            if (led != null) {
                category = led.category();
                seniority = led.seniority();
            }
        }
        Circumstance circumstance = d.type == EventType.DEPARTURE ? d.circumstance : null;
        CompanyRef destination = d.type == EventType.DEPARTURE ? d.destination : null;
        CompanyRef origin = d.type == EventType.HIRE || d.type == EventType.RETURN ? d.origin : null;
        return new Candidate(new PersonRef(d.person.name(), d.person.slug()), d.company, d.type,
                role == null ? null : role.title(), role == null ? null : role.team(), category, seniority, d.founder,
                date, approx, destination, origin, circumstance, reason == null ? null : reason.text(), quote, score,
                dedupe(evidence));
    }

    /** Evidence of the candidate that is also highlighted in the article. */
    private void highlight(List<Span> evidence, Span span) {
        evidence.add(span);
        a.spans.add(span);
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

    private double score(CandidateDraft d, RoleParser.Role role) {
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

    private final Map<Long, Optional<QuoteFinder.Reason>> reasons = new HashMap<>();

    private QuoteFinder.Reason reasonIn(int from, int to) {
        return reasons.computeIfAbsent(((long) from << 32) | to,
                k -> Optional.ofNullable(QuoteFinder.reason(a.norm, from, to))).orElse(null);
    }

    /** The reason given in the event's sentence, or in one of the next three about the same person. */
    private QuoteFinder.Reason findReason(CandidateDraft d) {
        SentenceSplitter.Sentence s = a.sentences.get(d.sentence);
        QuoteFinder.Reason r = reasonIn(d.triggerStart, s.end());
        if (r != null) {
            return r;
        }
        for (int i = d.sentence + 1; i < Math.min(a.sentences.size(), d.sentence + 4); i++) {
            SentenceSplitter.Sentence n = a.sentences.get(i);
            if (a.skipped.contains(i)) {
                continue;
            }
            List<EntityMention> ps = a.personsIn(n.start(), n.end());
            boolean about = false;
            boolean other = false;
            for (EntityMention p : ps) {
                if (p.id().equals(d.person.id())) {
                    about = true;
                } else if (!a.inQuote(p.start())) {
                    other = true;
                }
            }
            if (!about && ps.isEmpty() && SubjectFinder.THIRD_PERSON.matcher(n.text(a.norm)).find()) {
                about = true;
            }
            if (about && !other) {
                r = reasonIn(n.start(), n.end());
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private Map<String, List<QuoteFinder.Quote>> quotesBySpeaker;

    /** The article's quotations by who said them, outside page furniture. */
    private Map<String, List<QuoteFinder.Quote>> quotesBySpeaker() {
        if (quotesBySpeaker == null) {
            quotesBySpeaker = new HashMap<>();
            for (QuoteFinder.Quote q : a.quotes) {
                SentenceSplitter.Sentence qs = a.sentenceAt(q.start());
                EntityMention sp = qs != null && a.skipped.contains(qs.index()) ? null : subjects.speaker(q);
                if (sp != null) {
                    quotesBySpeaker.computeIfAbsent(sp.id(), k -> new ArrayList<>()).add(q);
                }
            }
        }
        return quotesBySpeaker;
    }

    /** The quotation the event word stands in, else the nearest one the person said. */
    private QuoteFinder.Quote quoteFor(CandidateDraft d) {
        QuoteFinder.Quote inTrigger = a.quoteAt(d.triggerStart);
        if (inTrigger != null) {
            return inTrigger;
        }
        QuoteFinder.Quote best = null;
        int bestDist = Integer.MAX_VALUE;
        for (QuoteFinder.Quote q : quotesBySpeaker().getOrDefault(d.person.id(), List.of())) {
            int dist = Math.abs(q.start() - d.triggerStart);
            if (dist < bestDist) {
                best = q;
                bestDist = dist;
            }
        }
        return best;
    }
}
