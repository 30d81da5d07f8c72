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

    Role toRole() {
        return new Role(Text.blankToNull(title), Text.blankToNull(team), category, seniority == null ? Seniority.UNKNOWN : seniority,
                Boolean.TRUE.equals(founder));
    }
}
