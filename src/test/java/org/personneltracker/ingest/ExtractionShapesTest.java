package org.personneltracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void aCountedObjectNamedAfterAColonGivesEveryListedPersonTheMove() {
        Extraction x = extract("Mosaic Compute has hired three engineers from Google DeepMind to build a new serving team, the "
                + "company said on Monday: Ayesha Qadri, Lorenzo Bellini and Hyun-woo Kang.", LocalDate.of(2026, 7, 22));
        for (String p : new String[]{"Ayesha Qadri", "Lorenzo Bellini", "Hyun-woo Kang"}) {
            Candidate hire = find(x, p, "mosaic-compute", EventType.HIRE);
            assertEquals("2026-07-20", hire.date().toString());
            assertEquals("mosaic-compute", find(x, p, "google-deepmind", EventType.DEPARTURE).destination().slug());
        }
    }

    @Test
    void appointmentsWithAnAppositiveOrAnHonorificAreRead() {
        Extraction x = extract("""
                Lumenfield names new leaders

                Lumenfield named Carla Ruiz, previously vice president of engineering at Scale AI, as its chief technology                 officer. It also named Piotr Nowak, its head of infrastructure, as interim chief scientist. Lumenfield also                 announced the appointment of Dr. Yusra Haidari as Chief Medical Officer. Dr. Haidari joins from Novartis,                 where she led translational research. The company also said Helena Moreau has joined as chief financial officer.
                """, LocalDate.of(2026, 9, 16));
        assertEquals("chief technology officer", find(x, "Carla Ruiz", "lumenfield", EventType.HIRE).roleTitle());
        assertEquals("lumenfield", find(x, "Carla Ruiz", "scale-ai", EventType.DEPARTURE).destination().slug());
        assertEquals("interim chief scientist", find(x, "Piotr Nowak", "lumenfield", EventType.ROLE_CHANGE).roleTitle());
        Candidate cmo = find(x, "Yusra Haidari", "lumenfield", EventType.HIRE);
        assertEquals("Chief Medical Officer", cmo.roleTitle());
        assertEquals("Novartis", cmo.origin().name(), "joins from Novartis: the origin, not the hiring company");
        assertEquals("chief financial officer", find(x, "Helena Moreau", "lumenfield", EventType.HIRE).roleTitle());
    }

    @Test
    void someoneWhoSaysACompanyWillHireIsNotTheHire() {
        Extraction x = extract("Sable Research's head of policy, Ida Lindholm, has left the company. Analyst Marco Ferri of Ferrow "
                + "Research said Sable would likely hire a replacement from Washington.", LocalDate.of(2026, 4, 15));
        find(x, "Ida Lindholm", "sable-research", EventType.DEPARTURE);
        assertTrue(!anyAbout(x, "Marco Ferri"), "the analyst made no move: " + x.candidates());
    }

    @Test
    void peopleLeavingAlongWithTheSubjectLeaveToo() {
        Extraction x = extract("Aster Labs chief executive Hugo Brandt told staff on Monday that co-founder Yara Hassan is leaving "
                + "the company, along with pretraining lead Mateo Ortega and Nadia Eriksen, who ran the multimodal team.",
                LocalDate.of(2026, 7, 1));
        for (String p : new String[]{"Yara Hassan", "Mateo Ortega", "Nadia Eriksen"}) {
            assertEquals("2026-06-29", find(x, p, "aster-labs", EventType.DEPARTURE).date().toString());
        }
        assertTrue(!anyAbout(x, "Hugo Brandt"), "the announcer made no move: " + x.candidates());
    }

    @Test
    void hiringAsANounHiresNobody() {
        Extraction x = extract("Tidewater Robotics raised $450 million. Tidewater co-founder and chief executive Dana Whitmore said "
                + "the money would pay for a new plant and for hiring.", LocalDate.of(2026, 8, 12));
        assertTrue(x.candidates().isEmpty(), "nobody moved: " + x.candidates());
    }

    @Test
    void steppingInOrTakingOnDutiesAsActingIsARoleChange() {
        Extraction x = extract("Orrery Research has asked its vice president of engineering, Benedetta Ferro, to step in as acting "
                + "CTO. Parallax Systems also said Chidi Obi, its director of applied research, will take on the old duties "
                + "as acting head of research.", LocalDate.of(2026, 5, 12));
        Candidate cto = find(x, "Benedetta Ferro", "orrery-research", EventType.ROLE_CHANGE);
        assertEquals("acting CTO", cto.roleTitle());
        assertEquals(Seniority.C_LEVEL, cto.seniority());
        assertEquals("acting head of research", find(x, "Chidi Obi", "parallax-systems", EventType.ROLE_CHANGE).roleTitle());
    }

    @Test
    void thePersonNamedAfterAPossessiveIsTheSubject() {
        Extraction x = extract("Sable Research's head of public policy, Matteo Orsini, has left for a government post. Orsini's deputy, "
                + "Leona Fairfax, will run the policy team until a successor is named.", LocalDate.of(2026, 4, 15));
        find(x, "Leona Fairfax", "sable-research", EventType.ROLE_CHANGE);
        assertTrue(x.candidates().stream().noneMatch(c -> c.person().name().equals("Matteo Orsini") && c.type() == EventType.ROLE_CHANGE),
                "the possessor is not the one who takes over: " + x.candidates());
    }
}
