package org.personneltracker.common;

/** Guards for request bodies. */
public final class Bodies {

    private Bodies() {
    }

    /** An empty body (or JSON null) is a 400, not a null pointer further in. */
    public static <T> T require(T body) {
        if (body == null) {
            throw ApiException.badRequest("body", "a JSON body is required");
        }
        return body;
    }
}
