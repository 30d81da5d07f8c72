package org.personneltracker.event;

/**
 * "One move": a person's departure from A and the same person's hire or return at B, when either record names the
 * other company (the departure's destination is B, or the arrival's origin is A) and neither names a third one, and
 * their dates lie within {@value #DAYS} days of each other (periods compared, so a month-precision record matches
 * any day within 90 days of its month). API.md: such a pair is one move, counted once everywhere.
 * <p>
 * This is the only place the matching is written: JPQL fragments for grouped queries (talent flows, departures and
 * hires per period, the timeline's IN/OUT direction) for every query that counts or lists moves. Event types are
 * inlined as literals so a fragment can be pasted into any query without extra parameters.
 */
public final class SameMove {

    /** How far apart (in days) a departure and the matching arrival may be dated. */
    public static final int DAYS = 90;

    private static final String DEPARTURE = "org.personneltracker.event.EventType.DEPARTURE";
    private static final String ARRIVAL_TYPES = "(org.personneltracker.event.EventType.HIRE,"
            + " org.personneltracker.event.EventType.RETURN)";

    private SameMove() {
    }

    /**
     * JPQL: a recorded departure is the same move as the arrival (hire or return) aliased {@code arrival}, which
     * must have an origin. With {@code requireDestination} only departures that name the arrival's company count
     * (a talent flow already drawn from the departure); without, a departure that names no destination counts too
     * (the arrival's company then is where that departure went).
     */
    public static String departureExists(String arrival, boolean requireDestination) {
        String d = arrival + "_d";
        return "exists (select 1 from PersonnelEvent " + d + " where " + d + ".type = " + DEPARTURE
                + " and " + d + ".person = " + arrival + ".person and " + d + ".company = " + arrival + ".origin"
                + (requireDestination ? " and " + d + ".destination = " + arrival + ".company"
                        : " and (" + d + ".destination is null or " + d + ".destination = " + arrival + ".company)")
                + " and " + window(d, arrival) + ")";
    }

    /**
     * JPQL: a recorded hire or return is the same move as the departure aliased {@code departure}, which must have a
     * destination (an arrival there whose origin is the departure's company or is not given).
     */
    public static String arrivalExists(String departure) {
        String h = departure + "_h";
        return "exists (select 1 from PersonnelEvent " + h + " where " + h + ".type in " + ARRIVAL_TYPES
                + " and " + h + ".person = " + departure + ".person and " + h + ".company = " + departure + ".destination"
                + " and (" + h + ".origin is null or " + h + ".origin = " + departure + ".company)"
                + " and " + window(departure, h) + ")";
    }

    /**
     * JPQL join condition: the arrival aliased {@code arrival} is the same move as the departure aliased
     * {@code departure} (for listing the events behind a move).
     */
    public static String arrivalJoin(String departure, String arrival) {
        return arrival + ".type in " + ARRIVAL_TYPES + " and " + arrival + ".person = " + departure + ".person and "
                + arrival + ".company = " + departure + ".destination and (" + arrival + ".origin is null or "
                + arrival + ".origin = " + departure + ".company) and " + window(departure, arrival);
    }

    /** JPQL join condition: the departure aliased {@code departure} is the same move as the arrival {@code arrival}. */
    public static String departureJoin(String arrival, String departure) {
        return departure + ".type = " + DEPARTURE + " and " + departure + ".person = " + arrival + ".person and "
                + departure + ".company = " + arrival + ".origin and (" + departure + ".destination is null or "
                + departure + ".destination = " + arrival + ".company) and " + window(departure, arrival);
    }

    /** The two periods lie within {@value #DAYS} days of each other. */
    private static String window(String a, String b) {
        return a + ".date.start <= " + b + ".dateEnd + " + DAYS + " day and " + b + ".date.start <= " + a + ".dateEnd + "
                + DAYS + " day";
    }
}
