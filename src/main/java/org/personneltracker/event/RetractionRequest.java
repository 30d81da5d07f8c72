package org.personneltracker.event;

import org.personneltracker.common.ApiException;

/** Body of POST /api/events/{id}/retraction: why the event is withdrawn, in words a reader will see. */
public record RetractionRequest(String reason) {

    static final int MAX = 1000;

    /** The reason, trimmed; a 400 naming the field when it is missing, blank or too long. */
    String checkedReason() {
        if (reason == null || reason.isBlank()) {
            throw ApiException.badRequest("reason", "give the reason for the retraction: readers see it on the event's page");
        }
        if (reason.trim().length() > MAX) {
            throw ApiException.badRequest("reason", "at most " + MAX + " characters");
        }
        return reason.trim();
    }
}
