package org.personneltracker.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "After launches" as pure logic, with the counts worked out by hand. */
class LaunchWindowsTest {

    private static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    private static LaunchWindows.Departure dep(String s) {
        return new LaunchWindows.Departure(day(s), 1, false);
    }

    @Test
    void overlappingWindowsMergeAndAreClippedToThePeriod() {
        List<LocalDate[]> w = LaunchWindows.merge(List.of(day("2025-03-01"), day("2025-03-16"), day("2025-08-25")),
                day("2025-03-01"), day("2025-09-10"), 30);
        assertEquals(2, w.size());
        assertEquals(day("2025-03-02"), w.get(0)[0], "the launch day itself is not after the launch");
        assertEquals(day("2025-04-15"), w.get(0)[1]);
        assertEquals(day("2025-08-26"), w.get(1)[0]);
        assertEquals(day("2025-09-10"), w.get(1)[1], "clipped to the period's end");
    }

    @Test
    void ratesInsideAndOutsideTheWindows() {
        // period 1 Jan .. 30 Apr 2025 (120 days); one launch on 1 Feb: window 2 Feb .. 3 Mar (30 days), 90 outside
        LaunchWindows.Result r = LaunchWindows.compare(List.of(day("2025-02-01")),
                List.of(dep("2025-02-01"), dep("2025-02-02"), dep("2025-03-03"), dep("2025-03-04"), dep("2025-04-30")),
                day("2025-01-01"), day("2025-04-30"), 30);
        assertEquals(1, r.launches());
        assertEquals(30, r.windowDays());
        assertEquals(90, r.otherDays());
        assertEquals(2, r.departuresAfter());
        assertEquals(3, r.departuresOther());
        assertEquals(2.0, r.perWindowAfter(), 1e-9);
        assertEquals(1.0, r.perWindowOther(), 1e-9);
        assertEquals(1.25, r.expectedAfter(), 1e-9, "5 departures x 30 / 120 days");
        assertTrue(r.verdict().contains("Too few events to tell a pattern from chance"), r.verdict());
    }

    @Test
    void theWordsNeverClaimMoreThanTheCounts() {
        assertTrue(LaunchWindows.verdict(4, 4, 2, 2.16, 1, 30).contains("within the scatter chance alone often produces"));
        String many = LaunchWindows.verdict(10, 30, 20, 10.0, 0, 30);
        assertTrue(many.contains("more than chance alone usually gives"), many);
        assertTrue(many.contains("not proof"), many);
        assertTrue(many.contains("cannot show that a launch caused anyone to leave"), many);
        assertTrue(LaunchWindows.verdict(0, 0, 3, 0, 0, 30).contains("nothing to compare"));
    }
}
