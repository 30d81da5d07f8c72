package org.personneltracker.insight;

import java.util.List;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.context.ContextType;

/**
 * GET /api/insights/after-launches: for each company, its departures in the {@code days} days after its launches or
 * funding events (the {@code context} types) against its departures in the rest of the period observed, as rates per
 * {@code days} days, with the counts behind them and plain words on what they support.
 */
public record AfterLaunches(int days, List<ContextType> context, List<Company> companies, String note) {

    /**
     * One company. {@code windowDays}: the days covered by the windows (overlapping ones merged); {@code otherDays}:
     * the rest of the period {@code periodFrom}..{@code periodTo}. {@code expectedAfter}: how many of its departures an
     * even spread would put in the windows. {@code approximateAfter}: departures in the windows dated only to the month;
     * {@code notPlaced}: departures dated only to a year, left out.
     */
    public record Company(SlugAndName company, String periodFrom, String periodTo, int launches, long windowDays,
            long otherDays, long departuresAfter, long departuresOther, double perWindowAfter, double perWindowOther,
            double expectedAfter, long approximateAfter, long notPlaced, String verdict, List<Launch> windows) {
    }

    /** One launch or funding event and the company's departures in the days after it. */
    public record Launch(ContextBrief context, long departures) {
    }
}
