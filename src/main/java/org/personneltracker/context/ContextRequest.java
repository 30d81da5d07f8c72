package org.personneltracker.context;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.source.SourceInput;

/** Body of POST and PUT /api/context-events (PUT also needs {@code version}). */
@JsonIgnoreProperties(value = {"id", "datePrecision", "createdAt", "updatedAt"})
public record ContextRequest(
        @Size(max = 200) String key,
        @NotNull SlugOrName company,
        @NotNull ContextType type,
        @NotBlank @Size(max = 500) String title,
        @NotNull String date,
        Boolean dateApproximate,
        @Size(max = 4000) String description,
        @PositiveOrZero Long amount,
        @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as USD") String currency,
        @PositiveOrZero Long valuation,
        @Size(max = 100) String round,
        FundingStatus status,
        @Size(max = 50) List<@NotNull @Valid SourceInput> sources,
        Integer version) {
}
