package org.personneltracker.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.Aggregates;
import org.personneltracker.common.Jpql;
import org.personneltracker.common.Paging;
import org.personneltracker.common.Retractions;
import org.personneltracker.company.Company;
import org.personneltracker.company.CompanyActivity;
import org.personneltracker.company.CompanyService;
import org.personneltracker.company.CompanyView;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.event.Direction;
import org.personneltracker.event.EventConditions;
import org.personneltracker.event.EventType;
import org.personneltracker.event.SameMove;
import org.personneltracker.event.PersonnelEvent;

/**
 * The departures, hires and people of companies, counted from their personnel events: for one company (its JSON,
 * through {@link CompanyActivity}) and for all of them at once (the company cards of the list and home pages).
 */
@ApplicationScoped
public class CompanyCounts implements CompanyActivity {

    private static final CompanyView.Counts NONE = new CompanyView.Counts(0, 0, 0);

    @Inject
    EntityManager em;

    @Inject
    CompanyService companies;

    @Inject
    EventConditions conditions;

    @Inject
    Aggregates aggregates;

    /**
     * Departures are the company's OUT moves and hires its IN moves (API.md), counted exactly as its timeline lists
     * them ({@link EventConditions#seenFrom}); people are those with an event at the company.
     */
    @Override
    public CompanyView.Counts counts(Company c) {
        return aggregates.get(List.of("company.counts", c.id), () -> new CompanyView.Counts(count(c, Direction.OUT),
                count(c, Direction.IN), em.createQuery("select count(distinct e.person) from PersonnelEvent e"
                        + " where e.company = :c", Long.class).setParameter("c", c).getSingleResult()));
    }

    /** The parts of the timeline in one direction, counted in one statement, each over its own index range. */
    private long count(Company c, Direction d) {
        List<EventConditions.SeenFrom> parts = conditions.seenFromParts(c.id, List.of(d), false);
        return Jpql.unionAll(em, Collections.nCopies(parts.size(), "select count(e) from PersonnelEvent e"),
                parts.stream().map(p -> p.and(new Jpql())).toList(), Collections.nCopies(parts.size(), null), Long.class)
                .getResultList().stream().mapToLong(Long::longValue).sum();
    }

    /** Companies (those {@code q} matches, or all) with their counts, most active first, then by name. */
    @Transactional
    public List<CompanyCard> cards(String q) {
        Map<String, CompanyView.Counts> bySlug = aggregates.get("company.cards", this::bySlug);
        return companies.list(q, Paging.MAX_LIMIT, null).items().stream()
                .map(c -> new CompanyCard(c, bySlug.getOrDefault(c.slug(), NONE)))
                .sorted(Comparator.comparingLong(CompanyCard::total).reversed())
                .toList();
    }

    /** Departures (OUT), hires (IN) and people of every company with events, by slug: four grouped queries for a list page. */
    private Map<String, CompanyView.Counts> bySlug() {
        Map<String, long[]> acc = new HashMap<>();
        for (Object[] row : em.createQuery("select e.company.slug, e.type, count(e) from PersonnelEvent e"
                + " group by e.company.slug, e.type", Object[].class).getResultList()) {
            long[] a = acc.computeIfAbsent((String) row[0], k -> new long[3]);
            EventType t = (EventType) row[1];
            if (t == EventType.DEPARTURE) {
                a[0] += (Long) row[2];
            } else if (t == EventType.HIRE || t == EventType.RETURN) {
                a[1] += (Long) row[2];
            }
        }
        // moves recorded only at the other company: hires elsewhere from here (OUT), departures elsewhere to here (IN)
        for (Object[] row : em.createQuery("select e.origin.slug, count(e) from PersonnelEvent e where e.type in"
                + " (org.personneltracker.event.EventType.HIRE, org.personneltracker.event.EventType.RETURN)"
                + " and e.company <> e.origin and not " + SameMove.departureExists("e", false)
                + " group by e.origin.slug", Object[].class).getResultList()) {
            acc.computeIfAbsent((String) row[0], k -> new long[3])[0] += (Long) row[1];
        }
        for (Object[] row : em.createQuery("select e.destination.slug, count(e) from PersonnelEvent e where e.type ="
                + " org.personneltracker.event.EventType.DEPARTURE and e.company <> e.destination and not "
                + SameMove.arrivalExists("e") + " group by e.destination.slug", Object[].class).getResultList()) {
            acc.computeIfAbsent((String) row[0], k -> new long[3])[1] += (Long) row[1];
        }
        for (Object[] row : em.createQuery("select e.company.slug, count(distinct e.person) from PersonnelEvent e"
                + " group by e.company.slug", Object[].class).getResultList()) {
            acc.computeIfAbsent((String) row[0], k -> new long[3])[2] = (Long) row[1];
        }
        Map<String, CompanyView.Counts> out = new HashMap<>();
        acc.forEach((slug, a) -> out.put(slug, new CompanyView.Counts(a[0], a[1], a[2])));
        return Map.copyOf(out);
    }

    @Override
    public Referrers referrers(Company c) {
        // retracted events still refer to the company: they are stored and shown on their pages
        return new Referrers(Retractions.included(() -> PersonnelEvent.count("company = ?1 or destination = ?1 or origin = ?1", c)),
                ContextEvent.count("company", c));
    }
}
