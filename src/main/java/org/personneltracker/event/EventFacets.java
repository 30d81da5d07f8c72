package org.personneltracker.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.Jpql;

/**
 * The event list's total and facet counts. A filter made only of type, category, seniority, companies and whole
 * years ({@code from} starting a year, {@code to} ending one) is answered from the counts kept on write
 * ({@link EventCounts}): a few hundred summary rows instead of every event in the range, per dimension. Any other
 * filter is counted over the events themselves, with the same where-clause as the list ({@link EventConditions}).
 * Both count the same events: retracted ones are left out of both.
 */
@ApplicationScoped
public class EventFacets {

    @Inject
    EntityManager em;

    @Inject
    EventConditions conditions;

    /** The number of events the filter matches. */
    public long total(EventFilter f) {
        if (kept(f)) {
            Number n = (Number) kept(f, companyIds(f), null, "select coalesce(sum(k.n), 0)", "").getSingleResult();
            return n.longValue();
        }
        long n = 0;
        for (Jpql part : conditions.whereParts(f, null)) {
            n += part.query(em, "select count(e) from PersonnelEvent e", null, Long.class).getSingleResult();
        }
        return n;
    }

    /** Per dimension, the matches of the other filters by value, most first (zero counts and "none" left out). */
    public Map<String, Map<String, Long>> facets(EventFilter f) {
        // over the kept counts, the companies' ids are looked up once for the three facets that filter by them
        List<Long> ids = companyIds(f);
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        out.put("type", facet(f, ids, EventFilter.Dimension.TYPE, "e.type", "k.type"));
        out.put("category", facet(f, ids, EventFilter.Dimension.CATEGORY, "e.role.category", "k.category"));
        out.put("seniority", facet(f, ids, EventFilter.Dimension.SENIORITY, "e.role.seniority", "k.seniority"));
        out.put("company", facet(f, ids, EventFilter.Dimension.COMPANY, "e.company.slug", "c.slug"));
        return out;
    }

    private Map<String, Long> facet(EventFilter f, List<Long> ids, EventFilter.Dimension dim, String expr,
            String keptExpr) {
        List<?> rows;
        if (kept(f)) {
            rows = kept(f, ids, dim, "select " + keptExpr + ", sum(k.n)",
                    " group by " + keptExpr + " order by sum(k.n) desc, " + keptExpr).getResultList();
        } else {
            List<Jpql> parts = conditions.whereParts(f, dim);
            List<Object[]> all = new ArrayList<>();
            for (Jpql part : parts) {
                all.addAll(part.query(em, "select " + expr + ", count(e) from PersonnelEvent e",
                        "group by " + expr + " order by count(e) desc, " + expr, Object[].class).getResultList());
            }
            rows = parts.size() == 1 ? all : merged(all);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object o : rows) {
            Object[] row = (Object[]) o;
            long n = ((Number) row[1]).longValue();
            if (row[0] != null && !"".equals(row[0]) && n > 0) {
                counts.put(row[0] instanceof Enum<?> en ? en.name() : row[0].toString(), n);
            }
        }
        return counts;
    }

    /** Grouped counts of disjoint parts added up by value, most first, then by value. */
    private static List<Object[]> merged(List<Object[]> rows) {
        Map<Object, Long> sums = new LinkedHashMap<>();
        for (Object[] r : rows) {
            sums.merge(r[0] == null ? "" : r[0], ((Number) r[1]).longValue(), Long::sum);
        }
        return sums.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()})
                .sorted(java.util.Comparator.comparing((Object[] r) -> -(Long) r[1])
                        .thenComparing(r -> r[0] instanceof Enum<?> en ? en.name() : r[0].toString()))
                .toList();
    }

    /** True when the kept counts answer the filter: only type, category, seniority, companies and whole years. */
    static boolean kept(EventFilter f) {
        return f.person().isEmpty() && f.destination().isEmpty() && f.origin().isEmpty() && f.direction().isEmpty()
                && f.confidence().isEmpty() && f.team() == null && f.title() == null && f.disputed() == null
                && f.q() == null
                && (f.from() == null || f.from().start().getDayOfYear() == 1)
                && (f.to() == null || f.to().end().equals(LocalDate.of(f.to().end().getYear(), 12, 31)));
    }

    /**
     * A native query over the kept counts ({@code k}) with the filter's conditions, leaving out {@code skip}'s: over
     * {@code event_count_company} (joined to {@code company c}) when a company is filtered or counted, else over
     * {@code event_count_year}.
     */
    private Query kept(EventFilter f, List<Long> companyIds, EventFilter.Dimension skip, String select, String tail) {
        boolean byCompany = skip == EventFilter.Dimension.COMPANY || !f.company().isEmpty();
        StringBuilder sql = new StringBuilder(select).append(byCompany
                ? " from event_count_company k join company c on c.id = k.company_id" : " from event_count_year k");
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!f.company().isEmpty() && skip != EventFilter.Dimension.COMPANY) {
            where.add("k.company_id in (:company)");
            params.put("company", companyIds);
        }
        if (!f.type().isEmpty() && skip != EventFilter.Dimension.TYPE) {
            where.add("k.type in (:type)");
            params.put("type", names(f.type()));
        }
        if (!f.category().isEmpty() && skip != EventFilter.Dimension.CATEGORY) {
            where.add("k.category in (:category)");
            params.put("category", names(f.category()));
        }
        if (!f.seniority().isEmpty() && skip != EventFilter.Dimension.SENIORITY) {
            where.add("k.seniority in (:seniority)");
            params.put("seniority", names(f.seniority()));
        }
        if (f.seniorityAtLeast() != null && skip != EventFilter.Dimension.SENIORITY) {
            where.add("k.seniority in (:atLeast)");
            params.put("atLeast", names(f.seniorityAtLeast().andAbove()));
        }
        if (f.from() != null) {
            where.add("k.yr >= :fromYear");
            params.put("fromYear", f.from().start().getYear());
        }
        if (f.to() != null) {
            where.add("k.yr <= :toYear");
            params.put("toYear", f.to().end().getYear());
        }
        if (!where.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", where));
        }
        Query q = em.createNativeQuery(sql.append(tail).toString());
        params.forEach(q::setParameter);
        return q;
    }

    /** The ids of the filter's companies when the kept counts answer it (a 400 for an unknown slug), else null. */
    private List<Long> companyIds(EventFilter f) {
        return kept(f) && !f.company().isEmpty() ? conditions.companyIds(f.company(), "company") : null;
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
