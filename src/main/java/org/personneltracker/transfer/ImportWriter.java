package org.personneltracker.transfer;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.ProblemMappers;
import org.personneltracker.common.Slugs;
import org.personneltracker.common.Violation;
import org.personneltracker.common.Violations;
import org.personneltracker.company.CompanyRequest;
import org.personneltracker.context.ContextRequest;
import org.personneltracker.event.EventRequest;
import org.personneltracker.person.PersonRequest;
import org.personneltracker.source.SourceInput;

/**
 * Pass 2 of an import ({@link ImportService}), a chunk at a time. With {@code bulk} (a large import), a new record is
 * drafted by its service and left to {@link BulkRows} (written at the end of the chunk), and a record that differs
 * from the stored one is only noted in {@code deferred} (by its place in the file) for the last transaction; without,
 * every record goes through the services' write path.
 */
final class ImportWriter extends ImportReferences {
    private final ImportService importer;
    final ImportCounts counts;
    final KeyHashes writtenEventKeys = new KeyHashes();
    final ImportService.Progress progress;
    final BulkRows bulk;
    final BitSet deferred;
    /** Records created through a service in this chunk (by name, a source with its text), to mark as the job's. */
    final List<Object[]> byService = new ArrayList<>();
    long processed;
    /** The place in the file of the record being written. */
    int index = -1;

    ImportWriter(ImportService importer, ImportService.Progress progress, ImportCounts counts, BulkRows bulk, BitSet deferred) {
        super(importer.em, importer.people, importer.companies);
        this.importer = importer;
        this.progress = progress;
        this.counts = counts;
        this.bulk = bulk;
        this.deferred = deferred;
    }

    void write(List<ImportItem> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Object> bodies = new ArrayList<>(chunk.size());
        List<Lines.Retraction> retractions = new ArrayList<>(chunk.size());
        List<ImportError> none = new ArrayList<>();
        for (ImportItem item : chunk) {
            retractions.add(Lines.EVENT.equals(item.kind()) ? Lines.takeRetraction(item.body(), new Violations())
                    : null);
            bodies.add(importer.read(item, ImportService.typeOf(item.kind()), none));
        }
        if (!none.isEmpty()) {
            throw new ImportService.Refused(none.get(0));
        }
        Chunk loaded = load(chunk, bodies);
        for (int i = 0; i < chunk.size(); i++) {
            ImportItem item = chunk.get(i);
            index++;
            try {
                switch (item.kind()) {
                    case Lines.COMPANY -> company((CompanyRequest) bodies.get(i), loaded, item.line());
                    case Lines.PERSON -> person((PersonRequest) bodies.get(i), loaded);
                    case Lines.SOURCE -> source((SourceInput) bodies.get(i));
                    case Lines.CONTEXT_EVENT -> context((ContextRequest) bodies.get(i), loaded, item.line());
                    default -> event((EventRequest) bodies.get(i), retractions.get(i), loaded, item.line());
                }
            } catch (ApiException e) {
                Violation v = e.violations().isEmpty() ? new Violation("body", e.getMessage()) : e.violations().get(0);
                throw new ImportService.Refused(new ImportError(item.line(), v.field(), v.message()));
            } catch (ConstraintViolationException e) {
                Violation v = ProblemMappers.violationsOf(e).get(0);
                throw new ImportService.Refused(new ImportError(item.line(), v.field(), v.message()));
            }
        }
        importer.em.flush();
        if (bulk != null) {
            flushBulk();
            markByService();
        }
        importer.em.clear();
        endChunk();
        processed += chunk.size();
        if (bulk == null) {
            progress.processed(processed);
        }
    }

    /** Writes the chunk's pending new records (they get their ids). */
    void flushBulk() {
        if (bulk.isEmpty()) {
            return;
        }
        importer.em.flush();
        importer.em.unwrap(Session.class).doWork(bulk::flush);
        pendingWritten();
    }

    private void markByService() {
        if (byService.isEmpty()) {
            return;
        }
        String job = bulk.importId();
        importer.em.unwrap(Session.class).doWork(db -> {
            for (Object[] row : byService) {
                try (var ps = db.prepareStatement("update " + row[0] + " set import_id = ? where id = ?")) {
                    ps.setString(1, job);
                    ps.setLong(2, (Long) row[1]);
                    ps.executeUpdate();
                }
            }
        });
        byService.clear();
    }

    @Override
    void beforeNameLookUp() {
        if (bulk != null) {
            flushBulk();
        }
    }

    @Override
    void createdByService(String table, Long id) {
        if (bulk != null && id != null) {
            byService.add(new Object[] {table, id});
        }
    }

    @Override
    void persistNew(org.personneltracker.person.Person p) {
        if (bulk != null) {
            bulk.add(p);
        } else {
            p.persist();
        }
    }

    @Override
    void persistNew(org.personneltracker.company.Company c) {
        if (bulk != null) {
            bulk.add(c);
        } else {
            c.persist();
        }
    }

    /** Bulk: a stored record that differs is written in the last transaction. */
    private boolean defer() {
        if (bulk == null) {
            return false;
        }
        deferred.set(index);
        return true;
    }

    /** Bulk: a citation carrying article text stores a snapshot through the service, which needs stored sources. */
    private void beforeCitationsWithText(List<SourceInput> cited) {
        if (bulk != null && cited != null && cited.stream().anyMatch(c -> c.text() != null || c.html() != null)) {
            flushBulk();
        }
    }

    Chunk load(List<ImportItem> chunk, List<Object> bodies) {
        Set<String> companySlugs = new HashSet<>();
        Set<String> personSlugs = new HashSet<>();
        Set<String> contextKeys = new HashSet<>();
        Set<String> sourceKeys = new HashSet<>();
        Set<String> definedCompanies = new HashSet<>();
        Set<String> definedPeople = new HashSet<>();
        Set<String> eventKeys = new HashSet<>();
        Set<String> definedContexts = new HashSet<>();
        Violations ignored = new Violations();
        for (int i = 0; i < chunk.size(); i++) {
            Object b = bodies.get(i);
            if (b instanceof CompanyRequest c) {
                definedCompanies.add(c.slug());
                ImportService.slug(c.parent(), companySlugs);
            } else if (b instanceof PersonRequest p) {
                definedPeople.add(p.slug());
            } else if (b instanceof SourceInput s) {
                ImportService.add(sourceKeys, importer.sources.check(s, "", ignored));
            } else if (b instanceof ContextRequest c) {
                ImportService.slug(c.company(), companySlugs);
                c.sources().forEach(s -> ImportService.add(sourceKeys, importer.sources.check(s, "", ignored)));
                if (c.key() != null) {
                    definedContexts.add(c.key());
                } else if (c.company().bySlug()) {
                    definedContexts.add(Slugs.key(c.company().slug(), PartialDate.parse(c.date()), c.type(),
                            Slugs.slugify(c.title())));
                }
            } else if (b instanceof EventRequest e) {
                ImportService.slug(e.person(), personSlugs);
                ImportService.slug(e.company(), companySlugs);
                ImportService.slug(e.destination(), companySlugs);
                ImportService.slug(e.origin(), companySlugs);
                e.sources().forEach(s -> ImportService.add(sourceKeys, importer.sources.check(s, "", ignored)));
                if (e.context() != null) {
                    e.context().forEach(c -> ImportService.add(contextKeys, c.key()));
                }
                if (e.key() != null) {
                    eventKeys.add(e.key());
                } else if (e.person().bySlug() && e.company().bySlug()) {
                    eventKeys.add(Slugs.key(e.company().slug(), PartialDate.parse(e.date()), e.type(),
                            e.person().slug()));
                }
            }
        }
        companySlugs.addAll(definedCompanies);
        personSlugs.addAll(definedPeople);
        contextKeys.addAll(definedContexts);
        resolveCompanies(companySlugs);
        resolvePeople(personSlugs);
        resolveContexts(contextKeys);
        loadSources(sourceKeys);
        return new Chunk(Stored.companies(importer.em, definedCompanies), Stored.people(importer.em, definedPeople),
                Stored.contexts(importer.em, definedContexts), Stored.events(importer.em, eventKeys));
    }

    void company(CompanyRequest body, Chunk loaded, long line) {
        Violations v = new Violations();
        var parent = body.parent() == null ? null : company(body.parent(), "parent", v);
        refuseIf(v, line);
        var stored = loaded.companies().get(body.slug());
        var draft = importer.companies.draft(body, parent);
        String parentSlug = parent == null ? null : parent.slug;
        if (stored != null) {
            String before = Lines.company(stored, stored.parent == null ? null : stored.parent.slug).toString();
            String after = Lines.company(draft, parentSlug).toString();
            if (before.equals(after)) {
                counts.unchanged(Lines.COMPANY);
            } else if (!defer()) {
                changed(line, before, after);
                importer.companies.overwrite(stored, body, parent);
                counts.updated(Lines.COMPANY);
            } else {
                renamed(stored.slug, draft.name, draft.aliasNames());
            }
            return;
        }
        persistNew(draft);
        created(draft);
        counts.created(Lines.COMPANY);
    }

    void person(PersonRequest body, Chunk loaded) {
        var stored = loaded.people().get(body.slug());
        var draft = importer.people.draft(body);
        if (stored != null) {
            String before = Lines.person(stored).toString();
            String after = Lines.person(draft).toString();
            if (before.equals(after)) {
                counts.unchanged(Lines.PERSON);
            } else if (!defer()) {
                changed(0, before, after);
                importer.people.overwrite(stored, body);
                counts.updated(Lines.PERSON);
            } else {
                renamedPerson(stored.slug, draft.name, draft.aliasNames());
            }
            return;
        }
        persistNew(draft);
        created(draft);
        counts.created(Lines.PERSON);
    }

    void source(SourceInput body) {
        var draft = importer.sources.draft(body);
        var stored = sources().byDedupKey(draft.dedupKey);
        if (stored != null) {
            String before = Lines.source(stored, null).toString();
            String after = Lines.source(draft, null).toString();
            if (before.equals(after)) {
                counts.unchanged(Lines.SOURCE);
            } else if (!defer()) {
                changed(0, before, after);
                importer.sources.overwrite(stored, body);
                counts.updated(Lines.SOURCE);
            }
            snapshotText(stored, body.text());
            return;
        }
        if (bulk != null && body.text() == null && body.html() == null) {
            bulk.add(draft);
        } else {
            importer.sources.store(draft, body);
            createdByService("source", draft.id);
        }
        createdRecord(draft);
        snapshotText(draft, body.text());
        counts.created(Lines.SOURCE);
    }

    void context(ContextRequest body, Chunk loaded, long line) {
        Violations v = new Violations();
        beforeCitationsWithText(body.sources());
        var draft = importer.contexts.draft(body, this, v);
        refuseIf(v, line);
        var stored = loaded.contexts().get(draft.key);
        if (stored == null && !loaded.contexts().containsKey(draft.key)) {
            stored = Stored.contexts(importer.em, Set.of(draft.key)).get(draft.key);
        }
        if (stored != null) {
            String before = Lines.contextEvent(stored, stored.company.slug, stored.sources).toString();
            String after = Lines.contextEvent(draft, slugOf(draft.company), draft.sources).toString();
            if (before.equals(after)) {
                counts.unchanged(Lines.CONTEXT_EVENT);
            } else if (!defer()) {
                changed(line, before, after);
                importer.contexts.overwrite(stored, body, this);
                counts.updated(Lines.CONTEXT_EVENT);
            }
            return;
        }
        if (bulk != null) {
            bulk.add(draft);
        } else {
            importer.contexts.store(draft);
        }
        created(draft);
        counts.created(Lines.CONTEXT_EVENT);
    }

    void event(EventRequest body, Lines.Retraction retraction, Chunk loaded, long line) {
        Violations v = new Violations();
        beforeCitationsWithText(body.sources());
        var draft = importer.events.draft(body, this, v);
        refuseIf(v, line);
        Lines.Retraction.apply(retraction, draft);
        if (!writtenEventKeys.add(draft.key)) {
            throw new ImportService.Refused(new ImportError(line, "key", "another event of this file has the key '" + draft.key
                    + "' (derived from company, date, type and person: give each its own key)"));
        }
        var stored = loaded.events().get(draft.key);
        if (stored == null && !loaded.events().containsKey(draft.key)) {
            stored = Stored.events(importer.em, Set.of(draft.key)).get(draft.key);
        }
        if (stored != null) {
            String before = Lines.event(stored, stored.person.slug, stored.company.slug,
                    stored.destination == null ? null : stored.destination.slug,
                    stored.origin == null ? null : stored.origin.slug, stored.sources,
                    stored.context.stream().map(c -> c.key).toList()).toString();
            String after = Lines.event(draft, slugOf(draft.person), slugOf(draft.company),
                    draft.destination == null ? null : slugOf(draft.destination),
                    draft.origin == null ? null : slugOf(draft.origin), draft.sources,
                    draft.context.stream().map(this::keyOf).toList()).toString();
            if (before.equals(after)) {
                counts.unchanged(Lines.EVENT);
            } else if (!defer()) {
                changed(line, before, after);
                importer.events.overwrite(stored, body, this);
                Lines.Retraction.apply(retraction, stored);
                counts.updated(Lines.EVENT);
            }
            return;
        }
        if (bulk != null) {
            bulk.add(draft);
        } else {
            importer.events.store(draft);
        }
        counts.created(Lines.EVENT);
    }

    @Override
    void createdByReference(String kind) {
        counts.created(kind);
    }

    private void changed(long line, String before, String after) {
        if (ImportService.LOG.isDebugEnabled()) {
            ImportService.LOG.debugf("record of line %d differs from the stored one:%n  stored %s%n  file   %s", line, before, after);
        }
    }

    private void refuseIf(Violations v, long line) {
        if (!v.isEmpty()) {
            Violation x = v.list().get(0);
            throw new ImportService.Refused(new ImportError(line, x.field(), x.message()));
        }
    }

    /** The stored records a chunk names, by slug or key (absent: not stored). */
    private record Chunk(Map<String, org.personneltracker.company.Company> companies,
            Map<String, org.personneltracker.person.Person> people,
            Map<String, org.personneltracker.context.ContextEvent> contexts,
            Map<String, org.personneltracker.event.PersonnelEvent> events) {
    }
}
