package org.personneltracker.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Cursors;
import org.personneltracker.common.Jpql;
import org.personneltracker.common.Page;
import org.personneltracker.common.Paging;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.Slugs;
import org.personneltracker.common.Versions;
import org.personneltracker.common.Violations;
import org.personneltracker.company.Company;
import org.personneltracker.company.CompanyService;
import org.personneltracker.source.Source;
import org.personneltracker.source.SourceInput;
import org.personneltracker.source.SourceService;

/** The one write path for context events (launches, funding rounds, headcounts...). */
@ApplicationScoped
public class ContextService {

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    CompanyService companies;

    @Inject
    SourceService sources;

    @Transactional
    public ContextView create(ContextRequest body) {
        validate(body);
        ContextEvent c = new ContextEvent();
        Violations v = new Violations();
        if (body.key() != null && (body.key().length() > 200 || !Slugs.VALID.matcher(body.key()).matches())) {
            v.add("key", "a key has lower-case ASCII letters, digits and single dashes (at most 200)");
        }
        List<Source> cited = apply(c, body, v);
        v.throwIfAny();
        c.key = body.key() != null ? body.key() : deriveKey(c);
        ContextEvent existing = ContextEvent.find("key", c.key).firstResult();
        if (existing != null) {
            throw ApiException.conflict("a context event with the key '" + c.key + "' is recorded already",
                    location(existing.id));
        }
        c.persist();
        link(c, body.sources(), cited);
        em.flush();
        return view(c);
    }

    @Transactional
    public ContextView update(long id, ContextRequest body) {
        validate(body);
        ContextEvent c = find(id);
        Versions.check(body.version(), c.version, "context event " + id);
        Violations v = new Violations();
        List<Source> cited = apply(c, body, v);
        v.throwIfAny();
        // a PUT is one revision: the version goes up once, in this flush (the source links do not count)
        c.updatedAt = java.time.Instant.now();
        c.sources.clear();
        c.updatedAt = java.time.Instant.now(); // one version increment, also when only the citations change
        em.flush();
        link(c, body.sources(), cited);
        em.flush();
        return view(c);
    }

    @Transactional
    public void delete(long id) {
        ContextEvent c = find(id);
        c.delete();
    }

    private void validate(ContextRequest body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private List<Source> apply(ContextEvent c, ContextRequest body, Violations v) {
        PartialDate date = v.date("date", body.date());
        if (body.currency() != null && body.amount() == null && body.valuation() == null) {
            v.add("currency", "currency goes with an amount or a valuation");
        }
        if (body.type() == ContextType.HEADCOUNT && body.currency() != null) {
            v.add("currency", "a headcount has no currency: the head count goes in amount");
        }
        if (body.type() != ContextType.HEADCOUNT && (body.amount() != null || body.valuation() != null)
                && body.currency() == null) {
            v.add("currency", "money needs an ISO 4217 currency");
        }
        if (body.status() != null && body.type() != ContextType.FUNDING_ROUND && body.type() != ContextType.ACQUISITION) {
            v.add("status", "status applies to funding rounds and acquisitions");
        }
        List<SourceInput> in = body.sources() == null ? List.of() : body.sources();
        List<Source> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            Source s = sources.resolve(in.get(i), "sources[" + i + "]", v);
            if (s != null && !seen.add(s.dedupKey)) {
                v.add("sources[" + i + "]", "the same source is cited twice");
            }
            resolved.add(s);
        }
        if (!v.isEmpty()) {
            return List.of();
        }
        Company company = companies.resolve(body.company(), "company", v);
        if (!v.isEmpty()) {
            return List.of();
        }
        c.company = company;
        c.type = body.type();
        c.title = body.title().trim();
        c.setDate(date);
        c.dateApproximate = Boolean.TRUE.equals(body.dateApproximate());
        c.description = body.description() == null || body.description().isBlank() ? null : body.description().trim();
        c.amount = body.amount();
        c.currency = body.currency();
        c.valuation = body.valuation();
        c.round = body.round() == null || body.round().isBlank() ? null : body.round().trim();
        c.status = body.status();
        return resolved;
    }

    private void link(ContextEvent c, List<SourceInput> in, List<Source> resolved) {
        for (int i = 0; i < resolved.size(); i++) {
            ContextSource cs = new ContextSource();
            cs.context = c;
            cs.source = resolved.get(i);
            cs.position = i;
            String quote = in.get(i).quote();
            cs.quote = quote == null || quote.isBlank() ? null : quote.trim();
            c.sources.add(cs);
            cs.persist();
        }
    }

    static String deriveKey(ContextEvent c) {
        String key = c.company.slug + "-" + c.date() + "-" + c.type.name().toLowerCase().replace('_', '-') + "-"
                + Slugs.slugify(c.title);
        key = key.length() > 200 ? key.substring(0, 200) : key;
        return key.replaceAll("-+$", "");
    }

    public ContextEvent find(long id) {
        ContextEvent c = ContextEvent.findById(id);
        if (c == null) {
            throw ApiException.notFound("context event " + id);
        }
        return c;
    }

    @Transactional
    public ContextView get(long id) {
        return view(find(id));
    }

    ContextView view(ContextEvent c) {
        return views(List.of(c)).get(0);
    }

    /** Views for loaded context events: one statement for all their sources. */
    public List<ContextView> views(List<ContextEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ContextView.SourceLink>> links = new HashMap<>();
        for (ContextSource cs : em.createQuery("select cs from ContextSource cs join fetch cs.source"
                + " where cs.context.id in :ids order by cs.position", ContextSource.class)
                .setParameter("ids", events.stream().map(c -> c.id).toList()).getResultList()) {
            links.computeIfAbsent(cs.context.id, k -> new ArrayList<>()).add(ContextView.SourceLink.of(cs));
        }
        return events.stream().map(c -> ContextView.from(c, links.getOrDefault(c.id, List.of()))).toList();
    }

    /** GET /api/context-events: filters company, type, from, to; newest first. */
    @Transactional
    public Page<ContextView> list(MultivaluedMap<String, String> params) {
        Violations v = new Violations();
        List<String> companySlugs = org.personneltracker.event.EventFilter.valuesOf(params, "company");
        List<ContextType> types = new ArrayList<>();
        for (String t : org.personneltracker.event.EventFilter.valuesOf(params, "type")) {
            ContextType ct = v.enumValue("type", t, ContextType.class);
            if (ct != null) {
                types.add(ct);
            }
        }
        PartialDate from = v.date("from", first(params, "from"));
        PartialDate to = v.date("to", first(params, "to"));
        int limit = Paging.limit(first(params, "limit"), v);
        String cursor = first(params, "cursor");
        v.throwIfAny();
        Jpql j = new Jpql();
        if (!companySlugs.isEmpty()) {
            j.and("c.company.slug in :company", "company", companySlugs);
            long known = Company.count("slug in ?1", companySlugs);
            if (known < companySlugs.size()) {
                throw ApiException.badRequest("company", "unknown company slug in " + companySlugs);
            }
        }
        if (!types.isEmpty()) {
            j.and("c.type in :type", "type", types);
        }
        if (from != null) {
            j.and("c.dateEnd >= :from", "from", from.start());
        }
        if (to != null) {
            j.and("c.dateStart <= :to", "to", to.end());
        }
        long total = j.query(em, "select count(c) from ContextEvent c", null, Long.class).getSingleResult();
        Jpql page = j.copy();
        if (cursor != null) {
            List<String> parts = Cursors.decode(cursor, "context-events", 2);
            try {
                page.and("c.dateStart < :cd or (c.dateStart = :cd and c.id < :cid)", "cd", LocalDate.parse(parts.get(0)))
                        .param("cid", Long.parseLong(parts.get(1)));
            } catch (RuntimeException e) {
                throw ApiException.badRequest("cursor", "this cursor was not issued by this server for this list");
            }
        }
        List<ContextEvent> rows = page.query(em, "select c from ContextEvent c join fetch c.company",
                "order by c.dateStart desc, c.id desc", ContextEvent.class).setMaxResults(limit + 1).getResultList();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            ContextEvent last = rows.get(limit - 1);
            next = Cursors.encode("context-events", List.of(last.dateStart.toString(), last.id.toString()));
        }
        return new Page<>(views(rows), next, total);
    }

    /** Context events of a company whose dates lie within {@code days} of a date: offered when logging an event. */
    @Transactional
    public List<ContextView> near(String companySlug, PartialDate date, int days) {
        List<ContextEvent> rows = em.createQuery("select c from ContextEvent c join fetch c.company"
                + " where c.company.slug = :s and c.dateEnd >= :a and c.dateStart <= :b order by c.dateStart, c.id",
                ContextEvent.class)
                .setParameter("s", companySlug)
                .setParameter("a", date.start().minusDays(days))
                .setParameter("b", date.end().plusDays(days))
                .getResultList();
        return views(rows);
    }

    /** Context events by key, in date order (unknown keys are left out): one statement plus their sources. */
    @Transactional
    public List<ContextView> byKeys(java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery("select c from ContextEvent c join fetch c.company where c.key in :k"
                + " order by c.dateStart, c.id", ContextEvent.class).setParameter("k", keys).getResultList());
    }

    private static String first(MultivaluedMap<String, String> params, String name) {
        String s = params.getFirst(name);
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static URI location(long id) {
        return URI.create("/api/context-events/" + id);
    }
}
