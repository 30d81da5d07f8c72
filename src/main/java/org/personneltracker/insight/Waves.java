package org.personneltracker.insight;

import java.util.List;
import org.personneltracker.common.SlugAndName;

/**
 * GET /api/insights/waves: runs of at least {@code minSize} departures from one company with no gap longer than
 * {@code days} days, newest first, with the context events within {@code days} days of each run. {@code total} counts
 * every wave found, {@code waves} holds the newest {@code limit}; {@code notPlaced} counts departures dated only to
 * a year, left out because they have no place in a run of days.
 */
public record Waves(int minSize, int days, long total, List<Wave> waves, long notPlaced) {

    /**
     * One wave: {@code from} and {@code to} are the dates of its first and last departures (as recorded, at their
     * precision); {@code size} counts its departures, {@code events} lists up to 100 of them, oldest first.
     */
    public record Wave(SlugAndName company, String from, String to, long size, long spanDays, boolean approximate,
            List<EventBrief> events, List<ContextBrief> context) {
    }
}
