package org.personneltracker.transfer;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.Alias;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Violations;
import org.personneltracker.company.Company;
import org.personneltracker.company.CompanyRequest;
import org.personneltracker.company.CompanyService;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.context.References;
import org.personneltracker.person.Person;
import org.personneltracker.person.PersonRequest;
import org.personneltracker.person.PersonService;
import org.personneltracker.source.QuoteMatcher;
import org.personneltracker.source.Source;
import org.personneltracker.source.SourceLookup;

/**
 * The references of an import: each slug, name and key is resolved to an id once per file; each chunk then loads
 * the records it names in one query per kind (by id), and the sources it cites (by address) with their latest
 * snapshot, so the write path finds everything without a query per record. The rules stay the services': a name
 * is resolved by {@link PersonService#resolve}/{@link CompanyService#resolve} (one match links, none creates,
 * several are refused), and a slug given with a name (a CSV row) creates the record when it is missing.
 */
abstract class ImportReferences implements References, SourceLookup {

    private final EntityManager em;
    private final PersonService people;
    private final CompanyService companies;

    private final Map<String, Long> companyIds = new HashMap<>();
    private final Map<String, Long> personIds = new HashMap<>();
    private final Map<String, Long> contextIds = new HashMap<>();
    private final Map<String, String> companyNames = new HashMap<>();
    private final Map<String, String> personNames = new HashMap<>();

    private final Map<Long, Company> chunkCompanies = new HashMap<>();
    private final Map<Long, Person> chunkPeople = new HashMap<>();
    private final Map<Long, ContextEvent> chunkContexts = new HashMap<>();
    private final Map<String, Source> chunkSources = new HashMap<>();
    /** The text of the latest snapshot of the chunk's sources, by address (a new source has no id yet). */
    private final Map<String, String> chunkSnapshots = new HashMap<>();

    /** Records of this chunk a bulk import will write at its end (no id yet), by slug or key. */
    private final Map<String, Company> pendingCompanies = new HashMap<>();
    private final Map<String, Person> pendingPeople = new HashMap<>();
    private final Map<String, ContextEvent> pendingContexts = new HashMap<>();

    ImportReferences(EntityManager em, PersonService people, CompanyService companies) {
        this.em = em;
        this.people = people;
        this.companies = companies;
    }

    // ---------------------------------------------------------------- loading a chunk

    void resolveCompanies(Collection<String> slugs) {
        ids("select c.slug, c.id from Company c where c.slug in :k", slugs, companyIds);
        load(Company.class, slugs, companyIds, chunkCompanies);
    }

    void resolvePeople(Collection<String> slugs) {
        ids("select p.slug, p.id from Person p where p.slug in :k", slugs, personIds);
        load(Person.class, slugs, personIds, chunkPeople);
    }

    void resolveContexts(Collection<String> keys) {
        ids("select c.key, c.id from ContextEvent c where c.key in :k", keys, contextIds);
        load(ContextEvent.class, keys, contextIds, chunkContexts);
    }

    /** The sources a chunk cites or gives, by address, and the text of their latest snapshots. */
    void loadSources(Collection<String> keys) {
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += ImportService.BATCH) {
            for (Source s : em.createQuery("select s from Source s where s.dedupKey in :k", Source.class)
                    .setParameter("k", all.subList(i, Math.min(all.size(), i + ImportService.BATCH))).getResultList()) {
                chunkSources.put(s.dedupKey, s);
            }
        }
        for (String k : keys) {
            chunkSources.putIfAbsent(k, null);
        }
        List<Long> ids = chunkSources.values().stream().filter(s -> s != null && s.id != null).map(s -> s.id)
                .toList();
        for (int i = 0; i < ids.size(); i += ImportService.BATCH) {
            for (Object[] row : em.createQuery("select ss.source.dedupKey, ss.text from SourceSnapshot ss"
                    + " where ss.source.id in :ids"
                    + " and ss.id = (select max(s2.id) from SourceSnapshot s2 where s2.source = ss.source)",
                    Object[].class).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + ImportService.BATCH)))
                    .getResultList()) {
                chunkSnapshots.put((String) row[0], (String) row[1]);
            }
        }
    }

    /** Forgets the chunk's entities (the session is cleared); the ids of slugs and keys stay for the file. */
    void endChunk() {
        chunkCompanies.clear();
        chunkPeople.clear();
        chunkContexts.clear();
        chunkSources.clear();
        chunkSnapshots.clear();
        pendingCompanies.clear();
        pendingPeople.clear();
        pendingContexts.clear();
    }

    /** The pending records were written and have their ids: they are found by id from now on. */
    void pendingWritten() {
        pendingCompanies.values().forEach(this::created);
        pendingPeople.values().forEach(this::created);
        pendingContexts.values().forEach(this::created);
        pendingCompanies.clear();
        pendingPeople.clear();
        pendingContexts.clear();
    }

    private void ids(String query, Collection<String> keys, Map<String, Long> into) {
        List<String> missing = keys.stream().filter(k -> k != null && !into.containsKey(k)).distinct().toList();
        for (int i = 0; i < missing.size(); i += ImportService.BATCH) {
            for (Object[] row : em.createQuery(query, Object[].class)
                    .setParameter("k", missing.subList(i, Math.min(missing.size(), i + ImportService.BATCH)))
                    .getResultList()) {
                into.put((String) row[0], (Long) row[1]);
            }
        }
    }

    private <T> void load(Class<T> type, Collection<String> keys, Map<String, Long> ids, Map<Long, T> into) {
        List<Long> wanted = keys.stream().map(ids::get).filter(id -> id != null && !into.containsKey(id)).distinct()
                .toList();
        for (int i = 0; i < wanted.size(); i += ImportService.BATCH) {
            for (T e : em.createQuery("select x from " + type.getSimpleName() + " x where x.id in :ids", type)
                    .setParameter("ids", wanted.subList(i, Math.min(wanted.size(), i + ImportService.BATCH)))
                    .getResultList()) {
                into.put(idOf(e), e);
            }
        }
    }

    private static Long idOf(Object e) {
        if (e instanceof Company c) {
            return c.id;
        }
        if (e instanceof Person p) {
            return p.id;
        }
        return ((ContextEvent) e).id;
    }

    /** A record the import created (or, without an id, will write at the end of the chunk). */
    void created(Company c) {
        if (c.id == null) {
            pendingCompanies.put(c.slug, c);
            return;
        }
        companyIds.put(c.slug, c.id);
        chunkCompanies.put(c.id, c);
    }

    void created(Person p) {
        if (p.id == null) {
            pendingPeople.put(p.slug, p);
            return;
        }
        personIds.put(p.slug, p.id);
        chunkPeople.put(p.id, p);
    }

    void created(ContextEvent c) {
        if (c.id == null) {
            pendingContexts.put(c.key, c);
            return;
        }
        contextIds.put(c.key, c.id);
        chunkContexts.put(c.id, c);
    }

    /**
     * A stored company whose change waits for the bulk import's last transaction: a later name reference in the file
     * to its new name or aliases means it (the database still holds the old ones), not a new company.
     */
    void renamed(String slug, String name, List<String> aliases) {
        knownAs(companyNames, slug, name, aliases);
    }

    /** As {@link #renamed(String, String, List)}, for a person. */
    void renamedPerson(String slug, String name, List<String> aliases) {
        knownAs(personNames, slug, name, aliases);
    }

    private static void knownAs(Map<String, String> names, String slug, String name, List<String> aliases) {
        names.put(Alias.lower(name), slug);
        for (String a : aliases) {
            names.put(Alias.lower(a), slug);
        }
    }

    /** A source record's article text stands for its snapshot in this chunk's quote checks. */
    void snapshotText(Source s, String text) {
        if (text != null && !text.isBlank()) {
            chunkSnapshots.put(s.dedupKey, text.strip());
        }
    }

    /** Stores a record a reference creates (a slug with a name): persisted, or left to the bulk writer. */
    void persistNew(Person p) {
        p.persist();
    }

    void persistNew(Company c) {
        c.persist();
    }

    /**
     * Called before a look-up by name, which asks the database: a bulk import writes its pending records first, so
     * the look-up sees them.
     */
    void beforeNameLookUp() {
    }

    /** A record created through the entity path (by a service) that a bulk import must mark as its own. */
    void createdByService(String table, Long id) {
    }

    // ---------------------------------------------------------------- References

    @Override
    public Person person(SlugOrName ref, String field, Violations v) {
        if (!ref.bySlug()) {
            String slug = personNames.get(Alias.lower(ref.name()));
            if (slug != null) {
                return person(SlugOrName.ofSlug(slug), field, v);
            }
            beforeNameLookUp();
            Person p = people.resolve(ref, field, v);
            if (p != null) {
                personNames.put(Alias.lower(ref.name()), p.slug);
                em.flush();
                if (!personIds.containsKey(p.slug) && isNew(p.createdAt)) {
                    createdByReference(Lines.PERSON);
                    createdByService("person", p.id);
                }
                created(p);
            }
            return p;
        }
        Person pending = pendingPeople.get(ref.slug());
        if (pending != null) {
            return pending;
        }
        Long id = personIds.get(ref.slug());
        if (id == null) {
            ids("select p.slug, p.id from Person p where p.slug in :k", List.of(ref.slug()), personIds);
            id = personIds.get(ref.slug());
        }
        if (id != null) {
            Person p = chunkPeople.get(id);
            return p != null ? p : em.find(Person.class, id);
        }
        if (ref.name() == null) {
            v.add(field, "no person has the slug '" + ref.slug() + "'");
            return null;
        }
        Person p = people.draft(new PersonRequest(ref.slug(), ref.name(), null, null, null, null));
        persistNew(p);
        created(p);
        createdByReference(Lines.PERSON);
        return p;
    }

    @Override
    public Company company(SlugOrName ref, String field, Violations v) {
        if (!ref.bySlug()) {
            String slug = companyNames.get(Alias.lower(ref.name()));
            if (slug != null) {
                return company(SlugOrName.ofSlug(slug), field, v);
            }
            beforeNameLookUp();
            Company c = companies.resolve(ref, field, v);
            if (c != null) {
                companyNames.put(Alias.lower(ref.name()), c.slug);
                em.flush();
                if (!companyIds.containsKey(c.slug) && isNew(c.createdAt)) {
                    createdByReference(Lines.COMPANY);
                    createdByService("company", c.id);
                }
                created(c);
            }
            return c;
        }
        Company pending = pendingCompanies.get(ref.slug());
        if (pending != null) {
            return pending;
        }
        Long id = companyIds.get(ref.slug());
        if (id == null) {
            ids("select c.slug, c.id from Company c where c.slug in :k", List.of(ref.slug()), companyIds);
            id = companyIds.get(ref.slug());
        }
        if (id != null) {
            Company c = chunkCompanies.get(id);
            return c != null ? c : em.find(Company.class, id);
        }
        if (ref.name() == null) {
            v.add(field, "no company has the slug '" + ref.slug() + "'");
            return null;
        }
        Company c = companies.draft(new CompanyRequest(ref.slug(), ref.name(), null, null, null, null, null, null,
                null), null);
        persistNew(c);
        created(c);
        createdByReference(Lines.COMPANY);
        return c;
    }

    @Override
    public ContextEvent contextByKey(String key) {
        ContextEvent pending = pendingContexts.get(key);
        if (pending != null) {
            return pending;
        }
        Long id = contextIds.get(key);
        if (id == null) {
            ids("select c.key, c.id from ContextEvent c where c.key in :k", List.of(key), contextIds);
            id = contextIds.get(key);
        }
        if (id == null) {
            return null;
        }
        ContextEvent c = chunkContexts.get(id);
        return c != null ? c : em.find(ContextEvent.class, id);
    }

    @Override
    public ContextEvent contextById(long id) {
        return em.find(ContextEvent.class, id);
    }

    @Override
    public SourceLookup sources() {
        return this;
    }

    // ---------------------------------------------------------------- SourceLookup

    @Override
    public Source byDedupKey(String dedupKey) {
        if (!chunkSources.containsKey(dedupKey)) {
            List<Source> found = em.createQuery("select s from Source s where s.dedupKey = :k", Source.class)
                    .setParameter("k", dedupKey).getResultList();
            chunkSources.put(dedupKey, found.isEmpty() ? null : found.get(0));
        }
        return chunkSources.get(dedupKey);
    }

    /** A source a citation named that was not stored: created by the write path like an API write would. */
    @Override
    public void created(Source source) {
        chunkSources.put(source.dedupKey, source);
        createdByReference(Lines.SOURCE);
        createdByService("source", source.id);
    }

    /** A source record's source, created by the import. */
    void createdRecord(Source source) {
        chunkSources.put(source.dedupKey, source);
    }

    /** A record the file named without giving it (a person by name, a source by address) was created. */
    abstract void createdByReference(String kind);

    private final java.time.Instant started = java.time.Instant.now();

    private boolean isNew(java.time.Instant createdAt) {
        return createdAt != null && !createdAt.isBefore(started);
    }

    @Override
    public Boolean verify(String quote, Source source) {
        if (quote == null || quote.isBlank()) {
            return null;
        }
        String text = chunkSnapshots.get(source.dedupKey);
        return text == null ? null : QuoteMatcher.occursIn(quote, text);
    }

    String slugOf(Company c) {
        return c.slug;
    }

    String slugOf(Person p) {
        return p.slug;
    }

    String keyOf(ContextEvent c) {
        return c.key;
    }
}
