package org.personneltracker.event;

/**
 * A personnel event seen from one company (API.md, company timeline): {@code OUT} for its own departures and for hires
 * elsewhere whose origin is the company, {@code IN} for its own hires and returns and for departures elsewhere whose
 * destination is the company. Role changes have no direction.
 */
public enum Direction {
    IN, OUT;

    /** The direction of an event of {@code type} from the point of view of a company; {@code own} when it is the event's. */
    public static Direction of(EventType type, boolean own) {
        if (type == EventType.ROLE_CHANGE) {
            return null;
        }
        boolean departure = type == EventType.DEPARTURE;
        return departure == own ? OUT : IN;
    }
}
