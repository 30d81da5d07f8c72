package org.personneltracker.ingest.extract;

/** A company named by an article; slug is null when the name matched no stored company. */
public record CompanyRef(String name, String slug) {
    public boolean known() {
        return slug != null;
    }
}
