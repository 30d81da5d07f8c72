package org.personneltracker.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.personneltracker.common.Aggregates;
import org.personneltracker.common.DatePrecision;
import org.personneltracker.common.DayDistance;
import org.personneltracker.common.Jpql;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.context.ContextService;
import org.personneltracker.context.ContextType;
import org.personneltracker.context.ContextView;
import org.personneltracker.event.EventConditions;
import org.personneltracker.event.EventFilter;
import org.personneltracker.event.EventService;
import org.personneltracker.event.EventType;
import org.personneltracker.event.EventView;
import org.personneltracker.event.PersonnelEvent;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.SameMove;
import org.personneltracker.common.Display;

/**
 * What the recorded moves mean: the events around one event, waves of departures, talent flows, departures and
 * hires per period, and departures after launches. Every method is a read-only transaction made of grouped or
 * projected queries over indexed columns (no entity graph is loaded to count), with bounded answers; see the
 * README's "Insights" for the rules (direction of a move, partial dates in day windows).
 */
@ApplicationScoped
public class InsightService {

    /** Events listed per wave or flow; the counts always cover all of them. */
    static final int EVENTS_PER_ITEM = 100;
    /** Personnel events listed around one event. */
    static final int AROUND_MOVES = 200;
    /** Rows fetched at most to list the events behind the flows shown. */
    static final int FLOW_EVENT_ROWS = 5000;

    @Inject
    EntityManager em;

    @Inject
    Aggregates aggregates;

    @Inject
    EventService events;

    @Inject
    EventConditions conditions;

    @Inject
    ContextService contexts;

    private void readOnly() {
        Session s = em.unwrap(Session.class);
        s.setDefaultReadOnly(true);
        s.setHibernateFlushMode(FlushMode.MANUAL);
    }

    // ---------------------------------------------------------------- around one event

    @Transactional
    public Around around(long id, InsightQuery q) {
        readOnly();
        EventView e = events.get(id);
        PartialDate date = PartialDate.parse(e.date());
        int days = q.days();
        Set<String> linked = new LinkedHashSet<>();
        e.context().forEach(c -> linked.add(c.key()));
        long notPlaced = 0;

        List<Around.Context> near = new ArrayList<>();
        for (ContextView cv : contexts.near(e.company().slug(), date, days)) {
            ContextBrief c = ContextBrief.of(cv);
            PartialDate cd = PartialDate.parse(c.date());
            DayDistance toItem = DayDistance.between(date, e.dateApproximate(), cd, c.dateApproximate());
            if (toItem == null) {
                notPlaced++;
                continue;
            }
            boolean covers = DayDistance.covers(cd, date);
            if (!covers && !toItem.within(days)) {
                continue;
            }
            DayDistance fromItem = new DayDistance(-toItem.days(), toItem.approximate());
            near.add(new Around.Context(c, toItem.days(), toItem.approximate(), covers, linked.contains(c.key()),
                    Phrases.context(c, fromItem, covers)));
        }
        near.sort(Comparator.comparingLong(Around.Context::days).thenComparing(c -> c.context().id()));

        Jpql j = new Jpql().and("e.company.slug = :slug", "slug", e.company().slug())
                .and("e.id <> :id", "id", id)
                .and("e.dateEnd >= :a", "a", date.start().minusDays(days))
                .and("e.date.start <= :b", "b", date.end().plusDays(days));
        conditions.addPeopleIndependent(j, q.filter(), null);
        List<PersonnelEvent> rows = j.query(em, "select e from PersonnelEvent e join fetch e.person join fetch e.company"
                + " left join fetch e.destination left join fetch e.origin", "order by e.date.start, e.id",
                PersonnelEvent.class).setMaxResults(AROUND_MOVES).getResultList();
        List<Around.Move> moves = new ArrayList<>();
        String team = e.role().team() == null ? null : e.role().team().trim();
        for (PersonnelEvent pe : rows) {
            EventBrief b = EventBrief.of(EventView.from(pe, List.of(), List.of()), false);
            DayDistance toItem = DayDistance.between(date, e.dateApproximate(), pe.date(), pe.dateApproximate);
            if (toItem == null) {
                notPlaced++;
                continue;
            }
            if (!toItem.within(days)) {
                continue;
            }
            boolean sameTeam = team != null && !team.isEmpty() && b.role() != null && b.role().team() != null
                    && b.role().team().trim().equalsIgnoreCase(team);
            moves.add(new Around.Move(b, toItem.days(), toItem.approximate(), sameTeam, Phrases.relative(toItem)));
        }
        moves.sort(Comparator.comparingLong(Around.Move::days).thenComparingLong(m -> m.event().id()));
        return new Around(e, days, near, moves, aroundSummary(e, date, moves, days), notPlaced);
    }

    /** "2 other departures from the same team that month", "No other departure from Anthropic within 30 days"... */
    static List<String> aroundSummary(EventView e, PartialDate date, List<Around.Move> moves, int days) {
        List<String> out = new ArrayList<>();
        boolean isDeparture = e.type() == EventType.DEPARTURE;
        String other = isDeparture ? "other " : "";
        if (date.precision() != DatePrecision.YEAR) {
            YearMonth month = YearMonth.from(date.start());
            long sameTeam = moves.stream().filter(m -> m.sameTeam() && m.event().type() == EventType.DEPARTURE
                    && YearMonth.from(DayDistance.position(PartialDate.parse(m.event().date()))).equals(month)).count();
            if (sameTeam > 0) {
                out.add(Phrases.count(sameTeam, other + "departure", other + "departures") + " from the same team that month");
            }
        }
        List<Around.Move> departures = moves.stream().filter(m -> m.event().type() == EventType.DEPARTURE).toList();
        long approximate = departures.stream().filter(Around.Move::approximate).count();
        String window = " within " + days + (days == 1 ? " day" : " days");
        out.add((departures.isEmpty() ? "No " + other + "departure" : Phrases.count(departures.size(),
                other + "departure", other + "departures")) + " from " + e.company().name() + window
                + (approximate > 0 ? " (" + approximate + " of them dated only to the month)" : ""));
        long arrivals = moves.stream().filter(m -> m.event().type() == EventType.HIRE || m.event().type() == EventType.RETURN)
                .count();
        if (arrivals > 0) {
            out.add(Phrases.count(arrivals, "hire or return", "hires or returns") + " at " + e.company().name() + window);
        }
        return out;
    }

    // ---------------------------------------------------------------- waves

    @Transactional
    public Waves waves(InsightQuery q) {
        return aggregates.get(List.of("insight.waves", q), () -> computeWaves(q));
    }

    private Waves computeWaves(InsightQuery q) {
        readOnly();
        Map<Long, List<Runs.Point>> points = departurePoints(q.filter());
        long notPlaced = 0;
        List<Object[]> found = new ArrayList<>(); // {companyId, run}
        for (Map.Entry<Long, List<Runs.Point>> c : points.entrySet()) {
            for (Runs.Point p : c.getValue()) {
                notPlaced += DayDistance.placeable(p.date()) ? 0 : p.count();
            }
            for (Runs.Run r : Runs.find(c.getValue(), q.minSize(), q.days())) {
                found.add(new Object[] {c.getKey(), r});
            }
        }
        found.sort(Comparator.comparing((Object[] f) -> ((Runs.Run) f[1]).lastDay()).reversed()
                .thenComparing(f -> (Long) f[0]));
        List<Object[]> shown = found.subList(0, Math.min(q.limit(), found.size()));
        Map<Long, SlugAndName> names = companyNames(shown.stream().map(f -> (Long) f[0]).toList());
        List<Waves.Wave> waves = new ArrayList<>();
        for (Object[] f : shown) {
            long companyId = (Long) f[0];
            Runs.Run r = (Runs.Run) f[1];
            List<EventBrief> members = departuresBetween(q.filter(), companyId, r.firstDay(), r.lastDay());
            List<ContextBrief> context = contextNear(companyId, r.firstDay(), r.lastDay(), q.days(), null);
            waves.add(new Waves.Wave(names.get(companyId), r.from().toString(), r.to().toString(), r.size(),
                    r.spanDays(), r.approximate(), members, context));
        }
        return new Waves(q.minSize(), q.days(), found.size(), waves, notPlaced);
    }

    /**
     * Waves of one company for its timeline page (marks on the list and the chart), oldest first: the newest
     * {@link InsightQuery#MAX_LIMIT} as {@link #waves} finds them, without the departures and context events it lists
     * under each wave (two statements a wave, which the page does not show): one grouped statement per part.
     */
    @Transactional
    public List<Waves.Wave> wavesOf(String companySlug, EventFilter filter) {
        InsightQuery q = InsightQuery.defaults();
        EventFilter f = filter.withCompany(List.of(companySlug));
        return aggregates.get(List.of("insight.companyWaves", f), () -> {
            readOnly();
            List<Runs.Run> runs = new ArrayList<>();
            departurePoints(f).values().forEach(points -> runs.addAll(Runs.find(points, q.minSize(), q.days())));
            runs.sort(Comparator.comparing(Runs.Run::lastDay).reversed());
            List<Runs.Run> shown = new ArrayList<>(runs.subList(0, Math.min(InsightQuery.MAX_LIMIT, runs.size())));
            java.util.Collections.reverse(shown);
            return shown.stream().map(r -> new Waves.Wave(null, r.from().toString(), r.to().toString(), r.size(),
                    r.spanDays(), r.approximate(), List.of(), List.of())).toList();
        });
    }

    /** Departure points by company: (date, approximate) with how many departures share them, one grouped query per part. */
    private Map<Long, List<Runs.Point>> departurePoints(EventFilter f) {
        Map<Long, Map<Runs.Point, Long>> acc = new HashMap<>();
        for (MoveRows part : MoveRows.OUT) {
            String c = part.company + ".id";
            for (Object[] row : part.where(f, conditions).query(em, "select " + c + ", e.date.start, e.date.precision,"
                    + " e.dateApproximate, count(e) from PersonnelEvent e", "group by " + c + ", e.date.start,"
                    + " e.date.precision, e.dateApproximate", Object[].class).getResultList()) {
                Runs.Point p = new Runs.Point(PartialDate.of((LocalDate) row[1], (DatePrecision) row[2]),
                        (Boolean) row[3], 0);
                acc.computeIfAbsent((Long) row[0], k -> new HashMap<>()).merge(p, (Long) row[4], Long::sum);
            }
        }
        Map<Long, List<Runs.Point>> out = new HashMap<>();
        acc.forEach((company, m) -> out.put(company, m.entrySet().stream()
                .map(x -> new Runs.Point(x.getKey().date(), x.getKey().approximate(), x.getValue())).toList()));
        return out;
    }

    /**
     * The departures (own and inferred) of a company whose positions lie in [first, last], oldest first: a projection
     * over the event's own indexed columns (no join, so the company and date conditions use the index), then the
     * briefs of the first {@link #EVENTS_PER_ITEM} by id.
     */
    private List<EventBrief> departuresBetween(EventFilter f, long companyId, LocalDate first, LocalDate last) {
        List<Object[]> rows = new ArrayList<>(); // {position, id, inferred}
        for (MoveRows part : MoveRows.OUT) {
            Jpql j = part.where(f, conditions).and(part.company + ".id = :wc", "wc", companyId)
                    .and("e.date.start >= :wa", "wa", first.minusDays(31)).and("e.date.start <= :wb", "wb", last)
                    .and("e.date.precision <> :year", "year", DatePrecision.YEAR);
            for (Object[] r : j.query(em, "select e.id, e.date.start, e.date.precision from PersonnelEvent e",
                    "order by e.date.start, e.id", Object[].class).setMaxResults(EVENTS_PER_ITEM + 62).getResultList()) {
                LocalDate pos = DayDistance.position(PartialDate.of((LocalDate) r[1], (DatePrecision) r[2]));
                if (!pos.isBefore(first) && !pos.isAfter(last)) {
                    rows.add(new Object[] {pos, r[0], part.inferred()});
                }
            }
        }
        rows.sort(Comparator.comparing((Object[] r) -> (LocalDate) r[0]).thenComparing(r -> (Long) r[1]));
        List<Object[]> kept = rows.subList(0, Math.min(EVENTS_PER_ITEM, rows.size()));
        Set<Long> inferred = new java.util.HashSet<>();
        kept.stream().filter(r -> (Boolean) r[2]).forEach(r -> inferred.add((Long) r[1]));
        return briefs(kept.stream().map(r -> (Long) r[1]).toList()).stream()
                .map(b -> inferred.contains(b.id()) ? withInferred(b) : b).toList();
    }

    private static EventBrief withInferred(EventBrief b) {
        return new EventBrief(b.id(), b.key(), b.type(), b.date(), b.datePrecision(), b.dateApproximate(), b.person(),
                b.company(), b.role(), b.destination(), b.origin(), true);
    }

    /**
     * Context events of a company placed within {@code days} days of [first, last] (or whose period covers part of it),
     * of the given types (all when null), in date order.
     */
    private List<ContextBrief> contextNear(long companyId, LocalDate first, LocalDate last, int days,
            Collection<ContextType> types) {
        Jpql j = new Jpql().and("c.company.id = :cc", "cc", companyId)
                .and("c.dateEnd >= :ca", "ca", first.minusDays(days)).and("c.date.start <= :cb", "cb", last.plusDays(days));
        if (types != null) {
            j.and("c.type in :ct", "ct", types);
        }
        // no join fetch: the conditions then stay on the context table's own indexed columns (the one company is
        // loaded once by the session)
        List<ContextEvent> rows = j.query(em, "select c from ContextEvent c", "order by c.date.start, c.id",
                ContextEvent.class).setMaxResults(EVENTS_PER_ITEM).getResultList();
        List<ContextEvent> kept = new ArrayList<>();
        for (ContextEvent c : rows) {
            LocalDate pos = DayDistance.position(c.date());
            boolean covers = !c.dateStart().isAfter(last) && !c.dateEnd.isBefore(first) && c.date().precision() == DatePrecision.MONTH;
            if (pos != null && (covers || !pos.isBefore(first.minusDays(days)) && !pos.isAfter(last.plusDays(days)))) {
                kept.add(c);
            }
        }
        return contexts.views(kept).stream().map(ContextBrief::of).toList();
    }

    // ---------------------------------------------------------------- talent flows

    @Transactional
    public Flows flows(InsightQuery q) {
        return aggregates.get(List.of("insight.flows", q), () -> computeFlows(q));
    }

    private Flows computeFlows(InsightQuery q) {
        readOnly();
        EventFilter f = q.filter();
        Map<List<Long>, Long> counts = new HashMap<>();
        for (FlowRows part : FlowRows.values()) {
            for (Object[] row : part.where(f, conditions).query(em, "select " + part.from + ".id, " + part.to + ".id, count(e)"
                    + " from PersonnelEvent e", "group by " + part.from + ".id, " + part.to + ".id", Object[].class)
                    .getResultList()) {
                counts.merge(List.of((Long) row[0], (Long) row[1]), (Long) row[2], Long::sum);
            }
        }
        long moves = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<Long, SlugAndName> names = companyNames(counts.keySet().stream().flatMap(List::stream).distinct().toList());
        List<Map.Entry<List<Long>, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<List<Long>, Long> x) -> x.getValue()).reversed()
                .thenComparing(x -> names.get(x.getKey().get(0)).name())
                .thenComparing(x -> names.get(x.getKey().get(1)).name()));
        List<Map.Entry<List<Long>, Long>> shown = sorted.subList(0, Math.min(q.limit(), sorted.size()));
        Map<List<Long>, List<List<Long>>> behind = flowEvents(f, shown.stream().map(Map.Entry::getKey).toList());
        List<Flows.Flow> flows = new ArrayList<>();
        for (Map.Entry<List<Long>, Long> x : shown) {
            List<List<Long>> listed = behind.getOrDefault(x.getKey(), List.of());
            List<Long> ids = listed.stream().limit(EVENTS_PER_ITEM).flatMap(List::stream).toList();
            flows.add(new Flows.Flow(names.get(x.getKey().get(0)), names.get(x.getKey().get(1)), x.getValue(), ids,
                    Math.min(listed.size(), EVENTS_PER_ITEM) < x.getValue()));
        }
        return new Flows(moves, counts.size(), flows);
    }

    /**
     * The records behind the given (from, to) pairs: per pair its moves, newest first, each as the ids of its records
     * (the departure, then the arrival of the same move). Bounded by {@link #FLOW_EVENT_ROWS} rows in all.
     */
    private Map<List<Long>, List<List<Long>>> flowEvents(EventFilter f, List<List<Long>> pairs) {
        Map<List<Long>, List<List<Long>>> out = new HashMap<>();
        if (pairs.isEmpty()) {
            return out;
        }
        Set<Long> froms = new LinkedHashSet<>();
        Set<Long> tos = new LinkedHashSet<>();
        pairs.forEach(p -> {
            froms.add(p.get(0));
            tos.add(p.get(1));
        });
        Set<List<Long>> wanted = new java.util.HashSet<>(pairs);
        for (FlowRows part : FlowRows.values()) {
            Jpql j = part.where(f, conditions).and(part.from + ".id in :froms", "froms", froms)
                    .and(part.to + ".id in :tos", "tos", tos);
            Map<Long, List<Long>> byMove = new LinkedHashMap<>();
            Map<Long, List<Long>> pairOf = new HashMap<>();
            for (Object[] row : j.query(em, "select e.id, " + part.from + ".id, " + part.to + ".id, m.id"
                    + " from PersonnelEvent e left join PersonnelEvent m on " + part.counterpart("e", "m"),
                    "order by e.date.start desc, e.id desc", Object[].class).setMaxResults(FLOW_EVENT_ROWS).getResultList()) {
                List<Long> pair = List.of((Long) row[1], (Long) row[2]);
                if (!wanted.contains(pair)) {
                    continue;
                }
                List<Long> recs = byMove.computeIfAbsent((Long) row[0], k -> new ArrayList<>(List.of((Long) row[0])));
                if (row[3] != null && !recs.contains((Long) row[3])) {
                    // the departure first: for an arrival the matched departure goes before it
                    recs.add(part == FlowRows.DEPARTURES ? recs.size() : 0, (Long) row[3]);
                }
                pairOf.put((Long) row[0], pair);
            }
            byMove.forEach((move, recs) -> out.computeIfAbsent(pairOf.get(move), k -> new ArrayList<>()).add(recs));
        }
        return out;
    }

    /** Personnel events by id as briefs, in the given order (for the list behind a flow). */
    @Transactional
    public List<EventBrief> briefs(List<Long> ids) {
        readOnly();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EventBrief> byId = new HashMap<>();
        for (PersonnelEvent pe : em.createQuery("select e from PersonnelEvent e join fetch e.person join fetch e.company"
                + " left join fetch e.destination left join fetch e.origin where e.id in :ids", PersonnelEvent.class)
                .setParameter("ids", ids).getResultList()) {
            byId.put(pe.id, EventBrief.of(EventView.from(pe, List.of(), List.of()), false));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    // ---------------------------------------------------------------- series

    @Transactional
    public Series series(InsightQuery q) {
        return aggregates.get(List.of("insight.series", q), () -> computeSeries(q));
    }

    private Series computeSeries(InsightQuery q) {
        readOnly();
        InsightQuery.Interval interval = q.interval();
        // period -> key -> {departures, hires}
        Map<String, Map<String, long[]>> placed = new TreeMap<>();
        Map<String, Map<String, long[]>> unplaced = new TreeMap<>();
        Map<String, String> labels = new HashMap<>();
        for (MoveRows part : List.of(MoveRows.OUT_RECORDED, MoveRows.OUT_FROM_ARRIVALS, MoveRows.IN_RECORDED,
                MoveRows.IN_FROM_DEPARTURES)) {
            String key = switch (q.by()) {
                case COMPANY -> part.company + ".slug, " + part.company + ".name";
                case CATEGORY -> "e.role.category";
                case TYPE -> "e.type";
            };
            String group = "year(e.date.start), month(e.date.start), e.date.precision, " + key;
            for (Object[] row : part.where(q.filter(), conditions).query(em, "select " + group + ", count(e)"
                    + " from PersonnelEvent e", "group by " + group, Object[].class).getResultList()) {
                int year = ((Number) row[0]).intValue();
                int month = ((Number) row[1]).intValue();
                DatePrecision precision = (DatePrecision) row[2];
                String k;
                switch (q.by()) {
                    case COMPANY -> {
                        k = (String) row[3];
                        labels.put(k, (String) row[4]);
                    }
                    case CATEGORY -> k = row[3] == null ? RoleCategory.OTHER.name() : ((RoleCategory) row[3]).name();
                    default -> k = part.out() ? EventType.DEPARTURE.name()
                            : part.inferred() ? EventType.HIRE.name() : ((EventType) row[3]).name();
                }
                long n = (Long) row[row.length - 1];
                boolean fits = precision != DatePrecision.YEAR || interval == InsightQuery.Interval.YEAR;
                String period = fits ? period(interval, year, month) : Integer.toString(year);
                long[] cell = (fits ? placed : unplaced).computeIfAbsent(period, p -> new TreeMap<>())
                        .computeIfAbsent(k, x -> new long[2]);
                cell[part.out() ? 0 : 1] += n;
            }
        }
        if (q.by() == InsightQuery.By.COMPANY) {
            Set<String> kept = busiest(placed, unplaced, q.limit());
            placed = foldOthers(placed, kept);
            unplaced = foldOthers(unplaced, kept);
            labels.put(OTHER, "Other companies");
        }
        return new Series(interval, q.by().name().toLowerCase(), rows(placed, labels, q.by()),
                rows(unplaced, labels, q.by()));
    }

    static final String OTHER = "(other)";

    static String period(InsightQuery.Interval interval, int year, int month) {
        return switch (interval) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "-Q" + ((month - 1) / 3 + 1);
            case MONTH -> String.format("%04d-%02d", year, month);
        };
    }

    private static Set<String> busiest(Map<String, Map<String, long[]>> a, Map<String, Map<String, long[]>> b, int limit) {
        Map<String, Long> totals = new HashMap<>();
        for (Map<String, Map<String, long[]>> m : List.of(a, b)) {
            m.values().forEach(keys -> keys.forEach((k, v) -> totals.merge(k, v[0] + v[1], Long::sum)));
        }
        List<String> keys = new ArrayList<>(totals.keySet());
        keys.sort(Comparator.comparing((String k) -> totals.get(k)).reversed().thenComparing(k -> k));
        return new LinkedHashSet<>(keys.subList(0, Math.min(limit, keys.size())));
    }

    private static Map<String, Map<String, long[]>> foldOthers(Map<String, Map<String, long[]>> m, Set<String> kept) {
        Map<String, Map<String, long[]>> out = new TreeMap<>();
        m.forEach((period, keys) -> keys.forEach((k, v) -> {
            long[] cell = out.computeIfAbsent(period, p -> new TreeMap<>()).computeIfAbsent(kept.contains(k) ? k : OTHER,
                    x -> new long[2]);
            cell[0] += v[0];
            cell[1] += v[1];
        }));
        return out;
    }

    private static List<Series.Row> rows(Map<String, Map<String, long[]>> m, Map<String, String> labels,
            InsightQuery.By by) {
        List<Series.Row> out = new ArrayList<>();
        m.forEach((period, keys) -> keys.forEach((k, v) -> out.add(new Series.Row(period, k,
                by == InsightQuery.By.COMPANY ? labels.getOrDefault(k, k) : Display.enumLabel(k), v[0], v[1]))));
        return out;
    }

    // ---------------------------------------------------------------- after launches

    @Transactional
    public AfterLaunches afterLaunches(InsightQuery q) {
        return aggregates.get(List.of("insight.afterLaunches", q), () -> computeAfterLaunches(q));
    }

    private AfterLaunches computeAfterLaunches(InsightQuery q) {
        readOnly();
        EventFilter f = q.filter();
        int days = q.days();
        Map<Long, List<Runs.Point>> departures = departurePoints(f);
        // the launches and funding events, of the companies filtered (one query: few rows per company)
        Jpql cj = new Jpql().and("c.type in :types", "types", q.contextTypes())
                .and("c.date.precision <> :year", "year", DatePrecision.YEAR);
        if (!f.company().isEmpty()) {
            cj.and("c.company.id in :company", "company", conditions.companyIds(f.company(), "company"));
        }
        if (f.from() != null) {
            cj.and("c.dateEnd >= :from", "from", f.from().start().minusDays(days));
        }
        if (f.to() != null) {
            cj.and("c.date.start <= :to", "to", f.to().end());
        }
        Map<Long, List<ContextEvent>> launches = new HashMap<>();
        for (ContextEvent c : cj.query(em, "select c from ContextEvent c join fetch c.company", "order by c.date.start, c.id",
                ContextEvent.class).getResultList()) {
            launches.computeIfAbsent(c.company.id, k -> new ArrayList<>()).add(c);
        }
        LocalDate today = LocalDate.now();
        List<AfterLaunches.Company> out = new ArrayList<>();
        Map<Long, SlugAndName> names = companyNames(launches.keySet());
        for (Map.Entry<Long, List<ContextEvent>> entry : launches.entrySet()) {
            List<Runs.Point> points = departures.getOrDefault(entry.getKey(), List.of());
            List<LocalDate> launchDays = entry.getValue().stream().map(c -> DayDistance.position(c.date())).toList();
            List<LaunchWindows.Departure> placed = new ArrayList<>();
            long notPlaced = 0;
            for (Runs.Point p : points) {
                if (DayDistance.placeable(p.date())) {
                    placed.add(new LaunchWindows.Departure(p.position(), p.count(),
                            p.approximate() || p.date().precision() != DatePrecision.DAY));
                } else {
                    notPlaced += p.count();
                }
            }
            LocalDate start = f.from() != null ? f.from().start() : min(launchDays, placed);
            LocalDate lastLaunch = launchDays.stream().max(LocalDate::compareTo).orElse(start).plusDays(days);
            LocalDate lastDeparture = placed.stream().map(LaunchWindows.Departure::day).max(LocalDate::compareTo)
                    .orElse(start);
            LocalDate end = f.to() != null ? f.to().end() : max(lastDeparture, lastLaunch.isAfter(today) ? today : lastLaunch);
            if (end.isBefore(start)) {
                continue;
            }
            LaunchWindows.Result r = LaunchWindows.compare(launchDays, placed, start, end, days);
            if (r.launches() == 0) {
                continue;
            }
            List<AfterLaunches.Launch> windows = new ArrayList<>();
            List<ContextEvent> inPeriod = entry.getValue().stream().filter(c -> {
                LocalDate d = DayDistance.position(c.date());
                return !d.isAfter(end) && !d.plusDays(days).isBefore(start);
            }).toList();
            List<ContextView> views = contexts.views(inPeriod.subList(Math.max(0, inPeriod.size() - EVENTS_PER_ITEM),
                    inPeriod.size()));
            for (ContextView cv : views) {
                LocalDate d = DayDistance.position(PartialDate.parse(cv.date()));
                long n = placed.stream().filter(p -> p.day().isAfter(d) && !p.day().isAfter(d.plusDays(days)))
                        .mapToLong(LaunchWindows.Departure::count).sum();
                windows.add(new AfterLaunches.Launch(ContextBrief.of(cv), n));
            }
            out.add(new AfterLaunches.Company(names.get(entry.getKey()), start.toString(), end.toString(), r.launches(),
                    r.windowDays(), r.otherDays(), r.departuresAfter(), r.departuresOther(), round(r.perWindowAfter()),
                    round(r.perWindowOther()), round(r.expectedAfter()), r.approximateAfter(), notPlaced, r.verdict(),
                    windows));
        }
        out.sort(Comparator.comparingLong((AfterLaunches.Company c) -> c.departuresAfter() + c.departuresOther())
                .reversed().thenComparing(c -> c.company().name()));
        return new AfterLaunches(days, q.contextTypes(), out.subList(0, Math.min(q.limit(), out.size())),
                "Counts of recorded departures, not a study: the record holds what the press reported, launches come"
                        + " often, and a handful of departures proves nothing either way.");
    }

    private static LocalDate min(List<LocalDate> launches, List<LaunchWindows.Departure> departures) {
        LocalDate m = null;
        for (LocalDate d : launches) {
            m = m == null || d.isBefore(m) ? d : m;
        }
        for (LaunchWindows.Departure d : departures) {
            m = m == null || d.day().isBefore(m) ? d.day() : m;
        }
        return m;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    // ---------------------------------------------------------------- shared

    private Map<Long, SlugAndName> companyNames(Collection<Long> ids) {
        Map<Long, SlugAndName> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("select c.id, c.slug, c.name from Company c where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            out.put((Long) row[0], new SlugAndName((String) row[1], (String) row[2]));
        }
        return out;
    }

    /** The two kinds of record a talent flow is drawn from, each move once (see {@link SameMove}). */
    enum FlowRows {
        /** A departure that names where the person went. */
        DEPARTURES("e.company", "e.destination",
                "e.type = org.personneltracker.event.EventType.DEPARTURE and e.destination is not null"),
        /** A hire or return that names where the person came from, unless a departure naming it is recorded. */
        ARRIVALS("e.origin", "e.company",
                "e.type in (org.personneltracker.event.EventType.HIRE, org.personneltracker.event.EventType.RETURN)"
                        + " and e.origin is not null and not " + SameMove.departureExists("e", true));

        final String from;
        final String to;
        private final String condition;

        FlowRows(String from, String to, String condition) {
            this.from = from;
            this.to = to;
            this.condition = condition;
        }

        /** The other record of the same move, for listing the events behind a flow. */
        String counterpart(String self, String other) {
            return this == DEPARTURES ? SameMove.arrivalJoin(self, other) : SameMove.departureJoin(self, other);
        }

        /** company: either end; origin: the from end; destination: the to end; the rest: the record's own fields. */
        Jpql where(EventFilter f, EventConditions conditions) {
            Jpql j = new Jpql().and(condition);
            conditions.addPeopleIndependent(j, f, null);
            if (!f.company().isEmpty()) {
                j.and(from + ".id in :company or " + to + ".id in :company", "company",
                        conditions.companyIds(f.company(), "company"));
            }
            if (!f.origin().isEmpty()) {
                j.and(from + ".id in :origin", "origin", conditions.companyIds(f.origin(), "origin"));
            }
            if (!f.destination().isEmpty()) {
                j.and(to + ".id in :destination", "destination", conditions.companyIds(f.destination(), "destination"));
            }
            if (!f.person().isEmpty()) {
                j.and("e.person.id in :person", "person", conditions.personIds(f.person()));
            }
            return j;
        }
    }
}
