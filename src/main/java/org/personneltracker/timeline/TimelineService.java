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
import java.util.List;
import org.personneltracker.common.Aggregates;
import org.personneltracker.common.Jpql;
import org.personneltracker.common.Keyset;
import org.personneltracker.common.Page;
import org.personneltracker.common.Violations;
import org.personneltracker.company.Company;
import org.personneltracker.company.CompanyService;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.context.ContextService;
import org.personneltracker.context.ContextView;
import org.personneltracker.event.EventFilter;
import org.personneltracker.event.EventService;
import org.personneltracker.event.EventType;
import org.personneltracker.event.EventView;
import org.personneltracker.event.PersonnelEvent;

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

        Jpql pj = events.where(f.withCompany(List.of()), null);
        Jpql cj = contextWhere(company, f);
        Jpql countedP = pj;
        Jpql countedC = cj;
        long total = aggregates.get(List.of("timeline.total", company.id, f.withoutPaging(), wantPersonnel, wantContext),
                () -> count(countedP, countedC, company, wantPersonnel, wantContext));

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
            // "date <= :cd and (...)" (">=" ascending) lets the planner start the index range at the cursor
            if (kind == TimelineEntry.Kind.PERSONNEL) {
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
        List<PersonnelEvent> ps = wantPersonnel ? events.byIds(personnelPage(pj, company, o.descending(), limit + 1))
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
        for (Object m : merged) {
            if (m instanceof PersonnelEvent e) {
                items.add(new TimelineEntry(TimelineEntry.Kind.PERSONNEL, relation(e, company), eventViews.get(ei++), null));
            } else {
                items.add(new TimelineEntry(TimelineEntry.Kind.CONTEXT, null, null, contextViews.get(ci++)));
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

    private static TimelineEntry.Relation relation(PersonnelEvent e, Company company) {
        if (e.company.id.equals(company.id)) {
            return null;
        }
        return e.type == EventType.DEPARTURE ? TimelineEntry.Relation.ARRIVAL : TimelineEntry.Relation.LOSS;
    }

    /**
     * The three kinds of personnel entries of a company's timeline: its own events, departures elsewhere to it
     * (arrivals) and hires or returns elsewhere from it (losses), the last two unless the same move is recorded here
     * (same person, overlapping dates). Each is one index range: (company, date), (destination, date), (origin, date);
     * one query with "own or arrival or loss" read the whole table for every page and for the count.
     */
    private static final String[] BRANCHES = {
        "e.company.id = :tc",
        "e.destination.id = :tc and e.type = :dep and e.company.id <> :tc and " + notRecordedHere(),
        "e.origin.id = :tc and e.type in :hires and e.company.id <> :tc and " + notRecordedHere(),
    };

    private static String notRecordedHere() {
        return "not exists (select 1 from PersonnelEvent o where o.company.id = :tc and o.person = e.person"
                + " and o.date.start <= e.dateEnd and o.dateEnd >= e.date.start)";
    }

    private static Jpql branch(Jpql where, Company company, int i) {
        Jpql j = where.copy().and(BRANCHES[i], "tc", company.id);
        if (i == 1) {
            j.param("dep", EventType.DEPARTURE);
        } else if (i == 2) {
            j.param("hires", List.of(EventType.HIRE, EventType.RETURN));
        }
        return j;
    }

    /** The number of entries: one statement, a count per branch and one of the context events. */
    private long count(Jpql pj, Jpql cj, Company company, boolean wantPersonnel, boolean wantContext) {
        List<String> heads = new ArrayList<>();
        List<Jpql> wheres = new ArrayList<>();
        for (int i = 0; wantPersonnel && i < BRANCHES.length; i++) {
            heads.add("select count(e) from PersonnelEvent e");
            wheres.add(branch(pj, company, i));
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

    /** Ids of the first {@code max} personnel entries in the timeline's order: each branch's first rows, merged. */
    private List<Long> personnelPage(Jpql where, Company company, boolean descending, int max) {
        String dir = descending ? " desc" : "";
        List<String> heads = new ArrayList<>();
        List<Jpql> wheres = new ArrayList<>();
        List<String> tails = new ArrayList<>();
        for (int i = 0; i < BRANCHES.length; i++) {
            heads.add("select e.id, e.date.start from PersonnelEvent e");
            wheres.add(branch(where, company, i));
            tails.add("order by e.date.start" + dir + ", e.id" + dir + " limit " + max);
        }
        List<Object[]> rows = new ArrayList<>(Jpql.unionAll(em, heads, wheres, tails, Object[].class).getResultList());
        Comparator<Object[]> order = Comparator.<Object[], LocalDate>comparing(r -> (LocalDate) r[1])
                .thenComparing(r -> (Long) r[0]);
        rows.sort(descending ? order.reversed() : order);
        return rows.stream().limit(max).map(r -> (Long) r[0]).toList();
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
