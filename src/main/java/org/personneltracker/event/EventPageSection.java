package org.personneltracker.event;

import io.quarkus.qute.RawString;

/**
 * A section that a feature above {@code event} adds to an event's page (the insight feature's "around this event").
 * Declared here so the event page shows it without importing that feature: the higher one hands it down (DESIGN.md,
 * "Dependencies point one way"). The HTML comes from the implementation's own template, which escapes it.
 */
public interface EventPageSection {

    /** The section for this event, or an empty string to show nothing. */
    RawString render(EventView event);
}
