package org.personneltracker.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesChartTest {

    @Test
    void periodsRunWithoutGapsAcrossYears() {
        assertEquals("2025-Q1", SeriesChart.next("2024-Q4"));
        assertEquals("2025-01", SeriesChart.next("2024-12"));
        assertEquals("2025", SeriesChart.next("2024"));
        Series s = new Series(InsightQuery.Interval.QUARTER, "category", List.of(
                new Series.Row("2024-Q3", "SAFETY", "Safety", 2, 0), new Series.Row("2025-Q1", "SAFETY", "Safety", 0, 1)),
                List.of());
        assertEquals(List.of("2024-Q3", "2024-Q4", "2025-Q1"), SeriesChart.periods(s));
    }

    @Test
    void eachKeyHasAPatternAsWellAsAColourAndTheChartDescribesItself() {
        List<Series.Row> rows = new java.util.ArrayList<>();
        String[] keys = {"A", "B", "C", "D", "E", "F", "G", "H", "I"};
        for (int i = 0; i < keys.length; i++) {
            rows.add(new Series.Row("2025", keys[i], "Key " + keys[i], i + 1, 0));
        }
        SeriesChart c = SeriesChart.of(new Series(InsightQuery.Interval.YEAR, "company", rows, List.of()));
        assertEquals(7, c.legend().size(), "six busiest keys and Other");
        assertEquals("Other", c.legend().get(6).label());
        assertEquals(7, c.legend().stream().map(SeriesChart.LegendItem::pattern).distinct().count());
        assertTrue(c.description().startsWith("45 departures and 0 arrivals per year from 2025 to 2025"), c.description());
        assertNull(SeriesChart.of(new Series(InsightQuery.Interval.YEAR, "company", List.of(), List.of())));
    }
}
