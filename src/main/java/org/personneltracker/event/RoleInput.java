package org.personneltracker.event;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.personneltracker.common.Text;

/** A role in a write body; {@code seniority} defaults to UNKNOWN, {@code founder} to false. */
public record RoleInput(
        @Size(max = 300) String title,
        @Size(max = 300) String team,
        @NotNull RoleCategory category,
        Seniority seniority,
        Boolean founder) {

    /** A stored role as a write body gives it (null for none). */
    static RoleInput of(Role r) {
        return r == null ? null : new RoleInput(r.title, r.team, r.category, r.seniority, r.isFounder());
    }

    Role toRole() {
        return new Role(Text.blankToNull(title), Text.blankToNull(team), category, seniority == null ? Seniority.UNKNOWN : seniority,
                Boolean.TRUE.equals(founder));
    }
}
