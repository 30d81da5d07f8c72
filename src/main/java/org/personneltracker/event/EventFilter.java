package org.personneltracker.event;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.Paging;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.QueryParams;
import org.personneltracker.common.Violations;
import org.personneltracker.context.ContextType;

/**
 * The filters of GET /api/events (and of the company timeline), parsed from query parameters. Within a
 * parameter, comma-separated or repeated values are alternatives (OR); parameters combine with AND.
 */
public record EventFilter(
        List<String> company,
        List<String> person,
        List<EventType> type,
        List<ContextType> contextType,
        List<RoleCategory> category,
        List<Seniority> seniority,
        String team,
        String title,
        PartialDate from,
        PartialDate to,
        List<String> destination,
        List<String> origin,
        List<Confidence> confidence,
        String q,
        Boolean disputed,
        List<Direction> direction,
        Seniority seniorityAtLeast,
        boolean facets,
        int limit,
        String cursor) {

    /** Facet dimensions; each facet counts the matches of all the other filters. */
    public enum Dimension { TYPE, CATEGORY, SENIORITY, COMPANY }


    public static EventFilter none() {
        return new EventFilter(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                List.of(), List.of(), List.of(), null, null, List.of(), null, false, Paging.DEFAULT_LIMIT, null);
    }

    public static EventFilter parse(MultivaluedMap<String, String> params, boolean allowContextTypes) {
        return parse(params, allowContextTypes, new Violations());
    }

    /** Parses and throws a 400 naming every bad parameter. */
    public static EventFilter parse(MultivaluedMap<String, String> params, boolean allowContextTypes, Violations v) {
        List<EventType> types = new ArrayList<>();
        List<ContextType> contextTypes = new ArrayList<>();
        for (String t : QueryParams.values(params, "type")) {
            EventType et = lookup(EventType.class, t);
            ContextType ct = allowContextTypes ? lookup(ContextType.class, t) : null;
            if (et != null) {
                types.add(et);
            } else if (ct != null) {
                contextTypes.add(ct);
            } else {
                v.add("type", "'" + t + "' is not one of " + List.of(EventType.values())
                        + (allowContextTypes ? " or " + List.of(ContextType.values()) : ""));
            }
        }
        PartialDate from = v.date("from", QueryParams.single(params, "from", v));
        PartialDate to = v.date("to", QueryParams.single(params, "to", v));
        if (from != null && to != null && from.start().isAfter(to.end())) {
            v.add("to", "to must not be before from");
        }
        String facets = QueryParams.single(params, "facets", v);
        if (facets != null && !facets.equals("true") && !facets.equals("false")) {
            v.add("facets", "facets is true or false");
        }
        String cursor = QueryParams.single(params, "cursor", v);
        String disputed = QueryParams.single(params, "disputed", v);
        if (disputed != null && !disputed.equals("true") && !disputed.equals("false")) {
            v.add("disputed", "disputed is true or false");
        }
        List<Direction> direction = enums(params, "direction", Direction.class, v);
        String atLeastText = QueryParams.single(params, "seniorityAtLeast", v);
        Seniority atLeast = atLeastText == null ? null : lookup(Seniority.class, atLeastText);
        if (atLeastText != null && (atLeast == null || atLeast == Seniority.UNKNOWN)) {
            v.add("seniorityAtLeast", "'" + atLeastText + "' is not one of " + Seniority.ranked());
        }
        EventFilter f = new EventFilter(
                QueryParams.values(params, "company"), QueryParams.values(params, "person"), types, contextTypes,
                enums(params, "category", RoleCategory.class, v), enums(params, "seniority", Seniority.class, v),
                text(params, "team", v), text(params, "title", v), from, to,
                QueryParams.values(params, "destination"), QueryParams.values(params, "origin"),
                enums(params, "confidence", Confidence.class, v), text(params, "q", v),
                disputed == null ? null : Boolean.valueOf(disputed), direction, atLeast, "true".equals(facets), Paging.limit(QueryParams.single(params, "limit", v), v),
                cursor == null || cursor.isBlank() ? null : cursor);
        v.throwIfAny();
        return f;
    }

    /** The same filters with facets on or off and another page size (the cursor is kept). */
    public EventFilter forPage(boolean withFacets, int newLimit) {
        return new EventFilter(company, person, type, contextType, category, seniority, team, title, from, to,
                destination, origin, confidence, q, disputed, direction, seniorityAtLeast, withFacets, newLimit, cursor);
    }

    public EventFilter withLimit(int newLimit) {
        return new EventFilter(company, person, type, contextType, category, seniority, team, title, from, to,
                destination, origin, confidence, q, disputed, direction, seniorityAtLeast, facets, newLimit, cursor);
    }

    public EventFilter withDirection(List<Direction> directions) {
        return new EventFilter(company, person, type, contextType, category, seniority, team, title, from, to,
                destination, origin, confidence, q, disputed, directions, seniorityAtLeast, facets, limit, cursor);
    }

    /** The filters alone (no page size, cursor or facets flag): the key of what they match as a whole. */
    public EventFilter withoutPaging() {
        return new EventFilter(company, person, type, contextType, category, seniority, team, title, from, to,
                destination, origin, confidence, q, disputed, direction, seniorityAtLeast, false, 0, null);
    }

    public EventFilter withCompany(List<String> companies) {
        return new EventFilter(companies, person, type, contextType, category, seniority, team, title, from, to,
                destination, origin, confidence, q, disputed, direction, seniorityAtLeast, facets, limit, cursor);
    }

    /** The filters as query parameters, for links to the same list in another form. */
    public Map<String, String> asParams() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "company", company);
        put(m, "person", person);
        List<String> allTypes = new ArrayList<>();
        type.forEach(t -> allTypes.add(t.name()));
        contextType.forEach(t -> allTypes.add(t.name()));
        put(m, "type", allTypes);
        put(m, "category", category.stream().map(Enum::name).toList());
        put(m, "seniority", seniority.stream().map(Enum::name).toList());
        if (team != null) {
            m.put("team", team);
        }
        if (title != null) {
            m.put("title", title);
        }
        if (from != null) {
            m.put("from", from.toString());
        }
        if (to != null) {
            m.put("to", to.toString());
        }
        put(m, "destination", destination);
        put(m, "origin", origin);
        put(m, "confidence", confidence.stream().map(Enum::name).toList());
        if (q != null) {
            m.put("q", q);
        }
        if (disputed != null) {
            m.put("disputed", disputed.toString());
        }
        put(m, "direction", direction.stream().map(Enum::name).toList());
        if (seniorityAtLeast != null) {
            m.put("seniorityAtLeast", seniorityAtLeast.name());
        }
        return m;
    }

    private static void put(Map<String, String> m, String name, List<String> values) {
        if (!values.isEmpty()) {
            m.put(name, String.join(",", values));
        }
    }

    private static <E extends Enum<E>> List<E> enums(MultivaluedMap<String, String> params, String name,
            Class<E> type, Violations v) {
        List<E> out = new ArrayList<>();
        for (String s : QueryParams.values(params, name)) {
            E e = lookup(type, s);
            if (e == null) {
                v.add(name, "'" + s + "' is not one of " + List.of(type.getEnumConstants()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E lookup(Class<E> type, String s) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        return null;
    }

    private static String text(MultivaluedMap<String, String> params, String name, Violations v) {
        String s = QueryParams.single(params, name, v);
        if (s != null && s.length() > 200) {
            v.add(name, name + " is longer than 200 characters");
        }
        return s;
    }
}
