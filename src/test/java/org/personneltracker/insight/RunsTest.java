package org.personneltracker.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.PartialDate;

/** Waves as pure logic: runs with no gap longer than the window, month dates mid-month, year dates left out. */
class RunsTest {

    private static Runs.Point p(String date, long count) {
        return new Runs.Point(PartialDate.parse(date), false, count);
    }

    @Test
    void aRunEndsAtTheFirstGapLongerThanTheWindow() {
        List<Runs.Point> points = List.of(p("2025-03-03", 1), p("2025-03-10", 1), p("2025-03", 1), p("2025-04-20", 1),
                p("2025-05-01", 1), p("2025-09-01", 1), p("2024", 5));
        List<Runs.Run> runs = Runs.find(points, 3, 30);
        assertEquals(1, runs.size());
        Runs.Run r = runs.get(0);
        assertEquals("2025-03-03", r.from().toString());
        assertEquals("2025-03", r.to().toString());
        assertEquals(3, r.size());
        assertEquals(true, r.approximate());
        assertEquals(13, r.spanDays(), "3 March to mid-March");
        // the 35-day gap from mid-March to 20 April: bridged by 35 days, not by 34
        assertEquals(List.of(5L), Runs.find(points, 3, 35).stream().map(Runs.Run::size).toList());
        assertEquals(List.of(), Runs.find(points, 4, 34));
    }

    @Test
    void severalDeparturesOnOneDayCountTogether() {
        List<Runs.Run> runs = Runs.find(List.of(p("2024-05-14", 3), p("2024-08-05", 1)), 3, 30);
        assertEquals(1, runs.size());
        assertEquals(3, runs.get(0).size());
        assertEquals(false, runs.get(0).approximate());
        assertEquals(0, runs.get(0).spanDays());
    }

    @Test
    void yearDatesNeverMakeARun() {
        assertEquals(List.of(), Runs.find(List.of(p("2024", 10)), 3, 30));
    }
}
