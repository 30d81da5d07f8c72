package org.personneltracker.common;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reading list filters from query parameters, the same way for every list. */
public final class QueryParams {

    private QueryParams() {
    }

    /** Comma-separated or repeated values of a parameter (alternatives), trimmed, blanks and repeats dropped. */
    public static List<String> values(MultivaluedMap<String, String> params, String name) {
        List<String> raw = params.get(name);
        if (raw == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            for (String part : r.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return List.copyOf(out);
    }

    /** A parameter that may be given once (a violation otherwise), trimmed; null when absent or blank. */
    public static String single(MultivaluedMap<String, String> params, String name, Violations v) {
        List<String> raw = params.get(name);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.size() > 1) {
            v.add(name, name + " may be given once");
        }
        return Text.blankToNull(raw.get(0));
    }

    /** The first value of a parameter, trimmed; null when absent or blank. */
    public static String first(MultivaluedMap<String, String> params, String name) {
        return Text.blankToNull(params.getFirst(name));
    }
}
