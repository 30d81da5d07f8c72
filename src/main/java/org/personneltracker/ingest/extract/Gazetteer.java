package org.personneltracker.ingest.extract;

import java.util.List;

/** What the app knows, built by the app from the database: the names the extractor can link to. */
public record Gazetteer(List<KnownEntity> people, List<KnownEntity> companies, List<KnownContext> contextEvents) {
    public Gazetteer {
        people = people == null ? List.of() : List.copyOf(people);
        companies = companies == null ? List.of() : List.copyOf(companies);
        contextEvents = contextEvents == null ? List.of() : List.copyOf(contextEvents);
    }

    public static Gazetteer empty() {
        return new Gazetteer(List.of(), List.of(), List.of());
    }
}
