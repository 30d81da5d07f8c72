package org.personneltracker.common;

/** Numeric ids in paths: anything that is not one names no resource (404). */
public final class Ids {

    private Ids() {
    }

    public static long parse(String text, String what) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ApiException.notFound(what + " '" + text + "'");
    }
}
