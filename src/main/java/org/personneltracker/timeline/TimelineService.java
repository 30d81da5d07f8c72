package org.personneltracker.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.Aggregates;
import org.personneltracker.common.Jpql;
import org.personneltracker.common.Keyset;
import org.personneltracker.common.Page;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.common.Violations;
import org.personneltracker.company.Company;
import org.personneltracker.company.CompanyService;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.context.ContextService;
import org.personneltracker.context.ContextView;
import org.personneltracker.event.Direction;
import org.personneltracker.event.EventConditions;
import org.personneltracker.event.EventFilter;
import org.personneltracker.event.EventService;
import org.personneltracker.event.EventType;
import org.personneltracker.event.EventView;
import org.personneltracker.event.PersonnelEvent;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.SameMove;

/**
 * A company's personnel and context events merged in date order. Entries sort by (date, kind, id) with context
 * before personnel on the same day; the cursor carries that key, so each page is two bounded queries.
 */
@ApplicationScoped
public class TimelineService {

    @Inject
    EntityManager em;

    @Inject
    CompanyService companies;

    @Inject
    EventService events;

    @Inject
    EventConditions conditions;

    @Inject
    ContextService contexts;

    @Inject
    Keyset keyset;

    @Inject
    Aggregates aggregates;

    /**
     * The timeline's sort key. Two lists are merged here, so the page conditions are written below; the keyset
     * helper encodes and checks the cursors.
     */
    private static final Keyset.Order CURSOR = Keyset.Order.ascending("timeline", Keyset.Key.date("date"),
            new Keyset.Key("kind", TimelineEntry.Kind::valueOf), Keyset.Key.id("id"));

    /** Query parameters of the timeline beyond the event filters. */
    public record Options(boolean descending, boolean includeContext) {
    }

    public static Options options(MultivaluedMap<String, String> params, Violations v) {
        String order = params.getFirst("order");
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            v.add("order", "order is asc or desc");
        }
        String context = params.getFirst("context");
        if (context != null && !context.equals("true") && !context.equals("false")) {
            v.add("context", "context is true or false");
        }
        if (params.containsKey("company")) {
            v.add("company", "the timeline is of the company in the path: leave out company");
        }
        return new Options("desc".equals(order), !"false".equals(context));
    }

    @Transactional
    public Page<TimelineEntry> timeline(String slug, EventFilter f, Options o) {
        Company company = companies.find(slug);
        boolean wantPersonnel = !(f.type().isEmpty() && !f.contextType().isEmpty());
        boolean wantContext = o.includeContext() && !(f.contextType().isEmpty() && !f.type().isEmpty());

        Jpql pj = personnelWhere(f);
        Jpql cj = contextWhere(company, f);
        List<EventConditions.SeenFrom> parts = parts(company, f);
        long total = aggregates.get(List.of("timeline.total", company.id, f.withoutPaging(), wantPersonnel, wantContext),
                () -> count(pj, cj, parts, wantPersonnel, wantContext));

        String cmp = o.descending() ? "<" : ">";
        String dir = o.descending() ? "desc" : "asc";
        if (f.cursor() != null) {
            List<Object> after = keyset.decode(CURSOR, f.cursor());
            LocalDate d = (LocalDate) after.get(0);
            TimelineEntry.Kind kind = (TimelineEntry.Kind) after.get(1);
            long id = (Long) after.get(2);
            // ascending order: (date, CONTEXT < PERSONNEL, id); descending reverses all three
            boolean contextFirst = !o.descending();
            boolean afterIsPersonnelSameDay = kind == TimelineEntry.Kind.CONTEXT ? contextFirst : !contextFirst;
            boolean afterIsContextSameDay = kind == TimelineEntry.Kind.PERSONNEL ? !contextFirst : contextFirst;
            if (kind == TimelineEntry.Kind.PERSONNEL) {
                // "date <= :cd and (...)" (">=" ascending) lets the planner start each index range at the cursor
                pj.and("e.date.start " + cmp + "= :cd and (e.date.start " + cmp + " :cd or e.id " + cmp + " :cid)", "cd", d)
                        .param("cid", id);
                cj.and(afterIsContextSameDay ? "c.date.start " + cmp + "= :cd" : "c.date.start " + cmp + " :cd", "cd", d);
            } else {
                cj.and("c.date.start " + cmp + "= :cd and (c.date.start " + cmp + " :cd or c.id " + cmp + " :cid)", "cd", d)
                        .param("cid", id);
                pj.and(afterIsPersonnelSameDay ? "e.date.start " + cmp + "= :cd" : "e.date.start " + cmp + " :cd", "cd", d);
            }
        }
        int limit = f.limit();
        List<PersonnelEvent> ps = wantPersonnel ? events.byIds(personnelPage(pj, parts, o.descending(), limit + 1))
                : List.of();
        List<ContextEvent> cs = wantContext ? cj.query(em, "select c from ContextEvent c join fetch c.company",
                "order by c.date.start " + dir + ", c.id " + dir, ContextEvent.class)
                .setMaxResults(limit + 1).getResultList() : List.of();

        // merge the two ordered lists and keep the first `limit`
        List<Object> merged = new ArrayList<>();
        int i = 0;
        int k = 0;
        while (merged.size() < limit && (i < ps.size() || k < cs.size())) {
            boolean takeContext;
            if (i >= ps.size()) {
                takeContext = true;
            } else if (k >= cs.size()) {
                takeContext = false;
            } else {
                // ascending: context comes before personnel on the same day; descending reverses that
                int c = cs.get(k).dateStart().compareTo(ps.get(i).dateStart());
                takeContext = o.descending() ? c > 0 : c <= 0;
            }
            merged.add(takeContext ? cs.get(k++) : ps.get(i++));
        }
        boolean more = i < ps.size() || k < cs.size();

        List<PersonnelEvent> pageEvents = merged.stream().filter(PersonnelEvent.class::isInstance)
                .map(PersonnelEvent.class::cast).toList();
        List<ContextEvent> pageContext = merged.stream().filter(ContextEvent.class::isInstance)
                .map(ContextEvent.class::cast).toList();
        List<EventView> eventViews = events.views(pageEvents);
        List<ContextView> contextViews = contexts.views(pageContext);
        List<TimelineEntry> items = new ArrayList<>();
        int ei = 0;
        int ci = 0;
        Map<Long, TimelineEntry.OtherHalf> halves = otherHalves(pageEvents);
        for (Object m : merged) {
            if (m instanceof PersonnelEvent e) {
                items.add(new TimelineEntry(TimelineEntry.Kind.PERSONNEL, relation(e, company),
                        Direction.of(e.type, e.company.id.equals(company.id)), halves.get(e.id), eventViews.get(ei++),
                        null));
            } else {
                items.add(new TimelineEntry(TimelineEntry.Kind.CONTEXT, null, null, null, null, contextViews.get(ci++)));
            }
        }
        String next = null;
        if (more && !merged.isEmpty()) {
            Object last = merged.get(merged.size() - 1);
            next = last instanceof PersonnelEvent e
                    ? keyset.encode(CURSOR, List.of(e.dateStart(), TimelineEntry.Kind.PERSONNEL, e.id))
                    : keyset.encode(CURSOR, List.of(((ContextEvent) last).dateStart(), TimelineEntry.Kind.CONTEXT,
                            ((ContextEvent) last).id));
        }
        return new Page<>(items, next, total);
    }

    /**
     * The personnel entries of the timeline with the filters, counted by direction, category and month: the chart
     * beside the list and its totals, so its numbers are the list's. One statement, a grouped count per part of the
     * timeline (each over its index range), instead of reading every entry.
     */
    @Transactional
    public List<QuarterChart.Move> moves(String slug, EventFilter f) {
        Company company = companies.find(slug);
        if (f.type().isEmpty() && !f.contextType().isEmpty()) {
            return List.of();
        }
        Jpql where = personnelWhere(f);
        List<EventConditions.SeenFrom> parts = parts(company, f);
        List<String> heads = new ArrayList<>();
        List<Jpql> wheres = new ArrayList<>();
        List<String> tails = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            heads.add("select " + i + ", e.type, e.role.category, year(e.date.start), month(e.date.start), count(e)"
                    + " from PersonnelEvent e");
            wheres.add(parts.get(i).and(where));
            tails.add("group by e.type, e.role.category, year(e.date.start), month(e.date.start)");
        }
        List<QuarterChart.Move> out = new ArrayList<>();
        for (Object[] row : Jpql.unionAll(em, heads, wheres, tails, Object[].class).getResultList()) {
            EventConditions.SeenFrom part = parts.get(((Number) row[0]).intValue());
            EventType type = (EventType) row[1];
            Direction direction = part.direction() != null ? part.direction() : Direction.of(type, true);
            out.add(new QuarterChart.Move(direction, LocalDate.of(((Number) row[3]).intValue(),
                    ((Number) row[4]).intValue(), 1), (RoleCategory) row[2], ((Number) row[5]).longValue()));
        }
        return out;
    }

    private static TimelineEntry.Relation relation(PersonnelEvent e, Company company) {
        if (e.company.id.equals(company.id)) {
            return null;
        }
        return e.type == EventType.DEPARTURE ? TimelineEntry.Relation.ARRIVAL : TimelineEntry.Relation.LOSS;
    }

    /** Earlier than any date a record can have (a bound for the planner, see {@link #personnelPage}). */
    private static final LocalDate FLOOR = LocalDate.of(1, 1, 1);

    /** The timeline's filters other than company and direction (those are its {@link #parts}). */
    private Jpql personnelWhere(EventFilter f) {
        return conditions.where(f.withCompany(List.of()).withDirection(List.of()), null);
    }

    /**
     * The company's own events and the moves to and from it recorded elsewhere, each move once
     * ({@link EventConditions#seenFrom}), as parts read one by one; a {@code direction} filter keeps IN or OUT (role
     * changes have none).
     */
    private List<EventConditions.SeenFrom> parts(Company company, EventFilter f) {
        List<Direction> directions = f.direction().isEmpty() ? List.of(Direction.IN, Direction.OUT) : f.direction();
        return conditions.seenFromParts(company.id, directions, f.direction().isEmpty());
    }

    /** The number of entries: one statement, a count per part and one of the context events. */
    private long count(Jpql pj, Jpql cj, List<EventConditions.SeenFrom> parts, boolean wantPersonnel, boolean wantContext) {
        List<String> heads = new ArrayList<>();
        List<Jpql> wheres = new ArrayList<>();
        for (int i = 0; wantPersonnel && i < parts.size(); i++) {
            heads.add("select count(e) from PersonnelEvent e");
            wheres.add(parts.get(i).and(pj));
        }
        if (wantContext) {
            heads.add("select count(c) from ContextEvent c");
            wheres.add(cj);
        }
        if (heads.isEmpty()) {
            return 0;
        }
        List<String> tails = Collections.nCopies(heads.size(), null);
        return Jpql.unionAll(em, heads, wheres, tails, Long.class).getResultList().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Ids of the first {@code max} personnel entries in the timeline's order: each part's first {@code max} rows (one
     * index range each, read in order and stopped at the limit), in one statement, merged here. One query with "own
     * or arrival or loss" read the whole table for every page.
     */
    private List<Long> personnelPage(Jpql where, List<EventConditions.SeenFrom> parts, boolean descending, int max) {
        String dir = descending ? " desc" : "";
        List<String> heads = new ArrayList<>();
        List<Jpql> wheres = new ArrayList<>();
        List<String> tails = new ArrayList<>();
        for (EventConditions.SeenFrom part : parts) {
            heads.add("select e.id, e.date.start from PersonnelEvent e");
            // the part's company column (one value) leads the order and a date bound that holds for every row is
            // added: then H2 walks the part's (company, date, id) index in order and stops at the limit; without
            // them it took the company's single-column index and sorted the company's every row for each page
            wheres.add(part.and(where).and("e.date.start >= :timelineFloor", "timelineFloor", FLOOR));
            tails.add("order by " + part.column() + dir + ", e.date.start" + dir + ", e.id" + dir + " limit " + max);
        }
        List<Object[]> rows = new ArrayList<>(Jpql.unionAll(em, heads, wheres, tails, Object[].class).getResultList());
        Comparator<Object[]> order = Comparator.<Object[], LocalDate>comparing(r -> (LocalDate) r[1])
                .thenComparing(r -> (Long) r[0]);
        rows.sort(descending ? order.reversed() : order);
        return rows.stream().limit(max).map(r -> (Long) r[0]).toList();
    }

    /**
     * The other half of each one move among {@code page}: the matching hire of a departure with a destination, the
     * matching departure of a hire or return with an origin (one statement: the two kinds as two parts of a union,
     * each an index look-up per event by person and company; one join with "or" between them read the whole table
     * for every event of the page).
     */
    private Map<Long, TimelineEntry.OtherHalf> otherHalves(List<PersonnelEvent> page) {
        Map<Long, TimelineEntry.OtherHalf> out = new HashMap<>();
        List<Long> ids = page.stream().filter(e -> e.destination != null || e.origin != null).map(e -> e.id).toList();
        if (ids.isEmpty()) {
            return out;
        }
        String head = "select e.id, o.id, o.type, o.company.slug, o.company.name, o.date.start"
                + " from PersonnelEvent e, PersonnelEvent o";
        Jpql departures = new Jpql().and("e.id in :ids", "ids", ids).and("e.type = :dep", "dep", EventType.DEPARTURE)
                .and(SameMove.arrivalJoin("e", "o"));
        Jpql arrivals = new Jpql().and("e.id in :ids", "ids", ids)
                .and("e.type in :arr", "arr", List.of(EventType.HIRE, EventType.RETURN)).and(SameMove.departureJoin("e", "o"));
        List<Object[]> rows = new ArrayList<>(Jpql.unionAll(em, List.of(head, head), List.of(departures, arrivals),
                Collections.nCopies(2, null), Object[].class).getResultList());
        rows.sort(Comparator.<Object[], LocalDate>comparing(r -> (LocalDate) r[5]).thenComparing(r -> (Long) r[1]));
        for (Object[] row : rows) {
            out.putIfAbsent((Long) row[0], new TimelineEntry.OtherHalf((Long) row[1], (EventType) row[2],
                    new SlugAndName((String) row[3], (String) row[4])));
        }
        return out;
    }

    private Jpql contextWhere(Company company, EventFilter f) {
        Jpql j = new Jpql().and("c.company.id = :tc", "tc", company.id);
        if (!f.contextType().isEmpty()) {
            j.and("c.type in :ctype", "ctype", f.contextType());
        }
        if (f.from() != null) {
            j.and("c.dateEnd >= :from", "from", f.from().start());
        }
        if (f.to() != null) {
            j.and("c.date.start <= :to", "to", f.to().end());
        }
        if (f.q() != null) {
            j.and("lower(c.title) like :q escape '\\' or lower(c.description) like :q escape '\\'", "q",
                    Jpql.contains(f.q()));
        }
        return j;
    }
}
