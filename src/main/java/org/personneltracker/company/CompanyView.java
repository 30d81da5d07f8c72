package org.personneltracker.company;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.personneltracker.common.SlugAndName;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompanyView(
        String slug,
        String name,
        List<String> aliases,
        @JsonInclude(JsonInclude.Include.ALWAYS) String website,
        @JsonInclude(JsonInclude.Include.ALWAYS) String description,
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer foundedYear,
        @JsonInclude(JsonInclude.Include.ALWAYS) String headquarters,
        @JsonInclude(JsonInclude.Include.ALWAYS) SlugAndName parent,
        Counts counts,
        int version) {

    public record Counts(long departures, long hires, long people) {
    }

    public static CompanyView from(Company c, Counts counts) {
        return new CompanyView(c.slug, c.name, c.aliasNames(), c.website, c.description, c.foundedYear,
                c.headquarters, SlugAndName.of(c.parent), counts, c.version);
    }
}
