package org.personneltracker.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Jpql;
import org.personneltracker.common.Violations;
import org.personneltracker.source.Stance;

/**
 * An {@link EventFilter} as a JPQL where-clause over {@code PersonnelEvent e}: the event list, the explorer, the
 * timelines, the company counts and the insights all narrow events through here, so a filter means the same
 * everywhere. Also a company's timeline rule ({@link #seenFrom}) and its index-range parts.
 */
@ApplicationScoped
public class EventConditions {

    @Inject
    EntityManager em;

    /** The filter as a where-clause over {@code PersonnelEvent e}, leaving out one facet dimension if given. */
    public Jpql where(EventFilter f, EventFilter.Dimension skip) {
        Jpql j = new Jpql();
        if (!f.direction().isEmpty() && f.company().size() != 1) {
            throw ApiException.badRequest("direction", "direction is seen from one company: give exactly one company");
        }
        if (!f.company().isEmpty() && skip != EventFilter.Dimension.COMPANY) {
            List<Long> ids = companyIds(f.company(), "company");
            if (f.direction().isEmpty()) {
                j.and("e.company.id in :company", "company", ids);
            } else {
                seenFrom(j, ids.get(0), f.direction(), false);
            }
        }
        if (!f.person().isEmpty()) {
            j.and("e.person.id in :person", "person", personIds(f.person()));
        }
        addPeopleIndependent(j, f, skip);
        if (!f.destination().isEmpty()) {
            j.and("e.destination.id in :destination", "destination", companyIds(f.destination(), "destination"));
        }
        if (!f.origin().isEmpty()) {
            j.and("e.origin.id in :origin", "origin", companyIds(f.origin(), "origin"));
        }
        return j;
    }

    /**
     * The filter as where-clauses over disjoint parts whose union is what {@link #where} matches: with a
     * {@code direction}, one per {@link #seenFromParts part} of the company's timeline (each its own index range; the
     * "or" of them read the whole table), else {@link #where} alone.
     */
    public List<Jpql> whereParts(EventFilter f, EventFilter.Dimension skip) {
        if (f.direction().isEmpty() || f.company().size() != 1 || skip == EventFilter.Dimension.COMPANY) {
            return List.of(where(f, skip));
        }
        Jpql rest = where(f.withCompany(List.of()).withDirection(List.of()), skip);
        long company = companyIds(f.company(), "company").get(0);
        return seenFromParts(company, f.direction(), false).stream().map(p -> p.and(rest)).toList();
    }

    /**
     * The events on one company's timeline in the given directions (API.md): its own departures (OUT) and hires and
     * returns (IN), departures elsewhere to it (IN) unless its hire of that person is the same move, hires elsewhere
     * from it (OUT) unless its departure of that person is the same move ({@link SameMove}); its own role changes
     * with {@code roleChanges}. So a move between two companies is one entry on each, counted once.
     * <p>
     * One condition, the {@link #seenFromParts parts} joined by "or": for a filtered list. A query over a company's
     * timeline that must be fast reads each part on its own (one index range each) and joins them with union all.
     */
    public void seenFrom(Jpql j, long companyId, List<Direction> directions, boolean roleChanges) {
        List<SeenFrom> parts = seenFromParts(companyId, directions, roleChanges);
        j.and(String.join(" or ", parts.stream().map(p -> "(" + p.condition() + ")").toList()));
        parts.forEach(p -> p.params().forEach(j::param));
    }

    /**
     * One part of a company's timeline ({@link #seenFrom}) with its parameters: the company's own events, the
     * arrivals recorded elsewhere (departures to it) or the losses recorded elsewhere (hires from it). The parts do not
     * overlap (the own part's company is this one, the others' another; arrivals are departures, losses hires), so
     * their union is the timeline; each is one index range: (company, date, id), (destination, date, id), (origin,
     * date, id). {@code direction} is the part's direction, null for the own part (there it is the event's type's);
     * {@code column} the company column the part's index leads with ({@code e.company.id}, {@code e.destination.id},
     * {@code e.origin.id}).
     */
    public record SeenFrom(String condition, Map<String, Object> params, Direction direction, String column) {

        /** {@code where} and this part, as a new where-clause. */
        public Jpql and(Jpql where) {
            Jpql j = where.copy().and(condition);
            params.forEach(j::param);
            return j;
        }
    }

    /** The parts of {@link #seenFrom}: own events (if any type of them applies), then arrivals, then losses. */
    public List<SeenFrom> seenFromParts(long companyId, List<Direction> directions, boolean roleChanges) {
        List<EventType> own = new ArrayList<>();
        List<SeenFrom> parts = new ArrayList<>();
        if (directions.contains(Direction.OUT)) {
            own.add(EventType.DEPARTURE);
        }
        if (directions.contains(Direction.IN)) {
            own.add(EventType.HIRE);
            own.add(EventType.RETURN);
        }
        if (roleChanges) {
            own.add(EventType.ROLE_CHANGE);
        }
        if (!own.isEmpty()) {
            parts.add(new SeenFrom("e.company.id = :sfc and e.type in :sfOwn", Map.of("sfc", companyId, "sfOwn", own),
                    null, "e.company.id"));
        }
        if (directions.contains(Direction.IN)) {
            parts.add(new SeenFrom("e.destination.id = :sfc and e.type = :sfDeparture and e.company.id <> :sfc and not "
                    + SameMove.arrivalExists("e"), Map.of("sfc", companyId, "sfDeparture", EventType.DEPARTURE),
                    Direction.IN, "e.destination.id"));
        }
        if (directions.contains(Direction.OUT)) {
            parts.add(new SeenFrom("e.origin.id = :sfc and e.type in :sfArrivals and e.company.id <> :sfc and not "
                    + SameMove.departureExists("e", false), Map.of("sfc", companyId,
                    "sfArrivals", List.of(EventType.HIRE, EventType.RETURN)), Direction.OUT, "e.origin.id"));
        }
        return parts;
    }

    /** Filters other than company/person/destination/origin (shared with the timeline). */
    public void addPeopleIndependent(Jpql j, EventFilter f, EventFilter.Dimension skip) {
        if (!f.type().isEmpty() && skip != EventFilter.Dimension.TYPE) {
            j.and("e.type in :type", "type", f.type());
        }
        if (!f.category().isEmpty() && skip != EventFilter.Dimension.CATEGORY) {
            j.and("e.role.category in :category", "category", f.category());
        }
        if (!f.seniority().isEmpty() && skip != EventFilter.Dimension.SENIORITY) {
            j.and("e.role.seniority in :seniority", "seniority", f.seniority());
        }
        if (f.seniorityAtLeast() != null && skip != EventFilter.Dimension.SENIORITY) {
            j.and("e.role.seniority in :atLeast", "atLeast", f.seniorityAtLeast().andAbove());
        }
        if (!f.confidence().isEmpty()) {
            j.and("e.confidence in :confidence", "confidence", f.confidence());
        }
        if (f.team() != null) {
            j.and("lower(e.role.team) like :team escape '\\'", "team", Jpql.contains(f.team()));
        }
        if (f.title() != null) {
            j.and("lower(e.role.title) like :title escape '\\'", "title", Jpql.contains(f.title()));
        }
        if (f.from() != null) {
            j.and("e.dateEnd >= :from", "from", f.from().start());
            // implied by the line above (no date is a longer period than a year); it bounds the date index's range
            // from below, which "date_end >= from" cannot (H2 read every event up to "to" for the category facet)
            j.and("e.date.start >= :fromFloor", "fromFloor", f.from().start().minusYears(1));
        }
        if (f.to() != null) {
            j.and("e.date.start <= :to", "to", f.to().end());
        }
        if (f.disputed() != null) {
            j.and((f.disputed() ? "" : "not ") + "exists (select 1 from EventCitation ds where ds.event = e"
                    + " and ds.stance = :contradicts)", "contradicts", Stance.CONTRADICTS);
        }
        if (f.q() != null) {
            j.and("lower(e.person.name) like :q escape '\\' or lower(e.company.name) like :q escape '\\'"
                    + " or lower(e.role.title) like :q escape '\\' or lower(e.role.team) like :q escape '\\'"
                    + " or lower(e.summary) like :q escape '\\' or lower(e.reason) like :q escape '\\'"
                    + " or exists (select 1 from Person qp join qp.aliases qa where qp = e.person"
                    + " and qa.aliasLower like :q escape '\\')", "q", Jpql.contains(f.q()));
        }
    }

    /** Ids of companies by slug; an unknown slug is a 400 naming the parameter. */
    public List<Long> companyIds(Collection<String> slugs, String param) {
        Map<String, Long> found = new HashMap<>();
        for (Object[] row : em.createQuery("select c.slug, c.id from Company c where c.slug in :s", Object[].class)
                .setParameter("s", slugs).getResultList()) {
            found.put((String) row[0], (Long) row[1]);
        }
        return idsOrFail(slugs, found, param, "company");
    }

    public List<Long> personIds(Collection<String> slugs) {
        Map<String, Long> found = new HashMap<>();
        for (Object[] row : em.createQuery("select p.slug, p.id from Person p where p.slug in :s", Object[].class)
                .setParameter("s", slugs).getResultList()) {
            found.put((String) row[0], (Long) row[1]);
        }
        return idsOrFail(slugs, found, "person", "person");
    }

    private static List<Long> idsOrFail(Collection<String> slugs, Map<String, Long> found, String param, String kind) {
        Violations v = new Violations();
        for (String s : slugs) {
            if (!found.containsKey(s)) {
                v.add(param, "no " + kind + " has the slug '" + s + "'");
            }
        }
        v.throwIfAny();
        return List.copyOf(found.values());
    }
}
