package org.personneltracker.common;

/** Parses the {@code limit} parameter shared by every list. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private Paging() {
    }

    public static int limit(String text, Violations v) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
        return DEFAULT_LIMIT;
    }
}
