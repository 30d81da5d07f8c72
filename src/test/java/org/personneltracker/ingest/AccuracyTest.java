package org.personneltracker.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the labelled corpus and over the held-out set, prints the {@link Scorecard} of each
 * (per-field precision and recall, fields right, people with 80% of their fields right, candidates about people
 * with no reported move, context matching), and fails when a figure falls below its floor. The floors are set a
 * little under real runs, so a regression fails the build. {@code -Dingest.verbose=true} prints every miss.
 *
 * The held-out set heldout5 is never used to tune the rules and its misses are never printed; heldout4 was scored once
 * as unseen text and then tuned on. Iterate with {@code -Dtest='AccuracyTest#theTunedCorpus*+theFourth*'}.
 */
class AccuracyTest {

    /**
     * Floors for the first 103 tuned articles (the corpus before the {@code k*} articles were folded in), a little under
     * the run at the end of the fourth round (88.2% fields right, 82.9% people, 1.3% no-move): {precision, recall}.
     */
    static final Map<String, double[]> FLOORS = new LinkedHashMap<>();

    static {
        FLOORS.put("event", new double[]{0.91, 0.91});
        FLOORS.put("person", new double[]{0.97, 0.95});
        FLOORS.put("company", new double[]{0.94, 0.92});
        FLOORS.put("type", new double[]{0.93, 0.92});
        FLOORS.put("roleTitle", new double[]{0.83, 0.80});
        FLOORS.put("category", new double[]{0.84, 0.78});
        FLOORS.put("seniority", new double[]{0.87, 0.83});
        FLOORS.put("date", new double[]{0.86, 0.86});
        FLOORS.put("destination", new double[]{0.97, 0.81});
        FLOORS.put("circumstance", new double[]{0.87, 0.91});
        FLOORS.put("mention", new double[]{0.92, 0.97});
        FLOORS.put("mentionStatus", new double[]{0.91, 0.82});
        FLOORS.put("mentionKey", new double[]{0.87, 0.95});
    }

    @Test
    void theTunedCorpusMeetsItsFloors() {
        System.out.println(Scorecard.of("whole tuned corpus (103 + the 24 formerly held-out k* articles)", Corpus.articles()).table());
        Scorecard card = Scorecard.of("tuned corpus (first 103 articles)", Corpus.firstTuned());
        report(card);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, double[]> f : FLOORS.entrySet()) {
            Scorecard.Count c = card.count(f.getKey());
            if (c.precision() < f.getValue()[0] || c.recall() < f.getValue()[1]) {
                failures.add(String.format(Locale.ROOT, "%s: precision %.3f (floor %.2f), recall %.3f (floor %.2f)",
                        f.getKey(), c.precision(), f.getValue()[0], c.recall(), f.getValue()[1]));
            }
        }
        floor(failures, "fields right", card.fieldsRight(), TUNED_FIELDS_RIGHT);
        floor(failures, "people with 80% of their fields right", card.peopleRightRate(), TUNED_PEOPLE_RIGHT);
        ceiling(failures, "candidates about people with no reported move", card.noMoveRate(), TUNED_NO_MOVE);
        floor(failures, "funding mentions right", (double) card.fundingRight / card.fundingExpected, TUNED_FUNDING_RIGHT);
        assertTrue(failures.isEmpty(), "below the floor: " + failures + "\n" + String.join("\n", card.notes));
    }

    static final double TUNED_FIELDS_RIGHT = 0.87;
    static final double TUNED_PEOPLE_RIGHT = 0.82;
    static final double TUNED_NO_MOVE = 0.02;
    static final double TUNED_FUNDING_RIGHT = 0.83;

    private static void floor(List<String> failures, String what, double value, double floor) {
        if (value < floor) {
            failures.add(String.format(Locale.ROOT, "%s: %.3f (floor %.2f)", what, value, floor));
        }
    }

    private static void ceiling(List<String> failures, String what, double value, double ceiling) {
        if (value > ceiling) {
            failures.add(String.format(Locale.ROOT, "%s: %.3f (ceiling %.2f)", what, value, ceiling));
        }
    }

    /**
     * Floors for the first held-out set, a little under the last run (88.2% fields right, 76.2% people, 3.1%
     * no-move). Its one run as a held-out set, at the end of the first rework, gave 79.5%, 66.7%, 6.3% (64.5%, 38.1%,
     * 8.6% before that rework). It has been folded into the tuned corpus since, and is still reported on its own.
     */
    static final double HELD_OUT_FIELDS_RIGHT = 0.87;
    static final double HELD_OUT_PEOPLE_RIGHT = 0.74;
    static final double HELD_OUT_NO_MOVE = 0.05;

    @Test
    void theFormerlyHeldOutArticlesMeetTheirFloors() {
        Scorecard card = Scorecard.of("formerly held-out articles (now tuned)", Corpus.formerlyHeldOut());
        System.out.println(card.table());
        assertSet(card, 15, HELD_OUT_FIELDS_RIGHT, HELD_OUT_PEOPLE_RIGHT, HELD_OUT_NO_MOVE);
    }

    /**
     * The second held-out set (the {@code k*} articles, formerly ingest-corpus/heldout2), written from the shapes of
     * real coverage before the second round of rule changes. Scored as held-out in that round; tuned on in the third
     * round and folded into the tuned corpus since. Still reported on its own.
     */
    @Test
    void theFormerlyHeldOutSecondSetMeetsItsFloors() {
        Scorecard card = Scorecard.of("formerly held-out set 2 (now tuned)", Corpus.formerlyHeldOut2());
        System.out.println(card.table());
        assertSet(card, 20, HELD_OUT_2_FIELDS_RIGHT, HELD_OUT_2_PEOPLE_RIGHT, HELD_OUT_2_NO_MOVE);
    }

    /**
     * Floors for the second held-out set, a little under its run at the end of the third round, in which it was tuned
     * on (74.1% fields right, 58.1% people, 3.6% no-move; 43.0%, 21.0%, 6.3% when it was written; 52.2%, 33.9%, 4.3%
     * at the end of the second round, its last run as a held-out set).
     */
    static final double HELD_OUT_2_FIELDS_RIGHT = 0.72;
    static final double HELD_OUT_2_PEOPLE_RIGHT = 0.55;
    static final double HELD_OUT_2_NO_MOVE = 0.05;

    /**
     * The third held-out set (ingest-corpus/heldout3), written and committed before the third round of rule changes,
     * scored as unseen text in that round and tuned on in the fourth. {@code -Dingest.verbose=true} prints its misses.
     */
    @Test
    void theThirdHeldOutSetMeetsItsFloors() {
        Scorecard card = Scorecard.of("held-out set 3 (tuned on in round 4)", Corpus.heldOut3());
        report(card);
        assertSet(card, 15, HELD_OUT_3_FIELDS_RIGHT, HELD_OUT_3_PEOPLE_RIGHT, HELD_OUT_3_NO_MOVE);
    }

    /**
     * Regression floors for the third held-out set, a little under its run at the end of the fourth round, in which it
     * was tuned on (82.6% fields right, 75.6% people, 0.0% no-move; 66.0%, 57.8%, 0.0% at the end of the third round,
     * its last run as unseen text; 51.9%, 37.8%, 0.0% when it was written).
     */
    static final double HELD_OUT_3_FIELDS_RIGHT = 0.81;
    static final double HELD_OUT_3_PEOPLE_RIGHT = 0.73;
    static final double HELD_OUT_3_NO_MOVE = 0.03;

    /**
     * The fourth held-out set (ingest-corpus/heldout4), written and committed before the fourth round of rule changes,
     * scored once as unseen text and tuned on in that round. {@code -Dingest.verbose=true} prints its misses.
     */
    @Test
    void theFourthHeldOutSetMeetsItsFloors() {
        Scorecard card = Scorecard.of("held-out set 4 (tuned on in round 4)", Corpus.heldOut4());
        report(card);
        assertSet(card, 15, HELD_OUT_4_FIELDS_RIGHT, HELD_OUT_4_PEOPLE_RIGHT, HELD_OUT_4_NO_MOVE);
    }

    /**
     * Regression floors, a little under its run at the end of the fourth round, in which it was tuned on (83.4% fields,
     * 75.0% people, 1.7% no-move; 53.3%, 41.7%, 9.8% on its first run, before any rule change).
     */
    static final double HELD_OUT_4_FIELDS_RIGHT = 0.81;
    static final double HELD_OUT_4_PEOPLE_RIGHT = 0.72;
    static final double HELD_OUT_4_NO_MOVE = 0.04;

    /**
     * The fifth held-out set (ingest-corpus/heldout5), written with heldout4 and committed before the fourth round of
     * rule changes: scored, never tuned on. Only its table is printed, never its per-article misses.
     */
    @Test
    void theFifthHeldOutSetMeetsItsFloors() {
        Scorecard card = Scorecard.of("held-out set 5 (unseen)", Corpus.heldOut5());
        System.out.println(card.table());
        assertSet(card, 12, HELD_OUT_5_FIELDS_RIGHT, HELD_OUT_5_PEOPLE_RIGHT, HELD_OUT_5_NO_MOVE);
    }

    /**
     * Regression floors, a little under its run at the end of the fourth round (61.8% fields, 45.8% people, 0.0% no-move;
     * 55.4%, 41.7%, 3.7% on its first run, before any rule change). Far under the targets.
     */
    static final double HELD_OUT_5_FIELDS_RIGHT = 0.60;
    static final double HELD_OUT_5_PEOPLE_RIGHT = 0.43;
    static final double HELD_OUT_5_NO_MOVE = 0.03;

    /** A held-out set has its articles and stays at or above its floors (fields, people) and under its no-move ceiling. */
    private static void assertSet(Scorecard card, int minArticles, double fields, double people, double noMove) {
        assertTrue(card.articles >= minArticles, card.name + " has at least " + minArticles + " articles");
        List<String> failures = new ArrayList<>();
        floor(failures, "fields right", card.fieldsRight(), fields);
        floor(failures, "people with 80% of their fields right", card.peopleRightRate(), people);
        ceiling(failures, "candidates about people with no reported move", card.noMoveRate(), noMove);
        assertTrue(failures.isEmpty(), card.name + " below the floor: " + failures);
    }

    private static void report(Scorecard card) {
        System.out.println(card.table());
        if (Boolean.getBoolean("ingest.verbose")) {
            card.notes.forEach(System.out::println);
        }
    }
}
