package org.personneltracker.common;

/** Body of POST /api/people/{slug}/merge and /api/companies/{slug}/merge: the slug of the record to keep. */
public record MergeRequest(String into) {

    /** The kept record's slug, trimmed; a 400 when missing or when it is the record merged away. */
    public String checkedInto(String slug) {
        if (into == null || into.isBlank()) {
            throw ApiException.badRequest("into", "give the slug of the record to keep");
        }
        if (into.trim().equals(slug)) {
            throw ApiException.badRequest("into", "a record cannot be merged into itself");
        }
        return into.trim();
    }
}
