package org.personneltracker.person;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of POST and PUT /api/people; read-only fields of the stored resource are accepted and ignored. */
@JsonIgnoreProperties(value = {"id", "career", "positions", "createdAt", "updatedAt"})
public record PersonRequest(
        @Size(max = 120) String slug,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> links,
        @Size(max = 4000) String bio,
        Integer version) {
}
