package org.personneltracker.insight;

import java.util.List;

/**
 * GET /api/insights/series: departures and arrivals per period and key (a company slug, a role category or an event
 * type), as API.md defines a company's departures (its own, and hires elsewhere that name it as origin when no
 * departure of that move is recorded) and hires (hires and returns, and departures elsewhere to it likewise).
 * {@code unplaced} holds the records dated only to a year when the interval is a month or a quarter, by year.
 * With {@code by=company} the {@code limit} busiest companies keep their own key and the rest are summed as
 * {@code "(other)"}.
 */
public record Series(InsightQuery.Interval interval, String by, List<Row> series, List<Row> unplaced) {

    /** {@code label}: the company's name or the category's or type's label. */
    public record Row(String period, String key, String label, long departures, long hires) {
    }
}
