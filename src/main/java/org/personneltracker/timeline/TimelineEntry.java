package org.personneltracker.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.context.ContextView;
import org.personneltracker.event.Direction;
import org.personneltracker.event.EventType;
import org.personneltracker.event.EventView;

/**
 * One entry of a company timeline: {@code kind} plus the fields of the personnel or context event.
 * {@code relation} is ARRIVAL (a departure elsewhere to this company) or LOSS (a hire elsewhere from it),
 * absent on the company's own events. {@code direction} is IN or OUT from this company's point of view (none for
 * role changes); {@code move} is the other event of the same move (the hire matching a departure, or the departure
 * matching a hire), when it is recorded.
 */
@JsonPropertyOrder({"kind", "relation", "direction", "move"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(
        Kind kind,
        Relation relation,
        Direction direction,
        OtherHalf move,
        @JsonUnwrapped EventView event,
        @JsonUnwrapped ContextView context) {

    public enum Kind { PERSONNEL, CONTEXT }

    public enum Relation { ARRIVAL, LOSS }

    /** The other event of a move: its id, type and company. */
    public record OtherHalf(long id, EventType type, SlugAndName company) {
    }

    public String date() {
        return event != null ? event.date() : context.date();
    }
}
