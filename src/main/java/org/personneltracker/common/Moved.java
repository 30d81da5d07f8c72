package org.personneltracker.common;

import java.util.List;

/**
 * A person or company asked for by a slug that was merged into another: answered with a permanent redirect to the
 * same address under the kept record's slug ({@code ProblemMappers}).
 */
public class Moved extends ApiException {

    private final String slug;
    private final String into;

    public Moved(String what, String slug, String into) {
        super(308, "Moved", what + " '" + slug + "' was merged into '" + into + "'", List.of(), null);
        this.slug = slug;
        this.into = into;
    }

    public String slug() {
        return slug;
    }

    public String into() {
        return into;
    }

    /** The path with the merged slug (the segment after "people" or "companies") replaced by the kept one. */
    public String movedPath(String path) {
        String[] parts = path.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].equals(slug) && (parts[i - 1].equals("people") || parts[i - 1].equals("companies"))) {
                parts[i] = into;
                return String.join("/", parts);
            }
        }
        return path;
    }
}
