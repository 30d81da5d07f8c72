package org.personneltracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one rule for partial dates in windows of days. */
class DayDistanceTest {

    private static DayDistance d(String from, String to) {
        return DayDistance.between(PartialDate.parse(from), PartialDate.parse(to));
    }

    @Test
    void twoDaysAreExactAndSigned() {
        assertEquals(new DayDistance(4, false), d("2026-02-05", "2026-02-09"));
        assertEquals(new DayDistance(-4, false), d("2026-02-09", "2026-02-05"));
        assertEquals("4 days after", d("2026-02-05", "2026-02-09").words());
        assertEquals("1 day before", d("2026-02-09", "2026-02-08").words());
        assertEquals("the same day", d("2026-02-09", "2026-02-09").words());
    }

    @Test
    void aMonthStandsAtItsMiddleAndIsApproximate() {
        // March has 31 days: its middle is the 16th; February 2026 (28 days) is the 14th and a half
        assertEquals(LocalDate.of(2025, 3, 16), DayDistance.position(PartialDate.parse("2025-03")));
        assertEquals(new DayDistance(6, true), d("2025-03-10", "2025-03"));
        assertEquals(new DayDistance(6, true), d("2026-02-09", "2026-02"), "5.5 days round away from zero");
        assertEquals(new DayDistance(-6, true), d("2026-02", "2026-02-09"));
        assertEquals("about 6 days after", d("2025-03-10", "2025-03").words());
        assertEquals(new DayDistance(0, true), d("2025-03", "2025-03"));
        assertEquals("about the same time", d("2025-03", "2025-03").words());
        assertEquals(new DayDistance(30, true), d("2025-01", "2025-02"), "16 Jan to 14½ Feb: 29½ days, rounded up");
    }

    @Test
    void aYearHasNoPlaceInAWindowOfDays() {
        assertNull(d("2024", "2024-05-14"));
        assertNull(d("2024-05-14", "2024"));
        assertNull(DayDistance.position(PartialDate.parse("2024")));
        assertFalse(DayDistance.placeable(PartialDate.parse("2024")));
        assertTrue(DayDistance.placeable(PartialDate.parse("2024-05")));
    }

    @Test
    void theSourcesRoughFlagMakesItApproximate() {
        DayDistance x = DayDistance.between(PartialDate.parse("2026-02-05"), false, PartialDate.parse("2026-02-09"), true);
        assertEquals(new DayDistance(4, true), x);
        assertEquals("about 4 days after", x.words());
    }

    @Test
    void aWiderPeriodCoversTheDatesInIt() {
        assertTrue(DayDistance.covers(PartialDate.parse("2026-02"), PartialDate.parse("2026-02-09")));
        assertTrue(DayDistance.covers(PartialDate.parse("2026"), PartialDate.parse("2026-02")));
        assertFalse(DayDistance.covers(PartialDate.parse("2026-02"), PartialDate.parse("2026-02")), "same precision");
        assertFalse(DayDistance.covers(PartialDate.parse("2026-02"), PartialDate.parse("2026-03-01")));
        assertFalse(DayDistance.covers(PartialDate.parse("2026-02-09"), PartialDate.parse("2026-02")));
    }

    @Test
    void withinCountsBothSides() {
        assertTrue(d("2026-02-05", "2026-03-07").within(30));
        assertFalse(d("2026-02-05", "2026-03-08").within(30));
        assertTrue(d("2026-02-05", "2026-01-06").within(30));
    }
}
