package org.personneltracker.ingest.extract;

/** A person named by an article; slug is null when the name matched no stored person. */
public record PersonRef(String name, String slug) {
    public boolean known() {
        return slug != null;
    }
}
