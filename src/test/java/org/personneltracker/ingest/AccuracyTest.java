package org.personneltracker.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.personneltracker.event.Seniority;

/**
 * Runs the extractor over the labelled corpus, prints per-field precision and recall, and fails when a field
 * falls below its floor. Events are matched by person + company + type.
 */
class AccuracyTest {

    /** Floors set a few points under the values measured on the corpus (32 articles): {precision, recall}. */
    static final Map<String, double[]> FLOORS = new LinkedHashMap<>();

    static {
        FLOORS.put("event", new double[]{0.82, 0.85});
        FLOORS.put("person", new double[]{0.96, 0.92});
        FLOORS.put("company", new double[]{0.88, 0.86});
        FLOORS.put("type", new double[]{0.88, 0.87});
        FLOORS.put("roleTitle", new double[]{0.74, 0.70});
        FLOORS.put("category", new double[]{0.84, 0.75});
        FLOORS.put("seniority", new double[]{0.86, 0.78});
        FLOORS.put("date", new double[]{0.69, 0.63});
        FLOORS.put("destination", new double[]{0.95, 0.78});
        FLOORS.put("circumstance", new double[]{0.95, 0.90});
        FLOORS.put("mention", new double[]{0.82, 0.90});
        FLOORS.put("mentionStatus", new double[]{0.95, 0.85});
        FLOORS.put("mentionKey", new double[]{0.78, 0.95});
    }

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

    @Test
    void extractionMeetsTheAccuracyFloorsOnTheCorpus() {
        Map<String, Count> counts = new LinkedHashMap<>();
        for (String f : FLOORS.keySet()) {
            counts.put(f, new Count());
        }
        ArticleExtractor extractor = new ArticleExtractor(Corpus.gazetteer());
        List<String> notes = new ArrayList<>();
        int articles = 0;
        for (Corpus.Article a : Corpus.articles()) {
            articles++;
            Extraction x = extractor.extract(a.toArticleText());
            score(a, x, counts, notes);
        }
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%nIngest accuracy over %d articles%n", articles));
        table.append(String.format(Locale.ROOT, "%-14s %5s %5s %5s %9s %7s%n", "field", "tp", "pred", "exp", "precision", "recall"));
        for (Map.Entry<String, Count> e : counts.entrySet()) {
            Count c = e.getValue();
            table.append(String.format(Locale.ROOT, "%-14s %5d %5d %5d %9.3f %7.3f%n", e.getKey(), c.tp, c.predicted,
                    c.expected, c.precision(), c.recall()));
        }
        System.out.println(table);
        if (Boolean.getBoolean("ingest.verbose")) {
            notes.forEach(System.out::println);
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, double[]> f : FLOORS.entrySet()) {
            Count c = counts.get(f.getKey());
            if (c.precision() < f.getValue()[0] || c.recall() < f.getValue()[1]) {
                failures.add(String.format(Locale.ROOT, "%s: precision %.3f (floor %.2f), recall %.3f (floor %.2f)",
                        f.getKey(), c.precision(), f.getValue()[0], c.recall(), f.getValue()[1]));
            }
        }
        assertTrue(failures.isEmpty(), "below the floor: " + failures + "\n" + String.join("\n", notes));
    }

    private static void score(Corpus.Article a, Extraction x, Map<String, Count> counts, List<String> notes) {
        JsonNode expected = a.expected();
        List<JsonNode> exp = new ArrayList<>();
        expected.get("events").forEach(exp::add);
        List<Candidate> pred = x.candidates();

        // person, company and type as sets per article
        setScore(counts.get("person"), keys(exp, e -> Corpus.slug(e.get("person").asText())),
                predKeys(pred, c -> personKeys(c)));
        setScore(counts.get("company"), keys(exp, e -> Corpus.slug(e.get("person").asText()) + "@" + Corpus.slug(e.get("company").asText())),
                predKeys(pred, c -> crossKeys(personKeys(c), companyKeys(c.company()), "@")));
        setScore(counts.get("type"), keys(exp, e -> Corpus.slug(e.get("person").asText()) + ":" + e.get("type").asText()),
                predKeys(pred, c -> crossKeys(personKeys(c), Set.of(c.type().name()), ":")));

        Count ev = counts.get("event");
        ev.expected += exp.size();
        ev.predicted += pred.size();
        Set<Candidate> used = new HashSet<>();
        for (JsonNode e : exp) {
            Candidate match = null;
            for (Candidate c : pred) {
                if (!used.contains(c) && matches(e, c)) {
                    match = c;
                    break;
                }
            }
            countField(counts.get("roleTitle"), e, "roleTitle", match == null ? null : match.roleTitle(), AccuracyTest::titleMatches);
            countField(counts.get("category"), e, "category", match == null || match.category() == null ? null : match.category().name(), String::equals);
            countField(counts.get("seniority"), e, "seniority", match == null || match.seniority() == null || match.seniority() == Seniority.UNKNOWN ? null : match.seniority().name(), String::equals);
            countField(counts.get("date"), e, "date", match == null || match.date() == null ? null : match.date().toString(), String::equals);
            countField(counts.get("destination"), e, "destination", match == null || match.destination() == null ? null : match.destination().slug() != null ? match.destination().slug() : match.destination().name(), (p, q) -> Corpus.slug(p).equals(Corpus.slug(q)));
            countField(counts.get("circumstance"), e, "circumstance", match == null || match.circumstance() == null ? null : match.circumstance().name(), String::equals);
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
        for (Candidate c : pred) {
            if (!used.contains(c)) {
                notes.add(String.format(Locale.ROOT, "%s: EXTRA %s @ %s %s date=%s role=%s score=%.2f", a.name(),
                        c.person().name(), c.company().name(), c.type(), c.date(), c.roleTitle(), c.score()));
            }
        }
        mentions(a, x, counts, notes);
    }

    private static void mentions(Corpus.Article a, Extraction x, Map<String, Count> counts, List<String> notes) {
        Count m = counts.get("mention");
        Count st = counts.get("mentionStatus");
        Count key = counts.get("mentionKey");
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
        Set<Mention> used = new HashSet<>();
        for (JsonNode e : exp) {
            if (e.hasNonNull("status")) {
                st.expected++;
            }
            if (e.hasNonNull("key")) {
                key.expected++;
            }
            Mention match = null;
            for (Mention p : pred) {
                if (used.contains(p) || !p.type().name().equals(e.get("type").asText())) {
                    continue;
                }
                Long amount = Corpus.longOrNull(e, "amount");
                Long valuation = Corpus.longOrNull(e, "valuation");
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
            if (e.hasNonNull("status") && match.status() != null && match.status().name().equals(e.get("status").asText())) {
                st.tp++;
            }
            if (e.hasNonNull("key") && e.get("key").asText().equals(match.key())) {
                key.tp++;
            }
        }
        for (Mention p : pred) {
            if (!used.contains(p)) {
                notes.add(a.name() + ": EXTRA mention " + p.type() + " " + p.title() + " amount=" + p.amount()
                        + " valuation=" + p.valuation() + " key=" + p.key());
            }
        }
    }

    interface Key {
        String of(JsonNode e);
    }

    interface PredKeys {
        Set<String> of(Candidate c);
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

    private static Set<String> personKeys(Candidate c) {
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

    interface Same {
        boolean test(String expected, String predicted);
    }

    private static void countField(Count c, JsonNode e, String field, String predicted, Same same) {
        String exp = e.hasNonNull(field) ? e.get(field).asText() : null;
        if (exp != null) {
            c.expected++;
        }
        if (predicted != null) {
            c.predicted++;
        }
        if (exp != null && predicted != null && same.test(exp, predicted)) {
            c.tp++;
        }
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
                .replace("vice president", "vp").split("[^a-z0-9]+")) {
            if (!t.isEmpty() && !TITLE_STOP.contains(t)) {
                out.add(t.equals("lead") || t.equals("leader") ? "head" : t);
            }
        }
        return out;
    }

    private static String diff(JsonNode e, Candidate c) {
        StringBuilder sb = new StringBuilder();
        check(sb, "roleTitle", e, c.roleTitle(), AccuracyTest::titleMatches);
        check(sb, "category", e, c.category() == null ? null : c.category().name(), String::equals);
        check(sb, "seniority", e, c.seniority() == null || c.seniority() == Seniority.UNKNOWN ? null : c.seniority().name(), String::equals);
        check(sb, "date", e, c.date() == null ? null : c.date().toString(), String::equals);
        check(sb, "destination", e, c.destination() == null ? null : c.destination().slug() != null ? c.destination().slug() : c.destination().name(), (p, q) -> Corpus.slug(p).equals(Corpus.slug(q)));
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
