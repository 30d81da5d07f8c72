package org.personneltracker.person;

import org.personneltracker.common.RefView;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;

/**
 * A tenure derived from a person's events. {@code from} is null when the start is not recorded; {@code to} is a
 * partial date, {@code "PRESENT"} when the person is known to still hold the role (it is their latest recorded
 * move), or null when unknown (a later move elsewhere was recorded without a departure here).
 */
public record Position(RefView company, String title, String team, RoleCategory category, Seniority seniority,
        String from, String to) {

    public static final String PRESENT = "PRESENT";
}
