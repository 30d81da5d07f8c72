package org.personneltracker.common;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Resolution of a person or company reference in a body: a slug must exist; a name links to the one stored
 * record with that name or alias, is refused when several match, and creates the record when none does.
 */
public final class References {

    /** How to find and create one kind of named record. */
    public record Kind<T>(String singular, String plural, Function<String, T> bySlug,
            Function<String, List<T>> byNameOrAlias, Function<T, String> slugOf, BiFunction<Ref, String, T> create) {
    }

    private References() {
    }

    /** Records violations instead of throwing, so a body's problems come back together; answers null then. */
    public static <T> T resolve(Ref ref, String field, Violations v, Kind<T> kind) {
        if (ref.bySlug()) {
            T found = kind.bySlug().apply(ref.slug());
            if (found == null) {
                v.add(field, "no " + kind.singular() + " has the slug '" + ref.slug() + "'");
            }
            return found;
        }
        List<T> matches = kind.byNameOrAlias().apply(ref.name());
        if (matches.size() > 1) {
            v.add(field, "several " + kind.plural() + " are called '" + ref.name() + "' ("
                    + String.join(", ", matches.stream().map(kind.slugOf()).toList()) + "): refer to one by slug");
            return null;
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (ref.name().length() > 300) {
            v.add(field + ".name", "size must be between 0 and 300");
            return null;
        }
        return kind.create().apply(ref, field);
    }
}
