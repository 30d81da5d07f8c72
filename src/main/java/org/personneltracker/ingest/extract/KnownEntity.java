package org.personneltracker.ingest.extract;

import java.util.List;

/** A stored person or company: slug, name and aliases. */
public record KnownEntity(String slug, String name, List<String> aliases) {
    public KnownEntity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
