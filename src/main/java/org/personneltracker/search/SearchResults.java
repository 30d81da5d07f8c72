package org.personneltracker.search;

import java.util.List;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.event.EventView;

/** GET /api/search: people, companies and events matching the words, each best first. */
public record SearchResults(List<SlugAndName> people, List<SlugAndName> companies, List<EventView> events) {

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return people.isEmpty() && companies.isEmpty() && events.isEmpty();
    }
}
