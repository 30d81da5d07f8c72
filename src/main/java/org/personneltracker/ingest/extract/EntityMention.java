package org.personneltracker.ingest.extract;

import java.util.Locale;

/** A person or company named in the normalised text at [start, end). slug null for names not stored. */
final class EntityMention {
    enum Kind { PERSON, COMPANY }

    private final int start;
    private final int end;
    private final Kind kind;
    private final String name;
    private final String slug;
    private final String id;

    EntityMention(int start, int end, Kind kind, String name, String slug) {
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.name = name;
        this.slug = slug;
        this.id = slug != null ? "slug:" + slug : "name:" + name.toLowerCase(Locale.ROOT);
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    Kind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    String slug() {
        return slug;
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    /** Identity of the entity: slug when known, else the lower-cased name. */
    String id() {
        return id;
    }

    @Override
    public String toString() {
        return kind + ":" + name + "@" + start;
    }
}
