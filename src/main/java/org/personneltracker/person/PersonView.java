package org.personneltracker.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.personneltracker.event.EventView;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonView(
        String slug,
        String name,
        List<String> aliases,
        List<String> links,
        @JsonInclude(JsonInclude.Include.ALWAYS) String bio,
        List<EventView> career,
        List<Position> positions,
        int version) {

    public static PersonView from(Person p, List<EventView> career, List<Position> positions) {
        return new PersonView(p.slug, p.name, p.aliasNames(), List.copyOf(p.links), p.bio, career, positions, p.version);
    }
}
