package org.personneltracker.insight;

import java.util.List;
import org.personneltracker.common.Jpql;
import org.personneltracker.event.EventFilter;
import org.personneltracker.event.EventConditions;
import org.personneltracker.event.SameMove;

/**
 * The personnel events that stand for a company's departures (OUT) or arrivals (IN), as API.md defines the direction:
 * a company's departures are its own DEPARTURE records plus hires and returns elsewhere that name it as origin when
 * no departure of the same move is recorded; its arrivals are its own HIRE and RETURN records plus departures
 * elsewhere that name it as destination when no arrival of the same move is recorded. Each move is so counted once
 * on each side. Every part is a where-clause over {@code PersonnelEvent e} with the expression naming the company
 * whose side it is ({@code e.company}, {@code e.origin} or {@code e.destination}).
 */
enum MoveRows {

    /** A company's own departures. */
    OUT_RECORDED("e.company", "e.destination",
            "e.type = org.personneltracker.event.EventType.DEPARTURE"),
    /** Hires and returns elsewhere from this company (the origin) that no recorded departure stands for. */
    OUT_FROM_ARRIVALS("e.origin", "e.company",
            "e.type in (org.personneltracker.event.EventType.HIRE, org.personneltracker.event.EventType.RETURN)"
                    + " and e.origin is not null and not " + SameMove.departureExists("e", false)),
    /** A company's own hires and returns. */
    IN_RECORDED("e.company", "e.origin",
            "e.type in (org.personneltracker.event.EventType.HIRE, org.personneltracker.event.EventType.RETURN)"),
    /** Departures elsewhere to this company (the destination) that no recorded hire or return stands for. */
    IN_FROM_DEPARTURES("e.destination", "e.company",
            "e.type = org.personneltracker.event.EventType.DEPARTURE and e.destination is not null and not "
                    + SameMove.arrivalExists("e"));

    static final List<MoveRows> OUT = List.of(OUT_RECORDED, OUT_FROM_ARRIVALS);
    static final List<MoveRows> IN = List.of(IN_RECORDED, IN_FROM_DEPARTURES);

    /** The company whose departure (or arrival) the row is. */
    final String company;
    /** The company at the other end (where they went, or came from), or null. */
    final String other;
    private final String condition;

    MoveRows(String company, String other, String condition) {
        this.company = company;
        this.other = other;
        this.condition = condition;
    }

    boolean out() {
        return this == OUT_RECORDED || this == OUT_FROM_ARRIVALS;
    }

    /** True for the rows that stand for a move recorded only at the other company. */
    boolean inferred() {
        return this == OUT_FROM_ARRIVALS || this == IN_FROM_DEPARTURES;
    }

    /**
     * The where-clause: this part's rows matching the filter; {@code company} and {@code person} narrow by the
     * company whose side it is and by the person, the other filters apply to the event's own fields.
     */
    Jpql where(EventFilter f, EventConditions conditions) {
        Jpql j = new Jpql().and(condition);
        conditions.addPeopleIndependent(j, f, null);
        if (!f.company().isEmpty()) {
            j.and(company + ".id in :company", "company", conditions.companyIds(f.company(), "company"));
        }
        if (!f.person().isEmpty()) {
            j.and("e.person.id in :person", "person", conditions.personIds(f.person()));
        }
        return j;
    }
}
