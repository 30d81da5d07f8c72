package org.personneltracker.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Jpql;
import org.personneltracker.common.Keyset;
import org.personneltracker.common.Page;
import org.personneltracker.common.Paging;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.QueryParams;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Slugs;
import org.personneltracker.common.Text;
import org.personneltracker.common.Versions;
import org.personneltracker.common.Violations;
import org.personneltracker.company.Company;
import org.personneltracker.company.CompanyService;
import org.personneltracker.history.AuditTrail;
import org.personneltracker.history.HistoryEntry;
import org.personneltracker.history.Restored;
import org.personneltracker.history.Revisions;
import org.personneltracker.source.CitationView;
import org.personneltracker.source.Citations;
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
    Citations citations;

    @Inject
    Keyset keyset;

    @Inject
    AuditTrail trail;

    @Inject
    DirectReferences direct;

    @Inject
    SourceService sourceService;

    private static final Keyset.Order ORDER = Keyset.Order.descending("context-events", Keyset.Key.date("c.date.start"),
            Keyset.Key.id("c.id"));

    @Transactional
    public ContextView create(ContextRequest body) {
        return create(body, null);
    }

    /** Creates a context event; {@code id} is given only when a deleted one is restored from its history. */
    private ContextView create(ContextRequest body, Long id) {
        validate(body);
        ContextEvent c = new ContextEvent();
        c.id = id;
        Violations v = new Violations();
        Slugs.checkKey(body.key(), v);
        List<Source> cited = apply(c, body, v, direct);
        v.throwIfAny();
        c.key = keyOf(c, body);
        ContextEvent existing = ContextEvent.find("key", c.key).firstResult();
        if (existing != null) {
            throw ApiException.conflict("a context event with the key '" + c.key + "' is recorded already",
                    location(existing.id));
        }
        c.persist();
        citations.link(c.sources, sourcesOf(body), cited, () -> new ContextCitation(c));
        em.flush();
        return view(c);
    }

    @Transactional
    public ContextView update(long id, ContextRequest body) {
        validate(body);
        ContextEvent c = find(id);
        Versions.check(body.version(), c.version, "context event " + id);
        Violations v = new Violations();
        List<Source> cited = apply(c, body, v, direct);
        v.throwIfAny();
        citations.replace(c, c.sources, sourcesOf(body), cited, () -> new ContextCitation(c));
        em.flush();
        return view(c);
    }

    @Transactional
    public void delete(long id) {
        ContextEvent c = find(id);
        c.delete();
    }

    // ---------------------------------------------------------------- history

    /** Every change of the context event, oldest first (a deleted one's too). */
    @Transactional
    public List<HistoryEntry> history(long id) {
        return trail.history(revisionsOf(id), ContextService::historyFields);
    }

    /**
     * Makes a revision current again, as a new revision: through {@link #update}, or {@link #create} with the old
     * id when it was deleted, its citations with it. A 409 when its company is gone or its key is another's now.
     */
    @Transactional
    public Restored<ContextView> restore(long id, long revision) {
        ContextEvent old = trail.restorable(revisionsOf(id), revision, "context event " + id).entity();
        Company company = Company.findById(old.company.id);
        if (company == null) {
            throw ApiException.conflict("revision " + revision + " belongs to a company that no longer exists");
        }
        Revisions.note("restored revision " + revision);
        ContextEvent current = ContextEvent.findById(id);
        ContextRequest body = new ContextRequest(old.key, SlugOrName.ofSlug(company.slug), old.type, old.title,
                old.date().toString(), old.dateApproximate, old.description, old.amount, old.currency, old.valuation,
                old.round, old.status, Citations.inputsOf(old.sources), current == null ? null : current.version);
        if (current != null) {
            return new Restored<>(update(id, body), false);
        }
        return new Restored<>(create(body, id), true);
    }

    private List<AuditTrail.State<ContextEvent>> revisionsOf(long id) {
        return trail.revisionsOrNotFound(ContextEvent.class, id, "context event " + id);
    }

    /** A context event as its history shows it: the fields of its JSON. */
    static Map<String, Object> historyFields(ContextEvent c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", c.key);
        m.put("company", c.company.slug);
        m.put("type", c.type == null ? null : c.type.name());
        m.put("title", c.title);
        m.put("date", c.date().toString());
        m.put("dateApproximate", c.dateApproximate);
        m.put("description", c.description);
        m.put("amount", c.amount);
        m.put("currency", c.currency);
        m.put("valuation", c.valuation);
        m.put("round", c.round);
        m.put("status", c.status == null ? null : c.status.name());
        m.put("sources", Citations.historyOf(c.sources));
        return m;
    }

    private void validate(ContextRequest body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static String keyOf(ContextEvent c, ContextRequest body) {
        return body.key() != null ? body.key() : Slugs.key(c.company.slug, c.date(), c.type, Slugs.slugify(c.title));
    }

    // ---------------------------------------------------------------- imports: the same rules, a batch's look-ups

    /**
     * Every rule of a body that needs no database (Bean Validation, dates, money and status rules, the key, the
     * sources' addresses): an import checks a whole file with it before writing anything.
     */
    public void check(ContextRequest body, Violations v) {
        if (!v.validate(validator, body)) {
            return;
        }
        Slugs.checkKey(body.key(), v);
        rules(body, v);
        List<SourceInput> in = sourcesOf(body);
        for (int i = 0; i < in.size(); i++) {
            sourceService.check(in.get(i), "sources[" + i + "]", v);
        }
    }

    /**
     * Imports: a context event built from a checked body with a batch's references, with its citations, not stored
     * (the import compares it with the stored one first). Null with violations recorded when a reference fails.
     */
    public ContextEvent draft(ContextRequest body, References refs, Violations v) {
        ContextEvent c = new ContextEvent();
        List<Source> cited = apply(c, body, v, refs);
        if (!v.isEmpty()) {
            return null;
        }
        c.key = keyOf(c, body);
        c.sources.addAll(citations.draft(sourcesOf(body), cited, () -> new ContextCitation(c), refs.sources()));
        return c;
    }

    /** Imports: stores a draft with its citations. */
    public void store(ContextEvent draft) {
        draft.persist();
    }

    /** Imports: a stored context event takes a body's values (which differ from its own), like a PUT. */
    public void overwrite(ContextEvent c, ContextRequest body, References refs) {
        Violations v = new Violations();
        List<Source> cited = apply(c, body, v, refs);
        v.throwIfAny();
        citations.replace(c, c.sources, sourcesOf(body), cited, () -> new ContextCitation(c), refs.sources());
    }

    /** The rules of a body that need no look-up. */
    private static PartialDate rules(ContextRequest body, Violations v) {
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
        return date;
    }

    private List<Source> apply(ContextEvent c, ContextRequest body, Violations v, References refs) {
        PartialDate date = rules(body, v);
        List<Source> resolved = citations.resolve(sourcesOf(body), v, refs.sources());
        if (!v.isEmpty()) {
            return List.of();
        }
        Company company = refs.company(body.company(), "company", v);
        if (!v.isEmpty()) {
            return List.of();
        }
        c.company = company;
        c.type = body.type();
        c.title = body.title().trim();
        c.setDate(date);
        c.dateApproximate = Boolean.TRUE.equals(body.dateApproximate());
        c.description = Text.blankToNull(body.description());
        c.amount = body.amount();
        c.currency = body.currency();
        c.valuation = body.valuation();
        c.round = Text.blankToNull(body.round());
        c.status = body.status();
        return resolved;
    }

    private static List<SourceInput> sourcesOf(ContextRequest body) {
        return body.sources() == null ? List.of() : body.sources();
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

    /** The id of the context event with this key; null when there is none. */
    @Transactional
    public Long idOfKey(String key) {
        ContextEvent c = ContextEvent.find("key", key).firstResult();
        return c == null ? null : c.id;
    }

    ContextView view(ContextEvent c) {
        return views(List.of(c)).get(0);
    }

    /** Views for loaded context events: one statement for all their sources. */
    public List<ContextView> views(List<ContextEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CitationView>> links = new HashMap<>();
        for (ContextCitation cs : em.createQuery("select cs from ContextCitation cs join fetch cs.source"
                + " where cs.context.id in :ids order by cs.position", ContextCitation.class)
                .setParameter("ids", events.stream().map(c -> c.id).toList()).getResultList()) {
            links.computeIfAbsent(cs.context.id, k -> new ArrayList<>()).add(CitationView.of(cs));
        }
        return events.stream().map(c -> ContextView.from(c, links.getOrDefault(c.id, List.of()))).toList();
    }

    /** GET /api/context-events: filters company, type, from, to; newest first. */
    @Transactional
    public Page<ContextView> list(MultivaluedMap<String, String> params) {
        Violations v = new Violations();
        List<String> companySlugs = QueryParams.values(params, "company");
        List<ContextType> types = new ArrayList<>();
        for (String t : QueryParams.values(params, "type")) {
            ContextType ct = v.enumValue("type", t, ContextType.class);
            if (ct != null) {
                types.add(ct);
            }
        }
        PartialDate from = v.date("from", QueryParams.first(params, "from"));
        PartialDate to = v.date("to", QueryParams.first(params, "to"));
        int limit = Paging.limit(QueryParams.first(params, "limit"), v);
        String cursor = QueryParams.first(params, "cursor");
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
            j.and("c.date.start <= :to", "to", to.end());
        }
        long total = j.query(em, "select count(c) from ContextEvent c", null, Long.class).getSingleResult();
        Keyset.Slice<ContextEvent> slice = keyset.slice(em, ORDER, j, cursor, "select c from ContextEvent c join fetch c.company",
                ContextEvent.class, limit, c -> List.of(c.dateStart(), c.id));
        return new Page<>(views(slice.rows()), slice.next(), total);
    }

    /** Context events of a company whose dates lie within {@code days} of a date: offered when logging an event. */
    @Transactional
    public List<ContextView> near(String companySlug, PartialDate date, int days) {
        List<ContextEvent> rows = em.createQuery("select c from ContextEvent c join fetch c.company"
                + " where c.company.slug = :s and c.dateEnd >= :a and c.date.start <= :b order by c.date.start, c.id",
                ContextEvent.class)
                .setParameter("s", companySlug)
                .setParameter("a", date.start().minusDays(days))
                .setParameter("b", date.end().plusDays(days))
                .getResultList();
        return views(rows);
    }

    /** Context events by key, in date order (unknown keys are left out): one statement plus their sources. */
    @Transactional
    public List<ContextView> byKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return inReadingOrder(views(em.createQuery("select c from ContextEvent c join fetch c.company where c.key in :k"
                + " order by c.date.start, c.id", ContextEvent.class).setParameter("k", keys).getResultList()));
    }

    /** Context events in date order when precisions mix ({@link PartialDate#READING_ORDER}), then by id. */
    public static List<ContextView> inReadingOrder(List<ContextView> views) {
        List<ContextView> out = new ArrayList<>(views);
        out.sort(java.util.Comparator.comparing((ContextView c) -> PartialDate.parse(c.date()), PartialDate.READING_ORDER)
                .thenComparing(ContextView::id));
        return out;
    }

    public static URI location(long id) {
        return URI.create("/api/context-events/" + id);
    }
}
