package org.personneltracker.insight;

import org.personneltracker.common.DatePrecision;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.event.EventType;
import org.personneltracker.event.EventView;

/**
 * A personnel event as insights list it: enough to name it and link to it ({@code /events/{id}}). {@code inferred}
 * marks a row that stands for the other side of a move recorded only at the other company (a hire at Meta from
 * OpenAI is also a departure from OpenAI).
 */
public record EventBrief(long id, String key, EventType type, String date, DatePrecision datePrecision,
        boolean dateApproximate, SlugAndName person, SlugAndName company, EventView.RoleView role, SlugAndName destination,
        SlugAndName origin, boolean inferred) {

    static EventBrief of(EventView e, boolean inferred) {
        return new EventBrief(e.id(), e.key(), e.type(), e.date(), e.datePrecision(), e.dateApproximate(), e.person(),
                e.company(), e.role(), e.destination(), e.origin(), inferred);
    }
}
