package org.personneltracker.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.DatePrecision;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.event.Confidence;
import org.personneltracker.event.EventType;
import org.personneltracker.event.EventView;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;

/** The rules of derived positions (README, "Positions"): only a company's own events end its post. */
class PositionsTest {

    private final List<EventView> career = new ArrayList<>();

    private PositionsTest at(String date, EventType type, String company, String title) {
        return at(date, type, company, title, null);
    }

    private PositionsTest at(String date, EventType type, String company, String title, String previousTitle) {
        EventView.RoleView role = new EventView.RoleView(title, null, RoleCategory.EXECUTIVE, Seniority.C_LEVEL, false);
        EventView.RoleView previous = previousTitle == null ? null
                : new EventView.RoleView(previousTitle, null, RoleCategory.EXECUTIVE, Seniority.C_LEVEL, false);
        career.add(new EventView((long) career.size() + 1, "k" + career.size(), type, date, DatePrecision.DAY, false,
                new SlugAndName("someone", "Someone"), new SlugAndName(company, company), role, previous, null, null,
                null, null, null, null, Confidence.REPORTED, false, List.of(), List.of(), null, null, 0, null, null));
        return this;
    }

    private List<String> positions() {
        return Positions.derive(career).stream().map(p -> p.company().slug() + " " + p.title() + " " + p.from() + " "
                + p.to()).toList();
    }

    @Test
    void aDepartureFromAnOlderJobElsewhereDoesNotEndTheCurrentPost() {
        // Sam Altman: back at OpenAI the day the Microsoft plan ended (that departure sorts after the return)
        at("2023-11-17", EventType.DEPARTURE, "openai", "CEO")
                .at("2023-11-19", EventType.HIRE, "microsoft", "Lead, new AI team")
                .at("2023-11-21", EventType.RETURN, "openai", "CEO")
                .at("2023-11-21", EventType.DEPARTURE, "microsoft", "Lead, new AI team");
        assertEquals(List.of("openai CEO null 2023-11-17", "microsoft Lead, new AI team 2023-11-19 2023-11-21",
                "openai CEO 2023-11-21 PRESENT"), positions());
    }

    @Test
    void aLaterHireElsewhereWithoutADepartureLeavesTheEndUnknown() {
        at("2020-01-01", EventType.HIRE, "alpha", "Engineer").at("2023-01-01", EventType.HIRE, "beta", "CTO");
        assertEquals(List.of("alpha Engineer 2020-01-01 null", "beta CTO 2023-01-01 PRESENT"), positions());
    }

    @Test
    void aHireReturnOrRoleChangeAtTheSameCompanySupersedesItsPost() {
        at("2020-01-01", EventType.HIRE, "alpha", "Engineer")
                .at("2021-01-01", EventType.ROLE_CHANGE, "alpha", "Lead", "Engineer")
                .at("2022-01-01", EventType.HIRE, "alpha", "Director");
        assertEquals(List.of("alpha Engineer 2020-01-01 2021-01-01", "alpha Lead 2021-01-01 2022-01-01",
                "alpha Director 2022-01-01 PRESENT"), positions());
    }

    @Test
    void aDepartureInAnotherRoleEndsThePostOnAnUnknownDay() {
        // Mira Murati: named interim CEO, left as CTO; the change back was not recorded
        at("2023-11-17", EventType.ROLE_CHANGE, "openai", "Interim CEO", "CTO")
                .at("2024-09-25", EventType.DEPARTURE, "openai", "CTO");
        assertEquals(List.of("openai CTO null 2023-11-17", "openai Interim CEO 2023-11-17 null",
                "openai CTO null 2024-09-25"), positions());
    }

    @Test
    void aDepartureTitleThatNamesTheSamePostEndsIt() {
        at("2015-12-11", EventType.HIRE, "openai", "Chief Scientist")
                .at("2024-05-14", EventType.DEPARTURE, "openai", "Co-founder and Chief Scientist");
        assertEquals(List.of("openai Chief Scientist 2015-12-11 2024-05-14"), positions());
        assertTrue(Positions.sameTitle("Researcher (alignment)", "Researcher"));
        assertTrue(Positions.sameTitle("Engineer", null));
        assertFalse(Positions.sameTitle("Interim CEO", "CTO"));
    }

    @Test
    void aDepartureOrRoleChangeWithoutARecordedStartGivesAPostWithAnUnknownStart() {
        at("2024-01-01", EventType.DEPARTURE, "alpha", "Engineer")
                .at("2024-02-01", EventType.ROLE_CHANGE, "beta", "VP", "Director");
        assertEquals(List.of("alpha Engineer null 2024-01-01", "beta Director null 2024-02-01",
                "beta VP 2024-02-01 PRESENT"), positions());
    }
}
