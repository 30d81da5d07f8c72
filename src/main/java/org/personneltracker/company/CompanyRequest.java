package org.personneltracker.company;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.personneltracker.common.SlugOrName;

/** Body of POST and PUT /api/companies; read-only fields of the stored resource are accepted and ignored. */
@JsonIgnoreProperties(value = {"id", "counts", "createdAt", "updatedAt"})
public record CompanyRequest(
        @Size(max = 120) String slug,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases,
        @Size(max = 2000) String website,
        @Size(max = 4000) String description,
        @Min(1800) @Max(2999) Integer foundedYear,
        @Size(max = 300) String headquarters,
        SlugOrName parent,
        Integer version) {
}
