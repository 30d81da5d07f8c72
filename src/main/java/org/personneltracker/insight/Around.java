package org.personneltracker.insight;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.personneltracker.event.EventView;

/**
 * GET /api/insights/around/{id}: the same company's context events and other personnel events within {@code days}
 * days of the event. {@code days} on each item is the item's date minus the event's date (negative: before it),
 * {@code approximate} when either date is not known to the day; {@code phrase} says it in words, from the event's
 * point of view. {@code notPlaced} counts records dated only to a year, which have no place in a window of days.
 */
public record Around(EventView event, int days, List<Context> context, List<Move> moves, List<String> summary,
        long notPlaced) {

    /** A context event near the event; {@code covers}: its period (a month of talks) contains the event's date. */
    @JsonPropertyOrder({"id", "key"})
    public record Context(@JsonUnwrapped ContextBrief context, long days, boolean approximate, boolean covers,
            boolean linked, String phrase) {
    }

    /** Another personnel event of the company near the event; {@code sameTeam}: the same team, ignoring case. */
    @JsonPropertyOrder({"id", "key"})
    public record Move(@JsonUnwrapped EventBrief event, long days, boolean approximate, boolean sameTeam,
            String phrase) {
    }
}
