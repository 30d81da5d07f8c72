package org.personneltracker.common;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void parsesEachPrecisionAndKeepsTheStringAsGiven() {
        assertEquals(DatePrecision.YEAR, PartialDate.parse("2026").precision());
        assertEquals(DatePrecision.MONTH, PartialDate.parse("2026-02").precision());
        assertEquals(DatePrecision.DAY, PartialDate.parse("2026-02-09").precision());
        assertEquals("2026", PartialDate.parse("2026").toString());
        assertEquals("2026-02", PartialDate.parse("2026-02").toString());
        assertEquals("2026-02-09", PartialDate.parse("2026-02-09").toString());
    }

    @Test
    void storesThePeriodAsFirstAndLastDay() {
        PartialDate year = PartialDate.parse("2024");
        assertEquals(LocalDate.of(2024, 1, 1), year.start());
        assertEquals(LocalDate.of(2024, 12, 31), year.end());
        PartialDate feb = PartialDate.parse("2024-02");
        assertEquals(LocalDate.of(2024, 2, 1), feb.start());
        assertEquals(LocalDate.of(2024, 2, 29), feb.end());
        assertEquals(LocalDate.of(2026, 2, 28), PartialDate.parse("2026-02").end());
    }

    @Test
    void acceptsTheLeapDayOnlyInLeapYears() {
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02-29").start());
        assertEquals(LocalDate.of(2000, 2, 29), PartialDate.parse("2000-02-29").start());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2026-02-29"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1900-02-29"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13", "2026-00", "2026-04-31", "2026-1-5", "26-02-09", "2026/02/09",
            "February 2026", "", " ", "2026-02-09T10:00", "20260209", "abcd", "1799", "3000"})
    void rejectsImpossibleOrMalformedDates(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void sortsAPartialDateAtTheStartOfItsPeriod() {
        assertTrue(PartialDate.parse("2024").compareTo(PartialDate.parse("2024-01-02")) < 0);
        assertTrue(PartialDate.parse("2024-06").compareTo(PartialDate.parse("2024-06-01")) < 0);
        assertTrue(PartialDate.parse("2024-05-31").compareTo(PartialDate.parse("2024-06")) < 0);
    }

    @Test
    void overlapMatchesPeriodsThatShareADay() {
        assertTrue(PartialDate.parse("2024").overlaps(PartialDate.parse("2024-06")));
        assertTrue(PartialDate.parse("2024-06").overlaps(PartialDate.parse("2024-06-30")));
        assertFalse(PartialDate.parse("2024-06").overlaps(PartialDate.parse("2024-07-01")));
    }

    @Test
    void labelsAtTheDatesPrecisionNeverInventingADay() {
        assertEquals("2026", PartialDate.parse("2026").label());
        assertEquals("Feb 2026", PartialDate.parse("2026-02").label());
        assertEquals("9 Feb 2026", PartialDate.parse("2026-02-09").label());
    }

    @Test
    void rebuildsStoredValuesAndNormalizesTheStart() {
        assertEquals(PartialDate.parse("2026-02"), PartialDate.of(LocalDate.of(2026, 2, 17), DatePrecision.MONTH));
        assertEquals(PartialDate.parse("2026"), PartialDate.of(LocalDate.of(2026, 7, 1), DatePrecision.YEAR));
    }

    @Test
    void readingOrderPlacesAMonthAtItsMiddleAmongDays() {
        java.util.List<PartialDate> dates = new java.util.ArrayList<>(java.util.List.of(PartialDate.parse("2026-02-17"),
                PartialDate.parse("2026-02"), PartialDate.parse("2026-01"), PartialDate.parse("2026-02-05"),
                PartialDate.parse("2026-02-13")));
        dates.sort(PartialDate.READING_ORDER);
        assertEquals("[2026-01, 2026-02-05, 2026-02-13, 2026-02, 2026-02-17]", dates.toString());
    }
}
