package org.personneltracker.insight;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.personneltracker.common.Violations;
import org.personneltracker.common.QueryParams;
import org.personneltracker.context.ContextType;
import org.personneltracker.event.EventFilter;

/**
 * The query parameters of one insight: the filters of GET /api/events that make sense for it, plus its own options
 * ({@code days}, {@code minSize}, {@code interval}, {@code by}, {@code context}, {@code limit}). A filter that does
 * not apply to the insight (a {@code type} for waves, which are runs of departures by definition) is a 400 naming
 * the parameter, never silently ignored.
 */
public record InsightQuery(EventFilter filter, int days, int minSize, Interval interval, By by,
        List<ContextType> contextTypes, int limit) {

    public enum Interval { MONTH, QUARTER, YEAR }

    public enum By { COMPANY, CATEGORY, TYPE }

    /** Which insight the parameters are for: each takes some of the event filters. */
    public enum Kind {
        AROUND(Set.of("company", "person", "from", "to", "destination", "origin")),
        WAVES(Set.of("type", "destination", "origin")),
        FLOWS(Set.of("type")),
        SERIES(Set.of("destination", "origin")),
        AFTER_LAUNCHES(Set.of("type", "destination", "origin"));

        final Set<String> refused;

        Kind(Set<String> refused) {
            this.refused = refused;
        }
    }

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_MIN_SIZE = 3;
    public static final int MAX_MIN_SIZE = 100;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final List<ContextType> DEFAULT_CONTEXT = List.of(ContextType.PRODUCT_LAUNCH, ContextType.FUNDING_ROUND);

    /** Parameters that are the insights' own, not event filters. */
    private static final List<String> OWN = List.of("days", "minSize", "interval", "by", "context", "limit", "format");

    /** The defaults, for pages that show an insight without parameters. */
    public static InsightQuery defaults() {
        return new InsightQuery(EventFilter.none(), DEFAULT_DAYS, DEFAULT_MIN_SIZE, Interval.QUARTER, By.CATEGORY,
                DEFAULT_CONTEXT, DEFAULT_LIMIT);
    }

    /** Parses every parameter and throws one 400 naming each bad one. */
    public static InsightQuery parse(MultivaluedMap<String, String> params, Kind kind) {
        Violations v = new Violations();
        for (String name : kind.refused) {
            if (params.containsKey(name)) {
                v.add(name, name + " does not apply to " + kind.name().toLowerCase().replace('_', '-')
                        + (kind == Kind.AROUND ? ": the event fixes the company and the date" : ""));
            }
        }
        for (String name : List.of("cursor", "facets")) {
            if (params.containsKey(name)) {
                v.add(name, name + " does not apply to insights");
            }
        }
        MultivaluedMap<String, String> filters = new MultivaluedHashMap<>();
        params.forEach((k, values) -> {
            if (!OWN.contains(k) && !kind.refused.contains(k)) {
                filters.put(k, values);
            }
        });
        int days = number(params, "days", DEFAULT_DAYS, 1, MAX_DAYS, v);
        int minSize = number(params, "minSize", DEFAULT_MIN_SIZE, 2, MAX_MIN_SIZE, v);
        int limit = number(params, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, v);
        Interval interval = choice(params, "interval", Interval.class, Interval.QUARTER, v);
        By by = choice(params, "by", By.class, By.CATEGORY, v);
        List<ContextType> context = new ArrayList<>();
        for (String s : QueryParams.values(params, "context")) {
            ContextType t = v.enumValue("context", s, ContextType.class);
            if (t != null) {
                context.add(t);
            }
        }
        EventFilter f = EventFilter.parse(filters, false, v);
        return new InsightQuery(f, days, minSize, interval, by, context.isEmpty() ? DEFAULT_CONTEXT : context, limit);
    }

    /** The event filters as query parameters, for links from one insight to another view of the same data. */
    public Map<String, String> filterParams() {
        return new LinkedHashMap<>(filter.asParams());
    }

    private static int number(MultivaluedMap<String, String> params, String name, int fallback, int min, int max,
            Violations v) {
        String s = QueryParams.single(params, name, v);
        if (s == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(s);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        v.add(name, name + " must be a whole number from " + min + " to " + max);
        return fallback;
    }

    private static <E extends Enum<E>> E choice(MultivaluedMap<String, String> params, String name, Class<E> type,
            E fallback, Violations v) {
        String s = QueryParams.single(params, name, v);
        if (s == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(name.equals("by") ? e.name().toLowerCase() : e.name());
        }
        v.add(name, "'" + s + "' is not one of " + names);
        return fallback;
    }
}
