package org.personneltracker.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.Aggregates;
import org.personneltracker.common.Paging;
import org.personneltracker.company.Company;
import org.personneltracker.company.CompanyActivity;
import org.personneltracker.company.CompanyService;
import org.personneltracker.company.CompanyView;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.event.EventType;
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
    Aggregates aggregates;

    @Override
    public CompanyView.Counts counts(Company c) {
        return aggregates.get(List.of("company.counts", c.id), () -> count(c));
    }

    private CompanyView.Counts count(Company c) {
        long departures = PersonnelEvent.count("company = ?1 and type = ?2", c, EventType.DEPARTURE);
        long hires = PersonnelEvent.count("company = ?1 and type in ?2", c, List.of(EventType.HIRE, EventType.RETURN));
        long people = em.createQuery("select count(distinct e.person) from PersonnelEvent e where e.company = :c",
                Long.class).setParameter("c", c).getSingleResult();
        return new CompanyView.Counts(departures, hires, people);
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

    /** Departures, hires and people of every company with events, by slug: two grouped queries for a list page. */
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
        return new Referrers(PersonnelEvent.count("company = ?1 or destination = ?1 or origin = ?1", c),
                ContextEvent.count("company", c));
    }
}
