package org.personneltracker.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.source.SourceInput;

/**
 * Body of POST and PUT /api/events (PUT also needs {@code version}); read-only fields of the stored event are
 * accepted and ignored so a client can GET, change a field and PUT the body back.
 */
@JsonIgnoreProperties(value = {"id", "datePrecision", "createdAt", "updatedAt", "disputed", "corrected", "retracted"})
public record EventRequest(
        @Size(max = 200) String key,
        @NotNull EventType type,
        @NotNull String date,
        Boolean dateApproximate,
        @NotNull SlugOrName person,
        @NotNull SlugOrName company,
        @NotNull @Valid RoleInput role,
        @Valid RoleInput previousRole,
        SlugOrName destination,
        SlugOrName origin,
        Circumstance circumstance,
        String announcedDate,
        @Size(max = 4000) String summary,
        @Size(max = 4000) String reason,
        Confidence confidence,
        @NotNull @Size(min = 1, max = 50, message = "at least one source is required (at most 50)")
        List<@NotNull @Valid SourceInput> sources,
        @Size(max = 100) List<@NotNull ContextKeyOrId> context,
        Integer version) {
}
