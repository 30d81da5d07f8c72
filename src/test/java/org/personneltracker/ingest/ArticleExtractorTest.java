package org.personneltracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.PartialDate;
import org.personneltracker.context.ContextType;
import org.personneltracker.context.FundingStatus;
import org.personneltracker.event.Circumstance;
import org.personneltracker.event.EventType;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;
import org.personneltracker.ingest.extract.ArticleExtractor;
import org.personneltracker.ingest.extract.Candidate;
import org.personneltracker.ingest.extract.Extraction;
import org.personneltracker.ingest.extract.Gazetteer;
import org.personneltracker.ingest.extract.KnownContext;
import org.personneltracker.ingest.extract.KnownEntity;
import org.personneltracker.ingest.extract.Span;

class ArticleExtractorTest {

    private static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);

    private static Gazetteer gazetteer() {
        return new Gazetteer(
                List.of(new KnownEntity("mrinank-sharma", "Mrinank Sharma", List.of("M. Sharma")),
                        new KnownEntity("mira-murati", "Mira Murati", List.of())),
                List.of(new KnownEntity("anthropic", "Anthropic", List.of()),
                        new KnownEntity("openai", "OpenAI", List.of("Open AI")),
                        new KnownEntity("google-deepmind", "Google DeepMind", List.of("DeepMind")),
                        new KnownEntity("meta", "Meta", List.of())),
                List.of(new KnownContext("anthropic-2026-02-05-product-launch-claude-opus-4-6", "anthropic",
                        ContextType.PRODUCT_LAUNCH, "Claude Opus 4.6", PartialDate.parse("2026-02-05"), null, null, null)));
    }

    private static Extraction extract(String text) {
        return read(ArticleText.fromText(text).withPublishedDate(FEB_10));
    }

    private static Extraction read(ArticleText t) {
        return new ArticleExtractor(gazetteer()).extract(t.title(), t.text(), t.publishedDate());
    }

    private static Candidate find(Extraction x, String person, String company, EventType type) {
        for (Candidate c : x.candidates()) {
            if (c.person().name().equals(person) && c.company().name().equals(company) && c.type() == type) {
                return c;
            }
        }
        throw new AssertionError("no " + type + " of " + person + " at " + company + " in " + x.candidates());
    }

    @Test
    void theSeedCase() {
        Extraction x = extract("Mrinank Sharma, who led the Safeguards Research team at Anthropic, resigned on Monday, "
                + "February 9. \"Today is my last day at Anthropic. I resigned,\" Sharma wrote. He plans to move back to the UK. "
                + "The company rolled out Claude Opus 4.6 last week and is in talks to raise money at a valuation of as much "
                + "as $350 billion. Anthropic has a workforce of around 2,000.");
        Candidate c = x.candidates().get(0);
        assertEquals("mrinank-sharma", c.person().slug());
        assertEquals("anthropic", c.company().slug());
        assertEquals(EventType.DEPARTURE, c.type());
        assertEquals(RoleCategory.SAFETY, c.category());
        assertEquals(Seniority.HEAD, c.seniority());
        assertEquals("Safeguards Research", c.roleTeam());
        assertEquals("2026-02-09", c.date().toString());
        assertFalse(c.dateApproximate());
        assertEquals(Circumstance.RESIGNED, c.circumstance());
        assertNull(c.destination(), "the UK is not a company");
        assertEquals("Today is my last day at Anthropic. I resigned,", c.quote());
        assertTrue(x.mentions().stream().anyMatch(m -> m.type() == ContextType.PRODUCT_LAUNCH
                && "anthropic-2026-02-05-product-launch-claude-opus-4-6".equals(m.key())));
        assertTrue(x.mentions().stream().anyMatch(m -> m.type() == ContextType.FUNDING_ROUND
                && Long.valueOf(350_000_000_000L).equals(m.valuation()) && m.status() == FundingStatus.IN_TALKS));
        assertTrue(x.mentions().stream().anyMatch(m -> m.type() == ContextType.HEADCOUNT && Long.valueOf(2000).equals(m.amount())));
    }

    @Test
    void possessivesAndCurlyApostrophesMatchStoredNames() {
        Extraction x = extract("Anthropic\u2019s Mrinank Sharma has quit. OpenAI's researchers were surprised.");
        Candidate c = find(x, "Mrinank Sharma", "Anthropic", EventType.DEPARTURE);
        assertTrue(c.person().known());
        assertTrue(c.company().known());
        assertTrue(x.spans().stream().anyMatch(s -> s.label().equals("COMPANY")
                && "Anthropic’s Mrinank Sharma has quit. OpenAI's researchers were surprised.".substring(s.start(), s.end()).equals("OpenAI")));
    }

    @Test
    void aMoveGivesADepartureWithDestinationAndALowerScoredHire() {
        Extraction x = extract("Jane Doe, a senior researcher, left OpenAI to join Google DeepMind on Monday.");
        Candidate dep = find(x, "Jane Doe", "OpenAI", EventType.DEPARTURE);
        Candidate hire = find(x, "Jane Doe", "Google DeepMind", EventType.HIRE);
        assertEquals("google-deepmind", dep.destination().slug());
        assertEquals("openai", hire.origin().slug());
        assertTrue(dep.score() > hire.score());
        assertFalse(dep.person().known(), "a new name is found but not linked");
        assertEquals(Seniority.SENIOR_IC, dep.seniority());
    }

    @Test
    void twoPeopleInOneSentenceAreTiedToTheirOwnVerbs() {
        Extraction x = extract("Mira Murati joined Meta on Monday, while John Smith, the head of product, resigned from Anthropic.");
        Candidate hire = find(x, "Mira Murati", "Meta", EventType.HIRE);
        Candidate dep = find(x, "John Smith", "Anthropic", EventType.DEPARTURE);
        assertEquals(RoleCategory.PRODUCT, dep.category());
        assertEquals("2026-02-09", hire.date().toString());
        assertTrue(x.candidates().stream().noneMatch(c -> c.person().name().equals("Mira Murati") && c.type() == EventType.DEPARTURE));
    }

    @Test
    void aReturnIsToTheCompanyThePersonIsIntroducedAsHavingLeft() {
        Extraction x = extract("Jane Doe, OpenAI's former head of research, is returning as chief scientist after two years at Meta.");
        Candidate back = find(x, "Jane Doe", "OpenAI", EventType.RETURN);
        assertEquals("meta", back.origin().slug());
        Candidate left = find(x, "Jane Doe", "Meta", EventType.DEPARTURE);
        assertEquals("openai", left.destination().slug());
        assertTrue(x.candidates().stream().noneMatch(c -> c.type() == EventType.RETURN && c.company().slug().equals("meta")));
    }

    @Test
    void aCompanyNamedAsWherePeopleWorkedBeforeIsNotTheHiringOne() {
        Extraction x = extract("OpenAI is growing. The company said it had hired Jane Doe, previously finance chief at Meta, "
                + "as chief financial officer.");
        Candidate hire = find(x, "Jane Doe", "OpenAI", EventType.HIRE);
        assertEquals("meta", hire.origin().slug());
        assertTrue(x.candidates().stream().noneMatch(c -> c.type() == EventType.HIRE && c.company().slug().equals("meta")));
    }

    @Test
    void aDigestItemIsDatedByTheDateItEndsWith() {
        Extraction x = extract("Moves this week:\n\n• Meta hired Jane Doe as general counsel. She was at OpenAI. — February 3\n"
                + "• Anthropic named John Roe head of policy. — February 5\n");
        assertEquals("2026-02-03", find(x, "Jane Doe", "Meta", EventType.HIRE).date().toString());
        assertEquals("2026-02-05", find(x, "John Roe", "Anthropic", EventType.HIRE).date().toString());
    }

    @Test
    void aDepartureToldAsTheHistoryOfAReturnIsWhereThePersonComesBackFrom() {
        Extraction x = extract("OpenAI brought back Jane Doe as head of data, a year after she left for Meta.");
        Candidate back = find(x, "Jane Doe", "OpenAI", EventType.RETURN);
        assertEquals("meta", back.origin().slug());
        assertTrue(x.candidates().stream().noneMatch(c -> c.type() == EventType.DEPARTURE && c.company().slug().equals("openai")));
        assertTrue(x.candidates().stream().noneMatch(c -> c.type() == EventType.HIRE && c.company().slug().equals("meta")));
    }

    @Test
    void aPluralSubjectIsThePeopleJustListedAndAListSharesItsTitle() {
        Extraction x = extract("Meta hired three people from OpenAI on Monday. Jane Doe is joined by John Roe and Ana Ruiz, "
                + "all research engineers on the same team. The three resigned from OpenAI last week.");
        assertNotNull(find(x, "Jane Doe", "OpenAI", EventType.DEPARTURE));
        for (String name : List.of("John Roe", "Ana Ruiz")) {
            Candidate dep = find(x, name, "OpenAI", EventType.DEPARTURE);
            assertEquals(RoleCategory.RESEARCH, dep.category(), name);
        }
        assertEquals("research engineer", find(x, "Ana Ruiz", "OpenAI", EventType.DEPARTURE).roleTitle());
    }

    @Test
    void theCompanyAsActorMakesThePersonTheObject() {
        Extraction x = extract("OpenAI fired Jane Roe, its head of security, on Friday.");
        Candidate c = find(x, "Jane Roe", "OpenAI", EventType.DEPARTURE);
        assertEquals(Circumstance.DISMISSED, c.circumstance());
        assertEquals(RoleCategory.SECURITY, c.category());
        assertEquals("2026-02-06", c.date().toString());
    }

    @Test
    void synonymSubstitutedTextIsStillRead() {
        Extraction x = extract("The chief of Anthropic\u2019s Safeguards Research group, Mrinank Sharma, has stepped away from "
                + "the agency, he introduced on Monday.");
        Candidate c = find(x, "Mrinank Sharma", "Anthropic", EventType.DEPARTURE);
        assertEquals(Circumstance.RESIGNED, c.circumstance());
        assertEquals("2026-02-09", c.date().toString());
    }

    @Test
    void aFirstPersonPostIsTiedToItsByline() {
        Extraction x = extract("By Mrinank Sharma\n\nToday is my last day at Anthropic. I resigned.");
        Candidate c = find(x, "Mrinank Sharma", "Anthropic", EventType.DEPARTURE);
        assertEquals("2026-02-10", c.date().toString());
        assertNotNull(c.quote());
    }

    @Test
    void noDateMeansThePublicationDateMarkedApproximate() {
        Extraction x = extract("Mrinank Sharma has left Anthropic.");
        Candidate c = find(x, "Mrinank Sharma", "Anthropic", EventType.DEPARTURE);
        assertEquals("2026-02-10", c.date().toString());
        assertTrue(c.dateApproximate());
        Extraction undated = read(ArticleText.fromText("Mrinank Sharma has left Anthropic."));
        assertNull(undated.candidates().get(0).date());
    }

    @Test
    void relatedArticleHeadlinesAreNotEvents() {
        Extraction x = extract("Mrinank Sharma resigned from Anthropic on Monday.\n\nRelated articles:\n"
                + "Mira Murati Resigns From OpenAI\nRead more: Mira Murati joins Meta");
        assertTrue(x.candidates().stream().noneMatch(c -> c.person().name().equals("Mira Murati")), x.candidates().toString());
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "Anthropic\u2019s Mrinank Sharma \u2014 who led safeguards research \u2014 resigned \u201cquietly\u201d.";
        Extraction x = read(ArticleText.fromText(text).withPublishedDate(FEB_10));
        for (Span s : x.spans()) {
            assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() < s.end(), s.toString());
        }
        assertTrue(x.spans().stream().anyMatch(s -> s.label().equals("PERSON")
                && text.substring(s.start(), s.end()).equals("Mrinank Sharma")));
    }

    // ------------------------------------------------------------------ failure classes of issue 12

    private static boolean reports(Extraction x, String person) {
        return x.candidates().stream().anyMatch(c -> c.person().name().equals(person));
    }

    @Test
    void theAnnouncerIsNotTheOneLeavingAndBothSubjectsAreFound() {
        Extraction x = extract("Meta chief executive Jane Quill said on Monday that the company's chief technology officer,"
                + " Rhea Banerjee, and its head of safety, Tomas Lind, are leaving.");
        Candidate cto = find(x, "Rhea Banerjee", "Meta", EventType.DEPARTURE);
        find(x, "Tomas Lind", "Meta", EventType.DEPARTURE);
        assertEquals("2026-02-09", cto.date().toString());
        assertEquals(Seniority.C_LEVEL, cto.seniority());
        assertFalse(reports(x, "Jane Quill"), x.candidates().toString());
    }

    @Test
    void everyoneInAListOfHiresIsHiredAndLeavesTheirLab() {
        Extraction x = extract("Meta has hired five researchers from OpenAI on Friday, including Ana Pires, Bo Chen,"
                + " Carl Jung-Hoff, Dara Oyelaran and Eli Strauss.");
        for (String p : List.of("Ana Pires", "Bo Chen", "Carl Jung-Hoff", "Dara Oyelaran", "Eli Strauss")) {
            assertEquals("openai", find(x, p, "Meta", EventType.HIRE).origin().slug(), p);
            assertEquals("meta", find(x, p, "OpenAI", EventType.DEPARTURE).destination().slug(), p);
        }
    }

    @Test
    void peopleWhoOnlyCommentAreNotSubjects() {
        Extraction x = extract("Jane Roe, who led the alignment team at Anthropic, resigned on Monday. \"People do not quit"
                + " over one thing,\" said Kai Brandt, an analyst at Pine Research. Anthropic chief executive Lena Ortiz said"
                + " the departure was amicable.");
        find(x, "Jane Roe", "Anthropic", EventType.DEPARTURE);
        assertFalse(reports(x, "Kai Brandt"), x.candidates().toString());
        assertFalse(reports(x, "Lena Ortiz"), x.candidates().toString());
    }

    @Test
    void platformsWherePeoplePostAreNotEmployers() {
        Extraction x = extract("Jane Roe said on X on Monday that she had left OpenAI. She also posted on LinkedIn, Threads"
                + " and Substack, and in a YouTube video.");
        Candidate c = find(x, "Jane Roe", "OpenAI", EventType.DEPARTURE);
        assertNull(c.destination());
        assertTrue(x.candidates().stream().noneMatch(k -> List.of("x", "linkedin", "threads", "substack", "youtube")
                .contains(k.company().name().toLowerCase(java.util.Locale.ROOT))), x.candidates().toString());
    }

    @Test
    void anInsiderNamedInterimChiefIsARoleChangeAndAPromotionTakesTheNewTitle() {
        Extraction x = extract("The board of Meta has removed chief executive Victor Lang and named chief financial officer"
                + " Aisha Bello interim CEO, the company said on Tuesday. Meta also promoted Ken Ito, its director of research,"
                + " to chief scientist.");
        assertEquals(Circumstance.DISMISSED, find(x, "Victor Lang", "Meta", EventType.DEPARTURE).circumstance());
        assertEquals("interim CEO", find(x, "Aisha Bello", "Meta", EventType.ROLE_CHANGE).roleTitle());
        assertEquals("chief scientist", find(x, "Ken Ito", "Meta", EventType.ROLE_CHANGE).roleTitle());
        assertFalse(x.candidates().stream().anyMatch(c -> c.person().name().equals("Aisha Bello") && c.type() == EventType.DEPARTURE));
    }

    @Test
    void aValuationIsNotAnAmountAndTwoRoundsInOneSentenceStayApart() {
        Extraction x = extract("Anthropic is in talks to raise money at a valuation of as much as $60 billion, more than six"
                + " times the $9 billion it was valued at when it closed an $800 million Series C in September.");
        assertTrue(x.mentions().stream().anyMatch(m -> Long.valueOf(60_000_000_000L).equals(m.valuation()) && m.amount() == null
                && m.status() == FundingStatus.IN_TALKS), x.mentions().toString());
        assertTrue(x.mentions().stream().anyMatch(m -> Long.valueOf(800_000_000L).equals(m.amount())
                && Long.valueOf(9_000_000_000L).equals(m.valuation()) && m.status() == FundingStatus.CLOSED), x.mentions().toString());
    }

    @Test
    void anAmountInTheNextSentenceJoinsTheValuationOfTheRoundInTalks() {
        Extraction x = extract("Meta Is Said to Weigh Funding at $9 Billion Value\n\nAnthropic is in early talks to raise new funding"
                + " that would value it at roughly $9 billion, people said. The company is looking to raise about $600 million.");
        assertTrue(x.mentions().stream().anyMatch(m -> Long.valueOf(600_000_000L).equals(m.amount())
                && Long.valueOf(9_000_000_000L).equals(m.valuation()) && m.status() == FundingStatus.IN_TALKS), x.mentions().toString());
        assertTrue(x.mentions().stream().noneMatch(m -> Long.valueOf(9L).equals(m.amount())
                || Long.valueOf(9_000_000_000L).equals(m.amount())), x.mentions().toString());
    }

    @Test
    void aFutureDepartureIsDatedByItsAnnouncementAndFollowOnSentencesKeepTheStorysDate() {
        Extraction x = extract("OpenAI said on Monday that its vice president of research, Anders Holm, will leave the company."
                + " Holm will remain until May to finish the next model.\n\nChief scientist Ruth Kim is stepping down as well.");
        assertEquals("2026-02-09", find(x, "Anders Holm", "OpenAI", EventType.DEPARTURE).date().toString());
        assertEquals("2026-02-09", find(x, "Ruth Kim", "OpenAI", EventType.DEPARTURE).date().toString());
    }

    @Test
    void relativeMonthsResolveAgainstThePublicationDate() {
        Extraction x = extract("Jane Roe left Anthropic last month. Tom Poe quit Meta in June, and Ana Lee joined OpenAI earlier"
                + " this month.");
        assertEquals("2026-01", find(x, "Jane Roe", "Anthropic", EventType.DEPARTURE).date().toString());
        assertEquals("2025-06", find(x, "Tom Poe", "Meta", EventType.DEPARTURE).date().toString());
        assertEquals("2026-02", find(x, "Ana Lee", "OpenAI", EventType.HIRE).date().toString());
    }

    @Test
    void pageFurnitureAndTyposDoNotMakePeople() {
        Extraction x = extract("By HELENA MARSH Wire Technology Writer\n\nWatch Channel 9 News free wherever you are.\n\n"
                + "FILE - Jane Quill, president and co-founder of Meta, speaks at an event. (Wire Photo/Lee Tran, File)\n\n"
                + "Ines Carvalho, the chief operating officer of Anthropic, resigned on Monday. Carvahlo spent three years at"
                + " the company.");
        find(x, "Ines Carvalho", "Anthropic", EventType.DEPARTURE);
        assertEquals(1, x.candidates().size(), x.candidates().toString());
    }

    @Test
    void aReturnIsARoleChangeNeitherAHire() {
        Extraction x = extract("Sofia Reyes is returning to Anthropic as vice president of engineering, two years after she"
                + " left for OpenAI, Anthropic said on Monday. Reyes said on LinkedIn that coming back felt right.");
        Candidate c = find(x, "Sofia Reyes", "Anthropic", EventType.RETURN);
        assertEquals(Seniority.VP, c.seniority());
        assertFalse(x.candidates().stream().anyMatch(k -> k.type() == EventType.HIRE && k.company().name().equals("Anthropic")));
    }

    @Test
    void anOriginTheGazetteerDoesNotKnowStillGivesTheDeparture() {
        Extraction x = extract("Omar Siddiqui joined Anthropic as head of security from Northgate Robotics on Monday.");
        Candidate hire = find(x, "Omar Siddiqui", "Anthropic", EventType.HIRE);
        assertEquals("Northgate Robotics", hire.origin().name());
        assertEquals(RoleCategory.SECURITY, hire.category());
        assertEquals("anthropic", find(x, "Omar Siddiqui", "Northgate Robotics", EventType.DEPARTURE).destination().slug());
    }

    @Test
    void aFoundingGroupGivesEachMemberTheFoundingHireAndTheDeparture() {
        Extraction x = extract("Three former OpenAI engineers have launched Tessellate, a startup that tests AI agents, with $20"
                + " million in seed funding.\n\nNell Voss, Arturo Bianchi and Keiko Mori left OpenAI this winter. Voss is"
                + " Tessellate's chief executive; Bianchi is chief technology officer and Mori leads research.");
        for (String p : List.of("Nell Voss", "Arturo Bianchi", "Keiko Mori")) {
            Candidate hire = find(x, p, "Tessellate", EventType.HIRE);
            assertTrue(hire.founder(), p);
            assertEquals("Tessellate", find(x, p, "OpenAI", EventType.DEPARTURE).destination().name());
        }
        assertEquals(Seniority.C_LEVEL, find(x, "Nell Voss", "Tessellate", EventType.HIRE).seniority());
        assertEquals(RoleCategory.RESEARCH, find(x, "Keiko Mori", "Tessellate", EventType.HIRE).category());
        assertNull(find(x, "Nell Voss", "OpenAI", EventType.DEPARTURE).roleTitle(), "the new title is not the one left");
    }

    @Test
    void namedAAsXAndBAsYHiresBoth() {
        Extraction x = extract("Anthropic on Monday named Dara Quinn as chief technology officer and Felipe Ortega as head of"
                + " research.");
        assertEquals("chief technology officer", find(x, "Dara Quinn", "Anthropic", EventType.HIRE).roleTitle());
        assertEquals("head of research", find(x, "Felipe Ortega", "Anthropic", EventType.HIRE).roleTitle());
    }

    @Test
    void aFormerEmployerToldBeforeTheNameGivesTheDeparture() {
        Extraction x = extract("Meta said on Monday that its former policy director, Lena Hart, joined Anthropic. Separately,"
                + " OpenAI has lost its head of infrastructure, Bram Kell, to Google DeepMind.");
        Candidate left = find(x, "Lena Hart", "Meta", EventType.DEPARTURE);
        assertEquals("anthropic", left.destination().slug());
        Candidate lost = find(x, "Bram Kell", "OpenAI", EventType.DEPARTURE);
        assertEquals("google-deepmind", lost.destination().slug());
        assertEquals("head of infrastructure", lost.roleTitle());
    }

    @Test
    void joinsAsFromWhereSheWasGivesBothRoles() {
        Extraction x = extract("Anthropic said Karin Sund joins as general counsel from Meta, where she was deputy general"
                + " counsel.");
        assertEquals("general counsel", find(x, "Karin Sund", "Anthropic", EventType.HIRE).roleTitle());
        assertEquals("deputy general counsel", find(x, "Karin Sund", "Meta", EventType.DEPARTURE).roleTitle());
    }

    @Test
    void aWeekInOneMonthIsThatMonthAndAFutureExitIsDatedByItsAnnouncement() {
        Extraction x = extract("Chief technology officer Dana Sorlie will leave Anthropic at the end of June, the company said"
                + " on Monday. Meta's Ola Berg left this week for OpenAI.");
        assertEquals("2026-02-09", find(x, "Dana Sorlie", "Anthropic", EventType.DEPARTURE).date().toString());
        assertEquals("2026-02", find(x, "Ola Berg", "Meta", EventType.DEPARTURE).date().toString());
    }
}
