package org.personneltracker.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 10); // a Tuesday

    private static DateResolver.DateHit resolve(String s) {
        return DateResolver.resolve(s, PUBLISHED);
    }

    @Test
    void weekdayWithDayResolvesToThatDay() {
        DateResolver.DateHit h = resolve("resigned on Monday, February 9");
        assertEquals("2026-02-09", h.date().toString());
        assertFalse(h.approximate());
    }

    @Test
    void explicitDatesWithAndWithoutYear() {
        assertEquals("2026-02-09", resolve("on February 9, 2026").date().toString());
        assertEquals("2026-02-09", resolve("on 9 February").date().toString());
        assertEquals("2026-02-09", resolve("on Feb. 9").date().toString());
        assertEquals("2026-02-09", resolve("dated 2026-02-09").date().toString());
    }

    @Test
    void aDateWithoutYearAfterPublicationBelongsToThePreviousYear() {
        assertEquals("2025-12-20", resolve("on December 20").date().toString());
    }

    @Test
    void weekdayAloneIsTheMostRecentSuchDayOnOrBeforePublication() {
        DateResolver.DateHit h = resolve("announced on Monday");
        assertEquals("2026-02-09", h.date().toString());
        assertFalse(h.approximate());
        assertEquals("2026-02-04", resolve("said on Wednesday").date().toString());
    }

    @Test
    void relativePhrasesStateTheirPrecisionHonestly() {
        assertEquals("2026-02-09", resolve("left yesterday").date().toString());
        assertFalse(resolve("left yesterday").approximate());
        // a week that lies in one month gives the month; one that spans two gives an approximate day
        DateResolver.DateHit lastWeek = resolve("left last week");
        assertEquals("2026-02", lastWeek.date().toString());
        assertFalse(lastWeek.approximate());
        assertEquals("2026-02", resolve("left earlier this week").date().toString());
        DateResolver.DateHit spanning = DateResolver.resolve("left last week", java.time.LocalDate.of(2026, 3, 3));
        assertEquals("2026-02-24", spanning.date().toString());
        assertTrue(spanning.approximate());
        assertEquals("2026-01", resolve("left last month").date().toString());
        assertEquals("2026-02", resolve("left earlier this month").date().toString());
        assertEquals("2025", resolve("joined last year").date().toString());
    }

    @Test
    void monthAndYearAndYearAlone() {
        assertEquals("2024-06", resolve("in June 2024").date().toString());
        assertEquals("2023", resolve("joined in 2023").date().toString());
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertNull(DateResolver.resolve("on Monday", null));
        assertEquals("2026-02-09", DateResolver.resolve("February 9, 2026", null).date().toString());
    }

    @Test
    void impossibleDatesAreIgnored() {
        assertNull(resolve("on February 30, 2026"));
    }
}
