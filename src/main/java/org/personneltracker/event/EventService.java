package org.personneltracker.event;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.personneltracker.common.Aggregates;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Jpql;
import org.personneltracker.common.Keyset;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.ReadOnly;
import org.personneltracker.common.Retractions;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Slugs;
import org.personneltracker.common.Text;
import org.personneltracker.common.Versions;
import org.personneltracker.common.Violations;
import org.personneltracker.company.Company;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.history.AuditTrail;
import org.personneltracker.history.HistoryEntry;
import org.personneltracker.history.Restored;
import org.personneltracker.history.Revisions;
import org.personneltracker.context.DirectReferences;
import org.personneltracker.context.References;
import org.personneltracker.person.Person;
import org.personneltracker.source.CitationView;
import org.personneltracker.source.Citations;
import org.personneltracker.source.Source;
import org.personneltracker.source.SourceService;

/**
 * The one write path for personnel events (API, pages, seed loader and imports all come through here) and the
 * event queries: filters, facets and keyset pagination with a fixed number of statements per page.
 */
@ApplicationScoped
public class EventService {

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    Citations citations;

    @Inject
    Keyset keyset;

    @Inject
    Aggregates aggregates;

    @Inject
    AuditTrail trail;

    @Inject
    DirectReferences direct;

    @Inject
    SourceService sourceService;

    @Inject
    EventConditions conditions;

    @Inject
    EventFacets counts;

    /** Newest first; the id breaks ties between events of one day. */
    private static final Keyset.Order ORDER = Keyset.Order.descending("events", Keyset.Key.date("e.date.start"),
            Keyset.Key.id("e.id"));

    // ---------------------------------------------------------------- writes

    @Transactional
    public EventView create(EventRequest body) {
        return create(body, null);
    }

    /** Creates an event; {@code id} is given only when a deleted event is restored from its history. */
    private EventView create(EventRequest body, Long id) {
        validate(body);
        PersonnelEvent e = new PersonnelEvent();
        e.id = id;
        Violations v = new Violations();
        List<Source> cited = apply(e, body, v, direct);
        Slugs.checkKey(body.key(), v);
        v.throwIfAny();
        e.key = keyOf(e, body);
        // a retracted event keeps its key: it is found too
        PersonnelEvent existing = Retractions.included(() -> PersonnelEvent.<PersonnelEvent>find("key", e.key).firstResult());
        if (existing != null) {
            throw ApiException.conflict("an event with the key '" + e.key + "' is recorded already: "
                    + location(existing.id) + " (give a distinct event its own key)", location(existing.id));
        }
        e.persist();
        citations.link(e.sources, body.sources(), cited, () -> new EventCitation(e));
        em.flush();
        return view(e);
    }

    @Transactional
    public EventView update(long id, EventRequest body) {
        validate(body);
        PersonnelEvent e = find(id);
        Versions.check(body.version(), e.version, "event " + id);
        Map<String, Object> before = correctable(e);
        Violations v = new Violations();
        List<Source> cited = apply(e, body, v, direct);
        v.throwIfAny();
        noteCorrections(e, before);
        citations.replace(e, e.sources, body.sources(), cited, () -> new EventCitation(e));
        em.flush();
        return view(e);
    }

    @Transactional
    public void delete(long id) {
        find(id).delete();
    }

    /**
     * Retracts an event with a reason: it stays stored, its page and history show it, and lists, timelines, counts
     * and feeds leave it out. A 409 when it is retracted already.
     */
    @Transactional
    public EventView retract(long id, String reason) {
        PersonnelEvent e = find(id);
        if (e.retractedAt != null) {
            throw ApiException.conflict("event " + id + " was retracted already (" + e.retractionReason + ")");
        }
        e.retractedAt = Instant.now();
        e.retractionReason = reason.trim();
        Revisions.note("retracted: " + e.retractionReason);
        em.flush();
        return view(e);
    }

    /** Puts a retracted event back in the lists; a 409 when it is not retracted. */
    @Transactional
    public EventView reinstate(long id) {
        PersonnelEvent e = find(id);
        if (e.retractedAt == null) {
            throw ApiException.conflict("event " + id + " is not retracted");
        }
        e.retractedAt = null;
        e.retractionReason = null;
        Revisions.note("retraction withdrawn");
        em.flush();
        return view(e);
    }

    // ---------------------------------------------------------------- corrections and history

    /** What a correction is about: the event's date, person, company, type and roles (API names). */
    static Map<String, Object> correctable(PersonnelEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e.date().toString());
        m.put("person", e.person.id);
        m.put("company", e.company.id);
        m.put("type", e.type);
        putRole(m, "role", e.role);
        putRole(m, "previousRole", e.previousRole);
        return m;
    }

    /** True for a field whose change is a correction (API names: "date", "role.title", "previousRole.team"). */
    public static boolean isCorrectable(String field) {
        return field.equals("date") || field.equals("person") || field.equals("company") || field.equals("type")
                || field.startsWith("role.") || field.startsWith("previousRole.");
    }

    /** Marks the event corrected when an update changed one of its {@link #correctable} fields. */
    private static void noteCorrections(PersonnelEvent e, Map<String, Object> before) {
        Set<String> changed = AuditTrail.diff(before, correctable(e)).keySet();
        if (changed.isEmpty()) {
            return;
        }
        Set<String> fields = new LinkedHashSet<>();
        if (e.correctedFields != null) {
            fields.addAll(Arrays.asList(e.correctedFields.split(",")));
        }
        fields.addAll(changed);
        e.correctedAt = Instant.now();
        e.correctedFields = String.join(",", fields);
    }

    private static void putRole(Map<String, Object> m, String name, Role r) {
        m.put(name + ".title", r == null ? null : r.title);
        m.put(name + ".team", r == null ? null : r.team);
        m.put(name + ".category", r == null || r.category == null ? null : r.category.name());
        m.put(name + ".seniority", r == null || r.seniority == null ? null : r.seniority.name());
        m.put(name + ".founder", r == null ? null : r.isFounder());
    }

    /** Every change of the event, oldest first (a deleted event's too). */
    @Transactional
    public List<HistoryEntry> history(long id) {
        return trail.history(revisionsOf(id), EventService::historyFields);
    }

    /**
     * Makes a revision of the event current again, as a new revision: through {@link #update}, or {@link #create}
     * with its old id when it was deleted, with its citations and context links. A 409 when the person, a company
     * or a linked context event it refers to is gone, or another event has its key now.
     */
    @Transactional
    public Restored<EventView> restore(long id, long revision) {
        PersonnelEvent old = trail.restorable(revisionsOf(id), revision, "event " + id).entity();
        SlugOrName person = stillThere(Person.class, old.person == null ? null : old.person.id, "person", revision);
        SlugOrName company = stillThere(Company.class, old.company.id, "company", revision);
        SlugOrName destination = old.destination == null ? null
                : stillThere(Company.class, old.destination.id, "destination", revision);
        SlugOrName origin = old.origin == null ? null : stillThere(Company.class, old.origin.id, "origin", revision);
        List<ContextKeyOrId> context = new ArrayList<>();
        for (ContextEvent c : old.context) {
            ContextEvent now = ContextEvent.findById(c.id);
            if (now == null) {
                throw ApiException.conflict("revision " + revision + " links the context event '" + c.key
                        + "', which no longer exists");
            }
            context.add(new ContextKeyOrId(now.key, null));
        }
        Revisions.note("restored revision " + revision);
        PersonnelEvent current = PersonnelEvent.findById(id);
        EventRequest body = new EventRequest(old.key, old.type, old.date().toString(), old.dateApproximate, person,
                company, RoleInput.of(old.role), RoleInput.of(old.previousRole), destination, origin, old.circumstance,
                old.announcedDate() == null ? null : old.announcedDate().toString(), old.summary, old.reason,
                old.confidence, Citations.inputsOf(old.sources), context, current == null ? null : current.version);
        if (current != null) {
            return new Restored<>(update(id, body), false);
        }
        return new Restored<>(create(body, id), true);
    }

    /** The slug of the person or company with this id now; a 409 when it was deleted since the revision. */
    private SlugOrName stillThere(Class<?> type, Long id, String field, long revision) {
        Object found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw ApiException.conflict("revision " + revision + " refers to a " + field + " that no longer exists");
        }
        return SlugOrName.ofSlug(found instanceof Person p ? p.slug : ((Company) found).slug);
    }

    private List<AuditTrail.State<PersonnelEvent>> revisionsOf(long id) {
        return trail.revisionsOrNotFound(PersonnelEvent.class, id, "event " + id);
    }

    /** An event as its history shows it: the fields of its JSON (people and companies by slug). */
    static Map<String, Object> historyFields(PersonnelEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", e.key);
        m.put("type", e.type == null ? null : e.type.name());
        m.put("date", e.date().toString());
        m.put("dateApproximate", e.dateApproximate);
        m.put("announcedDate", e.announcedDate() == null ? null : e.announcedDate().toString());
        m.put("person", e.person.slug);
        m.put("company", e.company.slug);
        putRole(m, "role", e.role);
        putRole(m, "previousRole", e.previousRole);
        m.put("destination", e.destination == null ? null : e.destination.slug);
        m.put("origin", e.origin == null ? null : e.origin.slug);
        m.put("circumstance", e.circumstance == null ? null : e.circumstance.name());
        m.put("summary", e.summary);
        m.put("reason", e.reason);
        m.put("confidence", e.confidence == null ? null : e.confidence.name());
        m.put("sources", Citations.historyOf(e.sources));
        m.put("context", e.context.stream().map(c -> c.key).sorted(Comparator.naturalOrder()).toList());
        m.put("retracted", e.retractionReason);
        return m;
    }

    private void validate(EventRequest body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static String keyOf(PersonnelEvent e, EventRequest body) {
        return body.key() != null ? body.key() : Slugs.key(e.company.slug, e.date(), e.type, e.person.slug);
    }

    // ---------------------------------------------------------------- imports: the same rules, a batch's look-ups

    /**
     * Every rule of a body that needs no database (Bean Validation, dates, the fields that apply to the type, the
     * key, the sources' addresses): an import checks a whole file with it before writing anything.
     */
    public void check(EventRequest body, Violations v) {
        if (!v.validate(validator, body)) {
            return;
        }
        Slugs.checkKey(body.key(), v);
        rules(body, v);
        for (int i = 0; i < body.sources().size(); i++) {
            sourceService.check(body.sources().get(i), "sources[" + i + "]", v);
        }
    }

    /**
     * Every rule of a body at once that needs no writing, for the pages: its fields, its dates, what applies to its
     * type, its sources. (The API reports the same rules; a page shows them together with its own checks.)
     */
    public List<org.personneltracker.common.Violation> problems(EventRequest body) {
        Violations v = new Violations();
        v.validate(validator, body);
        rules(body, v);
        if (body.sources() != null) {
            for (int i = 0; i < body.sources().size(); i++) {
                if (body.sources().get(i) != null) {
                    sourceService.check(body.sources().get(i), "sources[" + i + "]", v);
                }
            }
        }
        return v.list().stream().distinct().toList();
    }

    /**
     * Imports: an event built from a checked body with a batch's references, with its citations, not stored (the
     * import compares it with the stored one first). Null with violations recorded when a reference fails.
     */
    public PersonnelEvent draft(EventRequest body, References refs, Violations v) {
        PersonnelEvent e = new PersonnelEvent();
        List<Source> cited = apply(e, body, v, refs);
        if (!v.isEmpty()) {
            return null;
        }
        e.key = keyOf(e, body);
        e.sources.addAll(citations.draft(body.sources(), cited, () -> new EventCitation(e), refs.sources()));
        return e;
    }

    /** Imports: stores a draft with its citations. */
    public void store(PersonnelEvent draft) {
        draft.persist();
    }

    /** Imports: a stored event takes a body's values (which differ from its own), like a PUT. */
    public void overwrite(PersonnelEvent e, EventRequest body, References refs) {
        Violations v = new Violations();
        List<Source> cited = apply(e, body, v, refs);
        v.throwIfAny();
        citations.replace(e, e.sources, body.sources(), cited, () -> new EventCitation(e), refs.sources());
    }

    /** The rules of a body that need no look-up: answers the parsed date and announcement date. */
    private static PartialDate[] rules(EventRequest body, Violations v) {
        PartialDate date = v.date("date", body.date());
        PartialDate announced = v.date("announcedDate", body.announcedDate());
        EventType type = body.type();
        if (body.destination() != null && type != EventType.DEPARTURE) {
            v.add("destination", "destination applies to departures only");
        }
        if (body.origin() != null && type != EventType.HIRE && type != EventType.RETURN) {
            v.add("origin", "origin applies to hires and returns only");
        }
        if (body.circumstance() != null && type != EventType.DEPARTURE) {
            v.add("circumstance", "circumstance applies to departures only");
        }
        if (body.previousRole() != null && type != EventType.ROLE_CHANGE) {
            v.add("previousRole", "previousRole applies to role changes only");
        }
        return new PartialDate[] {date, announced};
    }

    /**
     * Checks and copies a body onto an event; references are resolved through {@code refs}, violations collected
     * together. Answers the stored sources the body cites, in order (linked once the event has an id).
     */
    private List<Source> apply(PersonnelEvent e, EventRequest body, Violations v, References refs) {
        PartialDate[] dates = rules(body, v);
        PartialDate date = dates[0];
        PartialDate announced = dates[1];
        EventType type = body.type();
        List<Source> resolved = citations.resolve(body.sources(), v, refs.sources());
        Set<ContextEvent> context = resolveContext(body.context(), v, refs);
        // resolve references last: a name that matches nothing creates a record, so only once the rest is valid
        if (!v.isEmpty()) {
            return List.of();
        }
        Person person = refs.person(body.person(), "person", v);
        Company company = refs.company(body.company(), "company", v);
        Company destination = body.destination() == null ? null : refs.company(body.destination(), "destination", v);
        Company origin = body.origin() == null ? null : refs.company(body.origin(), "origin", v);
        if (!v.isEmpty()) {
            return List.of();
        }
        if (destination != null && destination == company) {
            v.add("destination", "the destination is the company being left");
        }
        if (origin != null && origin == company && type == EventType.HIRE) {
            v.add("origin", "the origin is the company being joined (a return is a RETURN)");
        }
        if (!v.isEmpty()) {
            return List.of();
        }
        e.type = type;
        e.setDate(date);
        e.dateApproximate = Boolean.TRUE.equals(body.dateApproximate());
        e.setAnnouncedDate(announced);
        e.person = person;
        e.company = company;
        e.role = body.role().toRole();
        e.previousRole = body.previousRole() == null ? null : body.previousRole().toRole();
        e.destination = destination;
        e.origin = origin;
        e.circumstance = body.circumstance();
        e.summary = Text.blankToNull(body.summary());
        e.reason = Text.blankToNull(body.reason());
        e.confidence = body.confidence() == null ? Confidence.REPORTED : body.confidence();
        e.context.clear();
        e.context.addAll(context);
        return resolved;
    }

    private static Set<ContextEvent> resolveContext(List<ContextKeyOrId> links, Violations v, References refs) {
        Set<ContextEvent> out = new LinkedHashSet<>();
        if (links == null) {
            return out;
        }
        for (int i = 0; i < links.size(); i++) {
            ContextKeyOrId r = links.get(i);
            ContextEvent c = r.key() != null ? refs.contextByKey(r.key()) : refs.contextById(r.id());
            if (c == null) {
                v.add("context[" + i + "]", "no context event has the " + (r.key() != null ? "key " : "id ") + r.describe());
            } else {
                out.add(c);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- reads

    public PersonnelEvent find(long id) {
        PersonnelEvent e = PersonnelEvent.findById(id);
        if (e == null) {
            throw ApiException.notFound("event " + id);
        }
        return e;
    }

    @Transactional
    public EventView get(long id) {
        return view(find(id));
    }

    /** The id of the event with this key; null when there is none. */
    @Transactional
    public Long idOfKey(String key) {
        PersonnelEvent e = PersonnelEvent.find("key", key).firstResult();
        return e == null ? null : e.id;
    }

    EventView view(PersonnelEvent e) {
        return views(List.of(e)).get(0);
    }

    /** Event views for a list of loaded events: two statements for all their sources and context links. */
    public List<EventView> views(List<PersonnelEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Long> ids = events.stream().map(e -> e.id).toList();
        Map<Long, List<CitationView>> sourceLinks = new HashMap<>();
        for (EventCitation es : em.createQuery("select es from EventCitation es join fetch es.source"
                + " where es.event.id in :ids order by es.position", EventCitation.class)
                .setParameter("ids", ids).getResultList()) {
            sourceLinks.computeIfAbsent(es.event.id, k -> new ArrayList<>()).add(CitationView.of(es));
        }
        Map<Long, List<EventView.ContextLink>> contextLinks = new HashMap<>();
        for (Object[] row : em.createQuery("select e.id, c from PersonnelEvent e join e.context c"
                + " where e.id in :ids order by c.date.start, c.id", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            ContextEvent c = (ContextEvent) row[1];
            contextLinks.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(
                    new EventView.ContextLink(c.id, c.key, c.type, c.title, c.date().toString(), c.date().precision()));
        }
        return events.stream().map(e -> EventView.from(e,
                sourceLinks.getOrDefault(e.id, List.of()), contextLinks.getOrDefault(e.id, List.of()))).toList();
    }

    /**
     * A page of events, newest first. Statements: a count, the page (with person and companies joined), the
     * page's sources, the page's context links; with facets, one grouped count per dimension ({@link EventFacets}:
     * over the counts kept on write where they answer the filter).
     */
    @Transactional
    public EventList list(EventFilter f) {
        List<Jpql> where = conditions.whereParts(f, null);
        EventFilter matches = f.withoutPaging();
        long total = aggregates.get(List.of("events.total", matches), () -> counts.total(f));
        Keyset.Slice<PersonnelEvent> page = page(where, f.cursor(), f.limit());
        return new EventList(views(page.rows()), page.next(), total,
                f.facets() ? aggregates.get(List.of("events.facets", matches), () -> counts.facets(f)) : null);
    }

    /** Where the explorer's page after the filter's cursor starts, and the cursor of the page before it. */
    @Transactional
    public Keyset.Position position(EventFilter f) {
        return keyset.position(em, ORDER, conditions.whereParts(f, null), f.cursor(), "select count(e) from PersonnelEvent e",
                "select e from PersonnelEvent e", PersonnelEvent.class, f.limit(), e -> List.of(e.dateStart(), e.id));
    }

    /**
     * Every match of a filter, newest first, handed to {@code sink} a page of {@value #STREAM_PAGE} views at a time
     * (keyset pages, the session cleared between them): the CSV export and the feeds, whatever the number of matches.
     */
    @Transactional
    @TransactionConfiguration(timeout = STREAM_TIMEOUT_SECONDS)
    public void stream(EventFilter f, int max, java.util.function.Consumer<List<EventView>> sink) {
        List<Jpql> where = conditions.whereParts(f, null);
        ReadOnly.run(em, () -> {
            String cursor = null;
            int left = max;
            do {
                Keyset.Slice<PersonnelEvent> page = page(where, cursor, Math.min(STREAM_PAGE, left));
                sink.accept(views(page.rows()));
                left -= page.rows().size();
                em.clear();
                cursor = page.next();
            } while (cursor != null && left > 0);
        });
    }

    static final int STREAM_PAGE = 500;

    /**
     * A CSV of every event is one read transaction while it is written to the client: the default 60 s cut it off (a
     * truncated file) at 30,000 events on a loaded 2-core machine before the lists read their pages by index.
     */
    static final int STREAM_TIMEOUT_SECONDS = 3600;

    /**
     * A page of the events {@code where} matches, newest first, in two statements: the page's ids and dates over the
     * event table alone (the planner walks the date index, or the index of the most selective filter, and stops at
     * the limit), then those rows with their person and companies by id. One statement joining the four tables
     * made H2 start from a scan of all people and sort the whole join before taking 51 rows.
     */
    private Keyset.Slice<PersonnelEvent> page(List<Jpql> where, String cursor, int limit) {
        Keyset.Slice<Object[]> keys = keyset.slice(em, ORDER, where, cursor, "select e.id, e.date.start from PersonnelEvent e",
                Object[].class, limit, row -> List.of(row[1], row[0]));
        return new Keyset.Slice<>(byIds(keys.rows().stream().map(row -> (Long) row[0]).toList()), keys.next());
    }

    /**
     * Events with their person and companies, in the order of {@code ids} (one statement). An event removed since its
     * id was read (a delete, an import's rows removed after it failed) is left out.
     */
    public List<PersonnelEvent> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonnelEvent> found = new HashMap<>();
        for (PersonnelEvent e : em.createQuery(SELECT_WITH_REFERENCES + " where e.id in :ids", PersonnelEvent.class)
                .setParameter("ids", ids).getResultList()) {
            found.put(e.id, e);
        }
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Loads events with the person and companies their views show, in the same statement. */
    public static final String SELECT_WITH_REFERENCES = "select e from PersonnelEvent e join fetch e.person"
            + " join fetch e.company left join fetch e.destination left join fetch e.origin";

    public static URI location(long id) {
        return URI.create("/api/events/" + id);
    }
}
