package org.personneltracker.event;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A role in a write body; {@code seniority} defaults to UNKNOWN, {@code founder} to false. */
public record RoleInput(
        @Size(max = 300) String title,
        @Size(max = 300) String team,
        @NotNull RoleCategory category,
        Seniority seniority,
        Boolean founder) {

    Role toRole() {
        return new Role(trim(title), trim(team), category, seniority == null ? Seniority.UNKNOWN : seniority,
                Boolean.TRUE.equals(founder));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
