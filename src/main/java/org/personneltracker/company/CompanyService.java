package org.personneltracker.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.personneltracker.common.Alias;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Cursors;
import org.personneltracker.common.Jpql;
import org.personneltracker.common.Page;
import org.personneltracker.common.Ref;
import org.personneltracker.common.References;
import org.personneltracker.common.Slugs;
import org.personneltracker.common.Versions;
import org.personneltracker.common.Violations;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.event.EventType;
import org.personneltracker.event.PersonnelEvent;

/** The one write path for companies, and reference resolution for bodies that name them. */
@ApplicationScoped
public class CompanyService {

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Transactional
    public Page<CompanyView> list(String q, int limit, String cursor) {
        Jpql j = new Jpql();
        if (q != null && !q.isBlank()) {
            j.and("c.nameLower like :q escape '\\' or exists (select 1 from Company c2 join c2.aliases a"
                    + " where c2 = c and a.aliasLower like :q escape '\\')", "q", Jpql.contains(q));
        }
        long total = j.query(em, "select count(c) from Company c", null, Long.class).getSingleResult();
        Jpql page = j.copy();
        if (cursor != null) {
            List<String> parts = Cursors.decode(cursor, "companies", 2);
            page.and("c.nameLower > :cn or (c.nameLower = :cn and c.id > :ci)", "cn", parts.get(0))
                    .param("ci", parseId(parts.get(1)));
        }
        List<Company> rows = page.query(em, "select c from Company c left join fetch c.parent", "order by c.nameLower, c.id",
                Company.class).setMaxResults(limit + 1).getResultList();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Company last = rows.get(limit - 1);
            next = Cursors.encode("companies", List.of(last.nameLower, last.id.toString()));
        }
        return new Page<>(rows.stream().map(c -> CompanyView.from(c, null)).toList(), next, total);
    }

    @Transactional
    public CompanyView get(String slug) {
        Company c = find(slug);
        return CompanyView.from(c, counts(c));
    }

    public Company find(String slug) {
        Company c = Company.find("slug", slug).firstResult();
        if (c == null) {
            throw ApiException.notFound("company '" + slug + "'");
        }
        return c;
    }

    /** Departures, hires and people of every company with events, by slug: three grouped queries for a list page. */
    @Transactional
    public java.util.Map<String, CompanyView.Counts> countsBySlug() {
        java.util.Map<String, long[]> acc = new java.util.HashMap<>();
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
        java.util.Map<String, CompanyView.Counts> out = new java.util.HashMap<>();
        acc.forEach((slug, a) -> out.put(slug, new CompanyView.Counts(a[0], a[1], a[2])));
        return out;
    }

    /**
     * The slug of the stored company a user typed: its slug, or a name or alias that matches exactly one company.
     * Empty when nothing (or more than one company) matches.
     */
    @Transactional
    public java.util.Optional<String> slugFor(String typed) {
        if (typed == null || typed.isBlank()) {
            return java.util.Optional.empty();
        }
        String t = typed.trim();
        if (slugTaken(t)) {
            return java.util.Optional.of(t);
        }
        List<Company> matches = byNameOrAlias(t);
        return matches.size() == 1 ? java.util.Optional.of(matches.get(0).slug) : java.util.Optional.empty();
    }

    CompanyView.Counts counts(Company c) {
        long departures = PersonnelEvent.count("company = ?1 and type = ?2", c, EventType.DEPARTURE);
        long hires = PersonnelEvent.count("company = ?1 and type in ?2", c, List.of(EventType.HIRE, EventType.RETURN));
        long people = em.createQuery("select count(distinct e.person) from PersonnelEvent e where e.company = :c", Long.class)
                .setParameter("c", c).getSingleResult();
        return new CompanyView.Counts(departures, hires, people);
    }

    @Transactional
    public CompanyView create(CompanyRequest body) {
        validate(body);
        Company c = new Company();
        c.slug = Slugs.allocate(body.slug(), body.name(), "company", this::slugTaken, "slug");
        apply(c, body);
        c.persist();
        return CompanyView.from(c, counts(c));
    }

    @Transactional
    public CompanyView update(String slug, CompanyRequest body) {
        validate(body);
        Company c = find(slug);
        Versions.check(body.version(), c.version, "company '" + slug + "'");
        apply(c, body);
        Company.flush();
        return CompanyView.from(c, counts(c));
    }

    @Transactional
    public void delete(String slug) {
        Company c = find(slug);
        long events = PersonnelEvent.count("company = ?1 or destination = ?1 or origin = ?1", c);
        long context = ContextEvent.count("company", c);
        long children = Company.count("parent", c);
        if (events + context + children > 0) {
            throw ApiException.conflict("company '" + slug + "' is still referred to by " + events
                    + " personnel events, " + context + " context events and " + children + " companies");
        }
        c.delete();
    }

    private void validate(CompanyRequest body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private void apply(Company c, CompanyRequest body) {
        Violations v = new Violations();
        Company parent = body.parent() == null ? null : resolve(body.parent(), "parent", v);
        v.throwIfAny();
        if (parent != null && (parent == c || isAncestor(c, parent))) {
            throw ApiException.badRequest("parent", "a company cannot be its own parent or ancestor");
        }
        c.setName(body.name());
        c.setAliases(body.aliases());
        c.website = blankToNull(body.website());
        c.description = blankToNull(body.description());
        c.foundedYear = body.foundedYear();
        c.headquarters = blankToNull(body.headquarters());
        c.parent = parent;
    }

    private static boolean isAncestor(Company c, Company candidate) {
        if (c.id == null) {
            return false;
        }
        for (Company p = candidate; p != null; p = p.parent) {
            if (Objects.equals(p.id, c.id)) {
                return true;
            }
        }
        return false;
    }

    boolean slugTaken(String slug) {
        return Company.count("slug", slug) > 0;
    }

    /**
     * Resolves a reference in a body: a slug must exist; a name links to the single company with that name or
     * alias, creates one when none matches, and is refused when several do.
     */
    public Company resolve(Ref ref, String field, Violations v) {
        return References.resolve(ref, field, v, kind);
    }

    private final References.Kind<Company> kind = new References.Kind<>("company", "companies",
            slug -> Company.<Company>find("slug", slug).firstResult(), this::byNameOrAlias, x -> x.slug, (ref, field) -> {
                Company c = new Company();
                c.slug = Slugs.allocate(null, ref.name(), "company", this::slugTaken, field);
                c.setName(ref.name());
                c.setAliases(ref.aliases());
                c.persist();
                return c;
            });

    public List<Company> byNameOrAlias(String name) {
        String lower = Alias.lower(name);
        return Company.find("select distinct c from Company c left join c.aliases a"
                + " where c.nameLower = ?1 or a.aliasLower = ?1", lower).list();
    }

    public static URI location(String slug) {
        return URI.create("/api/companies/" + slug);
    }

    static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("cursor", "this cursor was not issued by this server for this list");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
