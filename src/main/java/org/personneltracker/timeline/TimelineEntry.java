package org.personneltracker.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.personneltracker.context.ContextView;
import org.personneltracker.event.EventView;

/**
 * One entry of a company timeline: {@code kind} plus the fields of the personnel or context event.
 * {@code relation} is ARRIVAL (a departure elsewhere to this company) or LOSS (a hire elsewhere from it),
 * absent on the company's own events.
 */
@JsonPropertyOrder({"kind", "relation"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(
        Kind kind,
        Relation relation,
        @JsonUnwrapped EventView event,
        @JsonUnwrapped ContextView context) {

    public enum Kind { PERSONNEL, CONTEXT }

    public enum Relation { ARRIVAL, LOSS }

    public String date() {
        return event != null ? event.date() : context.date();
    }
}
