package org.personneltracker.timeline;

import org.personneltracker.common.Display;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;

/**
 * A tenure derived from a person's events ({@link Positions} has the rules). {@code from} is null when the start is
 * not recorded; {@code to} is a partial date, {@code "PRESENT"} when the person is known to still hold the role
 * (nothing recorded ends it), or null when unknown (a later hire elsewhere was recorded without a departure here, or
 * the person left in a role the events did not record a change to).
 */
public record Position(SlugAndName company, String title, String team, RoleCategory category, Seniority seniority,
        String from, String to) {

    public static final String PRESENT = "PRESENT";

    /** The end as a page shows it: "present", or the date at its precision. */
    public String toLabel() {
        return PRESENT.equals(to) ? "present" : Display.dateLabel(to);
    }
}
