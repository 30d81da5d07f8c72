package org.personneltracker.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

        Jpql pj = personnelWhere(company, f);
        Jpql cj = contextWhere(company, f);
        long total = (wantPersonnel ? pj.query(em, "select count(e) from PersonnelEvent e", null, Long.class)
                .getSingleResult() : 0)
                + (wantContext ? cj.query(em, "select count(c) from ContextEvent c", null, Long.class)
                .getSingleResult() : 0);

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
                pj.and("e.date.start " + cmp + " :cd or (e.date.start = :cd and e.id " + cmp + " :cid)", "cd", d)
                        .param("cid", id);
                cj.and(afterIsContextSameDay ? "c.date.start " + cmp + "= :cd" : "c.date.start " + cmp + " :cd", "cd", d);
            } else {
                cj.and("c.date.start " + cmp + " :cd or (c.date.start = :cd and c.id " + cmp + " :cid)", "cd", d)
                        .param("cid", id);
                pj.and(afterIsPersonnelSameDay ? "e.date.start " + cmp + "= :cd" : "e.date.start " + cmp + " :cd", "cd", d);
            }
        }
        int limit = f.limit();
        List<PersonnelEvent> ps = wantPersonnel ? pj.query(em, EventService.SELECT_WITH_REFERENCES,
                "order by e.date.start " + dir + ", e.id " + dir, PersonnelEvent.class)
                .setMaxResults(limit + 1).getResultList() : List.of();
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
     * The company's own events, plus departures elsewhere to it (arrivals) and hires or returns elsewhere from it
     * (losses) unless the same move is recorded here (same person, overlapping dates).
     */
    private Jpql personnelWhere(Company company, EventFilter f) {
        Jpql j = events.where(f.withCompany(List.of()), null);
        j.and("e.company.id = :tc or ((e.type = :dep and e.destination.id = :tc or e.type in :hires and e.origin.id = :tc)"
                + " and not exists (select 1 from PersonnelEvent o where o.company.id = :tc and o.person = e.person"
                + " and o.date.start <= e.dateEnd and o.dateEnd >= e.date.start))", "tc", company.id)
                .param("dep", EventType.DEPARTURE).param("hires", List.of(EventType.HIRE, EventType.RETURN));
        return j;
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
