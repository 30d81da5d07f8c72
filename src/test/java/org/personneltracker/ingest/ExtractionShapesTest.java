package org.personneltracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.personneltracker.event.EventType;
import org.personneltracker.event.Seniority;
import org.personneltracker.ingest.extract.ArticleExtractor;
import org.personneltracker.ingest.extract.Candidate;
import org.personneltracker.ingest.extract.Extraction;

/**
 * Shapes of real coverage the fourth round taught the extractor, one class of text per test, with invented people at
 * the corpus gazetteer's companies: first-person posts under the author's name, new jobs told as "starting at",
 * lists of hires after a colon, interim and acting appointments, mentioned-only people, and dates.
 */
class ExtractionShapesTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(Corpus.gazetteer());

    private static Extraction extract(String text, LocalDate published) {
        ArticleText t = ArticleText.fromText(text).withPublishedDate(published);
        return EXTRACTOR.extract(t.title(), t.text(), t.publishedDate());
    }

    private static Candidate find(Extraction x, String person, String companySlugOrName, EventType type) {
        for (Candidate c : x.candidates()) {
            if (c.person().name().equals(person) && c.type() == type && (companySlugOrName.equals(c.company().slug())
                    || companySlugOrName.equals(c.company().name()))) {
                return c;
            }
        }
        throw new AssertionError("no " + type + " of " + person + " at " + companySlugOrName + " in " + x.candidates());
    }

    private static boolean anyAbout(Extraction x, String person) {
        return x.candidates().stream().anyMatch(c -> c.person().name().equals(person));
    }

    @Test
    void aFirstPersonPostIsAboutTheAuthorNamedAboveIt() {
        Extraction x = extract("""
                Rafaela Quintero
                Head of Inference at Kestrel AI | ex-Quillon
                3d • Edited

                Some news: after three years at Quillon, Friday was my last day. I'm excited to share that I'm starting \
                a new position as Head of Inference at Kestrel AI.

                Thank you to Bruno Ferraz, who hired me, and to the whole serving team.
                """, LocalDate.of(2026, 6, 3));
        Candidate hire = find(x, "Rafaela Quintero", "kestrel-ai", EventType.HIRE);
        assertEquals("Head of Inference", hire.roleTitle());
        assertEquals(Seniority.HEAD, hire.seniority());
        Candidate left = find(x, "Rafaela Quintero", "quillon", EventType.DEPARTURE);
        assertEquals("kestrel-ai", left.destination().slug());
        assertTrue(!anyAbout(x, "Bruno Ferraz"), "the manager who hired the author made no move: " + x.candidates());
    }

    @Test
    void startingAtACompanyIsAHireAndAFutureStartIsNotItsDate() {
        Extraction x = extract("Halcyon AI has hired Tomas Berglund as head of product. He starts at Halcyon in September.",
                LocalDate.of(2026, 6, 3));
        Candidate hire = find(x, "Tomas Berglund", "halcyon-ai", EventType.HIRE);
        assertTrue(hire.date() == null || !hire.date().toString().startsWith("2026-09"), "dated by the news, not the start: " + hire.date());
    }

    @Test
    void isOffToACompanyIsAMove() {
        Extraction x = extract("Mosaic Compute's head of security, Ilona Varga, is off to Anthropic to lead infrastructure security.",
                LocalDate.of(2026, 8, 26));
        Candidate left = find(x, "Ilona Varga", "mosaic-compute", EventType.DEPARTURE);
        assertEquals("anthropic", left.destination().slug());
        assertEquals("head of security", left.roleTitle());
        find(x, "Ilona Varga", "anthropic", EventType.HIRE);
    }
}
