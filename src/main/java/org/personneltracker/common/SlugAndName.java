package org.personneltracker.common;

/** A person or company as other records show it: {@code {"slug", "name"}}. */
public record SlugAndName(String slug, String name) {

    /** Null for a reference that is not set (no destination, no parent). */
    public static SlugAndName of(NamedEntity e) {
        return e == null ? null : new SlugAndName(e.slug, e.name);
    }
}
