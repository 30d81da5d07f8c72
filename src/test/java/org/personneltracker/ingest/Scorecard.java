package org.personneltracker.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.personneltracker.event.Seniority;
import org.personneltracker.ingest.extract.ArticleExtractor;
import org.personneltracker.ingest.extract.Candidate;
import org.personneltracker.ingest.extract.CompanyRef;
import org.personneltracker.ingest.extract.Extraction;
import org.personneltracker.ingest.extract.Mention;

/**
 * Scores extractions against the labelled articles, the way a reviewer would judge them:
 * <ul>
 * <li>per field, precision and recall (events are matched by person + company + type);</li>
 * <li>fields right: of the fields each expected event has (person, company, type and every labelled role, date,
 * destination and circumstance), how many the matching candidate got right; and the people with at least 80% of
 * their fields right;</li>
 * <li>candidates about people whose move the article does not report (false alarms), over all candidates shown;</li>
 * <li>context: mentions found, funding rounds with amount, valuation and status all right, stored keys matched.</li>
 * </ul>
 */
final class Scorecard {

    static final List<String> FIELDS = List.of("event", "person", "company", "type", "roleTitle", "category", "seniority",
            "date", "destination", "circumstance", "mention", "mentionStatus", "mentionKey");
    static final List<String> RIGHT_FIELDS = List.of("person", "company", "type", "roleTitle", "category", "seniority",
            "date", "destination", "circumstance");

    static final class Count {
        int tp;
        int predicted;
        int expected;

        double precision() {
            return predicted == 0 ? 1.0 : (double) tp / predicted;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) tp / expected;
        }
    }

    /** Expected and right, for the fields-right table. */
    static final class Right {
        int expected;
        int right;

        double rate() {
            return expected == 0 ? 1.0 : (double) right / expected;
        }
    }

    final String name;
    final Map<String, Count> counts = new LinkedHashMap<>();
    final Map<String, Right> rights = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    int articles;
    int people;
    int peopleRight;
    int candidates;
    int noMoveCandidates;
    int fundingExpected;
    int fundingRight;
    int keysExpected;
    int keysRight;
    int keysWrong;

    Scorecard(String name) {
        this.name = name;
        FIELDS.forEach(f -> counts.put(f, new Count()));
        RIGHT_FIELDS.forEach(f -> rights.put(f, new Right()));
    }

    Count count(String field) {
        return counts.get(field);
    }

    double fieldsRight() {
        int e = 0;
        int r = 0;
        for (Right x : rights.values()) {
            e += x.expected;
            r += x.right;
        }
        return e == 0 ? 1.0 : (double) r / e;
    }

    int fieldsExpected() {
        return rights.values().stream().mapToInt(x -> x.expected).sum();
    }

    int fieldsRightCount() {
        return rights.values().stream().mapToInt(x -> x.right).sum();
    }

    double peopleRightRate() {
        return people == 0 ? 1.0 : (double) peopleRight / people;
    }

    double noMoveRate() {
        return candidates == 0 ? 0.0 : (double) noMoveCandidates / candidates;
    }

    static Scorecard of(String name, List<Corpus.Article> articles) {
        Scorecard card = new Scorecard(name);
        ArticleExtractor extractor = new ArticleExtractor(Corpus.gazetteer());
        for (Corpus.Article a : articles) {
            card.articles++;
            Extraction x = Corpus.read(extractor, a.toArticleText());
            if (!System.getProperty("ingest.only", "").isEmpty()) {
                x.candidates().forEach(c -> card.notes.add(a.name() + ": CANDIDATE " + c));
                x.mentions().forEach(m -> card.notes.add(a.name() + ": MENTION " + m));
                String text = a.toArticleText().text();
                x.spans().stream().filter(sp -> sp.label().equals("COMPANY") || sp.label().equals("PERSON"))
                        .forEach(sp -> card.notes.add(a.name() + ": " + sp.label() + " " + text.substring(sp.start(), sp.end())));
            }
            card.score(a, x);
        }
        return card;
    }

    String table() {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%n%s: ingest accuracy over %d articles%n", name, articles));
        t.append(String.format(Locale.ROOT, "%-14s %5s %5s %5s %9s %7s%n", "field", "tp", "pred", "exp", "precision", "recall"));
        for (Map.Entry<String, Count> e : counts.entrySet()) {
            Count c = e.getValue();
            t.append(String.format(Locale.ROOT, "%-14s %5d %5d %5d %9.3f %7.3f%n", e.getKey(), c.tp, c.predicted,
                    c.expected, c.precision(), c.recall()));
        }
        t.append(String.format(Locale.ROOT, "%n%-14s %8s %6s %7s%n", "fields right", "expected", "right", "%"));
        for (Map.Entry<String, Right> e : rights.entrySet()) {
            Right r = e.getValue();
            t.append(String.format(Locale.ROOT, "%-14s %8d %6d %6.1f%%%n", e.getKey(), r.expected, r.right, 100 * r.rate()));
        }
        t.append(String.format(Locale.ROOT, "%-14s %8d %6d %6.1f%%%n", "all fields", fieldsExpected(), fieldsRightCount(),
                100 * fieldsRight()));
        t.append(String.format(Locale.ROOT, "people with >=80%% of their fields right: %d of %d (%.1f%%)%n", peopleRight,
                people, 100 * peopleRightRate()));
        t.append(String.format(Locale.ROOT, "candidates about people with no reported move: %d of %d (%.1f%%)%n",
                noMoveCandidates, candidates, 100 * noMoveRate()));
        t.append(String.format(Locale.ROOT, "funding mentions with amount, valuation and status right: %d of %d; "
                + "stored context keys matched: %d of %d (%d wrong keys proposed)%n", fundingRight, fundingExpected,
                keysRight, keysExpected, keysWrong));
        return t.toString();
    }

    // ------------------------------------------------------------------------------------------- scoring

    private void score(Corpus.Article a, Extraction x) {
        List<JsonNode> exp = new ArrayList<>();
        a.expected().get("events").forEach(exp::add);
        List<Candidate> pred = x.candidates();

        setScore(count("person"), keys(exp, e -> Corpus.slug(e.get("person").asText())), predKeys(pred, Scorecard::personKeys));
        setScore(count("company"), keys(exp, e -> Corpus.slug(e.get("person").asText()) + "@" + Corpus.slug(e.get("company").asText())),
                predKeys(pred, c -> crossKeys(personKeys(c), companyKeys(c.company()), "@")));
        setScore(count("type"), keys(exp, e -> Corpus.slug(e.get("person").asText()) + ":" + e.get("type").asText()),
                predKeys(pred, c -> crossKeys(personKeys(c), Set.of(c.type().name()), ":")));

        // candidates about people whose move the article does not report
        Set<String> movers = new HashSet<>();
        for (JsonNode e : exp) {
            movers.add(Corpus.slug(e.get("person").asText()));
        }
        for (String b : a.background()) {
            movers.add(Corpus.slug(b));
        }
        for (Candidate c : pred) {
            candidates++;
            Set<String> k = personKeys(c);
            k.retainAll(movers);
            if (k.isEmpty()) {
                noMoveCandidates++;
                notes.add(String.format(Locale.ROOT, "%s: NO-MOVE %s @ %s %s score=%.2f", a.name(), c.person().name(),
                        c.company().name(), c.type(), c.score()));
            }
        }

        Count ev = count("event");
        ev.expected += exp.size();
        ev.predicted += pred.size();
        Set<Candidate> used = new HashSet<>();
        Map<String, int[]> perPerson = new LinkedHashMap<>();
        for (JsonNode e : exp) {
            Candidate match = null;
            for (Candidate c : pred) {
                if (!used.contains(c) && matches(e, c)) {
                    match = c;
                    break;
                }
            }
            int[] pp = perPerson.computeIfAbsent(Corpus.slug(e.get("person").asText()), k -> new int[2]);
            String person = Corpus.slug(e.get("person").asText());
            String company = Corpus.slug(e.get("company").asText());
            right("person", true, pred.stream().anyMatch(c -> personKeys(c).contains(person)), pp);
            right("company", true, pred.stream().anyMatch(c -> personKeys(c).contains(person)
                    && companyKeys(c.company()).contains(company)), pp);
            right("type", true, match != null, pp);
            field(e, "roleTitle", match == null ? null : match.roleTitle(), Scorecard::titleMatches, pp);
            field(e, "category", match == null || match.category() == null ? null : match.category().name(), String::equals, pp);
            field(e, "seniority", match == null || match.seniority() == null || match.seniority() == Seniority.UNKNOWN
                    ? null : match.seniority().name(), String::equals, pp);
            field(e, "date", match == null || match.date() == null ? null : match.date().toString(), String::equals, pp);
            field(e, "destination", match == null || match.destination() == null ? null : match.destination().slug() != null
                    ? match.destination().slug() : match.destination().name(), (p, q) -> Corpus.slug(p).equals(Corpus.slug(q)), pp);
            field(e, "circumstance", match == null || match.circumstance() == null ? null : match.circumstance().name(),
                    String::equals, pp);
            if (match == null) {
                notes.add(a.name() + ": MISSED " + e);
                continue;
            }
            used.add(match);
            ev.tp++;
            String diff = diff(e, match);
            if (!diff.isEmpty()) {
                notes.add(a.name() + ": " + e.get("person").asText() + " " + e.get("type").asText() + " " + diff);
            }
        }
        for (int[] pp : perPerson.values()) {
            people++;
            if (pp[1] * 5 >= pp[0] * 4) {
                peopleRight++;
            }
        }
        for (Candidate c : pred) {
            if (!used.contains(c)) {
                notes.add(String.format(Locale.ROOT, "%s: EXTRA %s @ %s %s date=%s role=%s score=%.2f", a.name(),
                        c.person().name(), c.company().name(), c.type(), c.date(), c.roleTitle(), c.score()));
            }
        }
        mentions(a, x);
    }

    private void right(String field, boolean expected, boolean ok, int[] perPerson) {
        if (!expected) {
            return;
        }
        Right r = rights.get(field);
        r.expected++;
        perPerson[0]++;
        if (ok) {
            r.right++;
            perPerson[1]++;
        }
    }

    private void field(JsonNode e, String field, String predicted, Same same, int[] perPerson) {
        String exp = e.hasNonNull(field) ? e.get(field).asText() : null;
        Count c = count(field);
        if (exp != null) {
            c.expected++;
        }
        if (predicted != null) {
            c.predicted++;
        }
        boolean ok = exp != null && predicted != null && same.test(exp, predicted);
        if (ok) {
            c.tp++;
        }
        right(field, exp != null, ok, perPerson);
    }

    private void mentions(Corpus.Article a, Extraction x) {
        Count m = count("mention");
        Count st = count("mentionStatus");
        Count key = count("mentionKey");
        List<JsonNode> exp = new ArrayList<>();
        a.expected().get("mentions").forEach(exp::add);
        List<Mention> pred = new ArrayList<>(x.mentions());
        m.expected += exp.size();
        m.predicted += pred.size();
        for (Mention p : pred) {
            if (p.status() != null) {
                st.predicted++;
            }
            if (p.key() != null) {
                key.predicted++;
            }
        }
        Set<String> expectedKeys = new HashSet<>();
        for (JsonNode e : exp) {
            if (e.hasNonNull("key")) {
                expectedKeys.add(e.get("key").asText());
            }
        }
        for (Mention p : pred) {
            if (p.key() != null && !expectedKeys.contains(p.key())) {
                keysWrong++;
            }
        }
        Set<Mention> used = new HashSet<>();
        for (JsonNode e : exp) {
            if (e.hasNonNull("status")) {
                st.expected++;
            }
            if (e.hasNonNull("key")) {
                key.expected++;
                keysExpected++;
                String k = e.get("key").asText();
                if (pred.stream().anyMatch(p -> k.equals(p.key()))) {
                    keysRight++;
                }
            }
            Long amount = Corpus.longOrNull(e, "amount");
            Long valuation = Corpus.longOrNull(e, "valuation");
            String status = Corpus.textOrNull(e, "status");
            if (e.get("type").asText().equals("FUNDING_ROUND")) {
                fundingExpected++;
                if (pred.stream().anyMatch(p -> p.type().name().equals("FUNDING_ROUND") && same(amount, p.amount())
                        && same(valuation, p.valuation()) && (status == null || p.status() != null
                        && p.status().name().equals(status)))) {
                    fundingRight++;
                }
            }
            Mention match = null;
            for (Mention p : pred) {
                if (used.contains(p) || !p.type().name().equals(e.get("type").asText())) {
                    continue;
                }
                if (amount != null && !amount.equals(p.amount()) || valuation != null && !valuation.equals(p.valuation())) {
                    continue;
                }
                match = p;
                break;
            }
            if (match == null) {
                notes.add(a.name() + ": MISSED mention " + e);
                continue;
            }
            used.add(match);
            m.tp++;
            if (status != null && match.status() != null && match.status().name().equals(status)) {
                st.tp++;
            }
            if (e.hasNonNull("key") && e.get("key").asText().equals(match.key())) {
                key.tp++;
            }
        }
        for (Mention p : pred) {
            if (!used.contains(p)) {
                notes.add(a.name() + ": EXTRA mention " + p.type() + " " + p.title() + " amount=" + p.amount()
                        + " valuation=" + p.valuation() + " status=" + p.status() + " key=" + p.key());
            }
        }
    }

    private static boolean same(Long a, Long b) {
        return a == null ? b == null : a.equals(b);
    }

    interface Key {
        String of(JsonNode e);
    }

    interface PredKeys {
        Set<String> of(Candidate c);
    }

    interface Same {
        boolean test(String expected, String predicted);
    }

    private static Set<String> keys(List<JsonNode> exp, Key k) {
        Set<String> out = new HashSet<>();
        for (JsonNode e : exp) {
            out.add(k.of(e));
        }
        return out;
    }

    private static List<Set<String>> predKeys(List<Candidate> pred, PredKeys k) {
        List<Set<String>> out = new ArrayList<>();
        for (Candidate c : pred) {
            out.add(k.of(c));
        }
        return out;
    }

    /** Each predicted item counts once: a hit when any of its alternative keys is expected. */
    private static void setScore(Count count, Set<String> expected, List<Set<String>> predicted) {
        Set<String> hits = new HashSet<>();
        Set<String> distinctPred = new HashSet<>();
        for (Set<String> alts : predicted) {
            String chosen = null;
            for (String a : alts) {
                if (expected.contains(a)) {
                    chosen = a;
                }
            }
            if (chosen == null) {
                chosen = alts.iterator().next();
            }
            distinctPred.add(chosen);
            if (expected.contains(chosen)) {
                hits.add(chosen);
            }
        }
        count.expected += expected.size();
        count.predicted += distinctPred.size();
        count.tp += hits.size();
    }

    static Set<String> personKeys(Candidate c) {
        Set<String> out = new HashSet<>();
        out.add(Corpus.slug(c.person().name()));
        if (c.person().slug() != null) {
            out.add(c.person().slug());
        }
        return out;
    }

    private static Set<String> companyKeys(CompanyRef c) {
        Set<String> out = new HashSet<>();
        out.add(Corpus.slug(c.name()));
        if (c.slug() != null) {
            out.add(c.slug());
        }
        return out;
    }

    private static Set<String> crossKeys(Set<String> a, Set<String> b, String sep) {
        Set<String> out = new HashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + sep + y);
            }
        }
        return out;
    }

    private static boolean matches(JsonNode e, Candidate c) {
        String person = Corpus.slug(e.get("person").asText());
        String company = Corpus.slug(e.get("company").asText());
        return personKeys(c).contains(person) && companyKeys(c.company()).contains(company)
                && c.type().name().equals(e.get("type").asText());
    }

    private static final Set<String> TITLE_STOP = Set.of("the", "of", "a", "an", "at", "for", "and", "team", "its", "s");

    /** Titles agree when most of their significant words agree (order and articles aside). */
    static boolean titleMatches(String expected, String predicted) {
        Set<String> a = titleTokens(expected);
        Set<String> b = titleTokens(predicted);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) common.size() / union.size() >= 0.5;
    }

    private static Set<String> titleTokens(String s) {
        Set<String> out = new HashSet<>();
        for (String t : s.toLowerCase(Locale.ROOT).replace("chief technology officer", "cto")
                .replace("chief executive officer", "ceo").replace("chief executive", "ceo")
                .replace("chief operating officer", "coo").replace("chief financial officer", "cfo")
                .replace("vice president", "vp").split("[^a-z0-9]+")) {
            if (!t.isEmpty() && !TITLE_STOP.contains(t)) {
                out.add(t.equals("lead") || t.equals("leader") ? "head" : t);
            }
        }
        return out;
    }

    private static String diff(JsonNode e, Candidate c) {
        StringBuilder sb = new StringBuilder();
        check(sb, "roleTitle", e, c.roleTitle(), Scorecard::titleMatches);
        check(sb, "category", e, c.category() == null ? null : c.category().name(), String::equals);
        check(sb, "seniority", e, c.seniority() == null || c.seniority() == Seniority.UNKNOWN ? null : c.seniority().name(), String::equals);
        check(sb, "date", e, c.date() == null ? null : c.date().toString(), String::equals);
        check(sb, "destination", e, c.destination() == null ? null : c.destination().slug() != null ? c.destination().slug()
                : c.destination().name(), (p, q) -> Corpus.slug(p).equals(Corpus.slug(q)));
        check(sb, "circumstance", e, c.circumstance() == null ? null : c.circumstance().name(), String::equals);
        return sb.toString();
    }

    private static void check(StringBuilder sb, String field, JsonNode e, String predicted, Same same) {
        String exp = e.hasNonNull(field) ? e.get(field).asText() : null;
        boolean ok = exp == null ? predicted == null : predicted != null && same.test(exp, predicted);
        if (!ok) {
            sb.append(field).append(": expected ").append(exp).append(" got ").append(predicted).append("; ");
        }
    }
}
