package org.personneltracker.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A person as the API shows them; {@code career} and {@code positions} come with a single person, not in lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonView(
        String slug,
        String name,
        List<String> aliases,
        List<String> links,
        @JsonInclude(JsonInclude.Include.ALWAYS) String bio,
        List<? extends Record> career,
        List<? extends Record> positions,
        int version) {

    /** A person with their career, or without one ({@code career} null: a list entry). */
    public static PersonView from(Person p, CareerSource.Career career) {
        return new PersonView(p.slug, p.name, p.aliasNames(), List.copyOf(p.links), p.bio,
                career == null ? null : career.events(), career == null ? null : career.positions(), p.version);
    }
}
