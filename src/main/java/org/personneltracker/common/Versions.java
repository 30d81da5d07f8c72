package org.personneltracker.common;

/** Optimistic locking of PUT bodies: the version the client read must be sent and must still be current. */
public final class Versions {

    private Versions() {
    }

    public static void check(Integer sent, int stored, String what) {
        if (sent == null) {
            throw ApiException.badRequest("version", "version is required: send the version you read");
        }
        if (sent != stored) {
            throw ApiException.staleVersion(what);
        }
    }
}
