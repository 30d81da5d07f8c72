package org.personneltracker.transfer;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.personneltracker.common.Alias;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.DataVersion;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.ProblemMappers;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Slugs;
import org.personneltracker.common.Violation;
import org.personneltracker.common.Violations;
import org.personneltracker.company.CompanyRequest;
import org.personneltracker.company.CompanyService;
import org.personneltracker.context.ContextRequest;
import org.personneltracker.context.ContextService;
import org.personneltracker.event.ContextKeyOrId;
import org.personneltracker.event.EventRequest;
import org.personneltracker.event.EventService;
import org.personneltracker.history.Revisions;
import org.personneltracker.person.PersonRequest;
import org.personneltracker.person.PersonService;
import org.personneltracker.source.SourceInput;
import org.personneltracker.source.SourceService;

/**
 * Imports a file of records (JSON Lines, events as CSV, or the seed) in two passes over it, so the file is never
 * held in memory:
 *
 * <ol>
 * <li><b>check</b>: every record is read into the API's request record (strict JSON: unknown fields, wrong types),
 * then checked with the services' own rules that need no database ({@code EventService.check} and friends);
 * references to slugs and keys must point to a record earlier in the file or a stored one (those are looked up in
 * batches at the end of the pass, one query per 500); every error is collected with its line. Nothing is written
 * when there is one.</li>
 * <li><b>write</b>, in one transaction (all or nothing), in chunks of {@value #CHUNK} records: what a chunk refers to
 * is loaded in one query per kind (stored events and context events by key, companies and people by slug, sources
 * by address with their latest snapshot), each slug and key is resolved once per file and then attached by id
 * without a query, and each record goes through the services' write path ({@code EventService.draft},
 * {@code store}, {@code overwrite}...) with these references. A record equal to the stored one (same line in the
 * export format) is left alone; one that differs is updated; a new one created. The session is flushed and
 * cleared after each chunk (JDBC batching for what Hibernate can batch).</li>
 * </ol>
 * A large import ({@link #runInChunks}, the background jobs) checks the same way but commits its write pass in chunks,
 * writing new records with JDBC batches ({@link BulkRows}) and keeping all or nothing by removing the job's rows when
 * it does not finish ({@link ImportCleanup}).
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    static final int CHUNK = 500;
    static final int MAX_ERRORS = 1000;
    static final int BATCH = 500;
    /** Seconds an import's transaction may take (a million events take minutes). */
    static final int TIMEOUT = 6 * 3600;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    CompanyService companies;

    @Inject
    PersonService people;

    @Inject
    SourceService sources;

    @Inject
    ContextService contexts;

    @Inject
    EventService events;

    /** Where the records come from; opened once per pass. */
    public interface Input {
        ImportReader open() throws IOException;
    }

    /** Told where an import stands. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void checking() {
        }

        /** {@code records} read and checked so far. */
        default void checked(long records) {
        }

        default void writing(long records) {
        }

        default void processed(long records) {
        }
    }

    /** The outcome: the counts when written, or every error (at most {@value #MAX_ERRORS}) when refused. */
    public record Outcome(ImportCounts counts, List<ImportError> errors, long errorCount, long records) {
        public boolean refused() {
            return counts == null;
        }
    }

    /** An import file. */
    public Input file(Path file, Format format, Charset charset) {
        return () -> format == Format.CSV ? new CsvEventReader(file, charset, mapper)
                : new JsonLinesReader(file, charset, mapper);
    }

    /** A record given in memory (the seed files): its kind and its body. */
    public record Record(String kind, ObjectNode body) {
    }

    /** Records given in memory; "line" n in an error is the n-th record. */
    public Input records(List<Record> records) {
        return () -> new ImportReader() {
            private int i;

            @Override
            public ImportItem next() {
                if (i >= records.size()) {
                    return null;
                }
                Record r = records.get(i++);
                return ImportItem.of(i, r.kind(), r.body().deepCopy());
            }

            @Override
            public void close() {
            }
        };
    }

    public enum Format {
        JSON_LINES, CSV
    }

    /** Checks, then writes in one new transaction; nothing is written when a record is refused. */
    public Outcome run(Input input, Progress progress) {
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT).call(() -> checkAndWrite(input, progress));
    }

    /** {@link #run} in the caller's transaction (the seed load). */
    public Outcome checkAndWrite(Input input, Progress progress) {
        Checker checker = check(input, progress);
        if (!checker.errors.isEmpty()) {
            return refusal(checker);
        }
        progress.writing(checker.records);
        Writer writer = new Writer(progress, ImportCounts.empty(), null, null);
        inChunks(input, CHUNK, i -> true, writer::write);
        return new Outcome(writer.counts, List.of(), 0, checker.records);
    }

    /** A bulk import's job: its id (the mark on the rows it writes) and the user it runs for. */
    public record Job(String id, String user) {
        String note() {
            return "import " + id;
        }
    }

    /**
     * Checks like {@link #run}, then writes in chunks of {@link #bulkChunk} records, each committed on its own, so a
     * file of any size loads in bounded memory (a large import; see {@link BulkRows}). New records are written with
     * JDBC batches, marked with the job's id and recorded in the history under one revision for the job. A record
     * that differs from the stored one is updated after all chunks, in one last transaction that also marks the job
     * DONE: until then the job's {@code cleanup} flag is set, and when anything fails (or the server stops) the
     * caller removes the job's rows ({@link ImportCleanup}), so a refused or failed file leaves nothing behind.
     * While it runs, readers see the chunks already written.
     */
    public Outcome runInChunks(Input input, Progress progress, Job job) {
        Checker checker = QuarkusTransaction.requiringNew().timeout(TIMEOUT).call(() -> check(input, progress));
        if (!checker.errors.isEmpty()) {
            return refusal(checker);
        }
        long records = checker.records;
        checker = null; // its sets of slugs and keys are not needed while writing
        progress.writing(records);
        long revision = QuarkusTransaction.requiringNew().call(() -> begin(job));
        ImportCounts counts = ImportCounts.empty();
        BitSet deferred = new BitSet();
        Writer writer = new Writer(progress, counts, new BulkRows(job.id(), revision), deferred);
        inChunks(input, bulkChunk, i -> true, chunk -> writeChunk(writer, chunk, job));
        QuarkusTransaction.requiringNew().timeout(TIMEOUT).run(() -> {
            Revisions.actAs(job.user(), job.note());
            if (!deferred.isEmpty()) {
                writeDeferred(input, deferred, counts);
            }
            ImportJob j = ImportJob.findById(job.id());
            j.state = ImportJob.State.DONE.name();
            j.lines = records;
            j.processed = records;
            j.counts = json(counts);
            j.cleanup = false;
            j.updatedAt = java.time.Instant.now();
        });
        DataVersion.bump();
        return new Outcome(counts, List.of(), 0, records);
    }

    /** Records per committed chunk of a bulk import. */
    private volatile int bulkChunk = 10_000;

    int bulkChunk() {
        return bulkChunk;
    }

    /** Tests use small chunks. */
    void bulkChunk(int records) {
        bulkChunk = records;
    }

    private void writeChunk(Writer writer, List<ImportItem> chunk, Job job) {
        if (chunk.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().timeout(TIMEOUT).run(() -> {
            Revisions.actAs(job.user(), job.note());
            // nothing the chunk's queries read waits in the session (new records go through BulkRows, and a record
            // a service creates is flushed where it is made): no dirty check of the chunk's entities before each query
            em.unwrap(Session.class).setHibernateFlushMode(org.hibernate.FlushMode.COMMIT);
            writer.write(chunk);
        });
        DataVersion.bump();
        writer.progress.processed(writer.processed);
    }

    /** The records that differ from the stored ones, written through the services as a small import would. */
    private void writeDeferred(Input input, BitSet deferred, ImportCounts counts) {
        Writer writer = new Writer(Progress.NONE, counts, null, null);
        inChunks(input, CHUNK, deferred::get, writer::write);
    }

    /** Reads the file's records ({@code include}: by their place in it) and hands them on in chunks of {@code size}. */
    private static void inChunks(Input input, int size, java.util.function.IntPredicate include,
            java.util.function.Consumer<List<ImportItem>> write) {
        try (ImportReader reader = input.open()) {
            List<ImportItem> chunk = new ArrayList<>(size);
            int index = 0;
            for (ImportItem item = reader.next(); item != null; item = reader.next(), index++) {
                if (include.test(index)) {
                    chunk.add(item);
                    if (chunk.size() == size) {
                        write.accept(chunk);
                        chunk.clear();
                    }
                }
            }
            write.accept(chunk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the job's history revision and marks the job as one whose rows may need removing. */
    private long begin(Job job) {
        long revision = em.unwrap(Session.class).doReturningWork(db -> {
            try (PreparedStatement ps = db.prepareStatement("insert into revinfo (at, username, note) values (?, ?, ?)",
                    new String[] {"id"})) {
                ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setString(2, job.user() == null ? Revisions.SYSTEM : job.user());
                ps.setString(3, job.note());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        ImportJob j = ImportJob.findById(job.id());
        j.revision = revision;
        j.cleanup = true;
        return revision;
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Outcome refusal(Checker checker) {
        List<ImportError> errors = new ArrayList<>(checker.errors);
        errors.sort(Comparator.comparingLong(ImportError::line).thenComparing(ImportError::field));
        return new Outcome(null, errors, checker.errorCount, checker.records);
    }

    /** Pass 1: every record read and checked; the checker holds the errors. */
    private Checker check(Input input, Progress progress) {
        progress.checking();
        Checker checker = new Checker();
        try (ImportReader reader = input.open()) {
            for (ImportItem item = next(reader, checker.records); item != null; item = next(reader, checker.records)) {
                checker.check(item);
                if (checker.records % CHUNK == 0) {
                    progress.checked(checker.records);
                }
            }
            checker.resolvePending();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checker;
    }

    /** The next record; text that is not in the file's character set ends the check with an error. */
    private static ImportItem next(ImportReader reader, long read) throws IOException {
        try {
            return reader.next();
        } catch (CharacterCodingException e) {
            throw new Refused(new ImportError(read + 1, "body",
                    "the file is not text in its character set (UTF-8 unless the Content-Type says otherwise)"));
        }
    }

    /** A record refused while writing (a rule only the database can tell): the transaction is rolled back. */
    static final class Refused extends RuntimeException {
        final transient ImportError error;

        Refused(ImportError error) {
            super(error.message());
            this.error = error;
        }
    }

    // ---------------------------------------------------------------- reading records

    private <T> T read(ImportItem item, Class<T> type, List<ImportError> errors) {
        try {
            return mapper.treeToValue(item.body(), type);
        } catch (JsonMappingException e) {
            Violation v = ProblemMappers.violationOf(e);
            errors.add(new ImportError(item.line(), v.field(), v.message()));
            return null;
        } catch (IOException e) {
            errors.add(new ImportError(item.line(), "body", e.getMessage()));
            return null;
        }
    }

    private static Class<?> typeOf(String kind) {
        return switch (kind) {
            case Lines.COMPANY -> CompanyRequest.class;
            case Lines.PERSON -> PersonRequest.class;
            case Lines.SOURCE -> SourceInput.class;
            case Lines.CONTEXT_EVENT -> ContextRequest.class;
            default -> EventRequest.class;
        };
    }

    // ---------------------------------------------------------------- pass 1: check

    private record Pos(long line, String field) {
    }

    private final class Checker {
        final List<ImportError> errors = new ArrayList<>();
        long errorCount;
        long records;
        final Set<String> companySlugs = new HashSet<>();
        final Set<String> personSlugs = new HashSet<>();
        final Set<String> contextKeys = new HashSet<>();
        final Map<String, Set<String>> companyNames = new HashMap<>();
        final Map<String, Set<String>> personNames = new HashMap<>();
        final KeyHashes eventKeys = new KeyHashes();
        final KeyHashes sourceKeys = new KeyHashes();
        final Map<String, List<Pos>> pendingCompanies = new LinkedHashMap<>();
        final Map<String, List<Pos>> pendingPeople = new LinkedHashMap<>();
        final Map<String, List<Pos>> pendingContexts = new LinkedHashMap<>();
        final Map<String, List<Pos>> pendingCompanyNames = new LinkedHashMap<>();
        final Map<String, List<Pos>> pendingPersonNames = new LinkedHashMap<>();

        void error(long line, String field, String message) {
            errorCount++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new ImportError(line, field, message));
            }
        }

        void check(ImportItem item) {
            records++;
            if (item.error() != null) {
                error(item.line(), item.error().field(), item.error().message());
                return;
            }
            Violations v = new Violations();
            if (Lines.EVENT.equals(item.kind())) {
                Lines.takeRetraction(item.body(), v);
            }
            List<ImportError> mapping = new ArrayList<>(1);
            Object body = read(item, typeOf(item.kind()), mapping);
            if (body == null) {
                mapping.forEach(e -> error(e.line(), e.field(), e.message()));
                return;
            }
            long line = item.line();
            switch (item.kind()) {
                case Lines.COMPANY -> company((CompanyRequest) body, v, line);
                case Lines.PERSON -> person((PersonRequest) body, v, line);
                case Lines.SOURCE -> source((SourceInput) body, v, line);
                case Lines.CONTEXT_EVENT -> context((ContextRequest) body, v, line);
                default -> event((EventRequest) body, v, line);
            }
            for (Violation x : v.list()) {
                error(line, x.field(), x.message());
            }
        }

        void company(CompanyRequest c, Violations v, long line) {
            companies.check(c, v);
            if (c.parent() != null) {
                ref(true, c.parent(), "parent", line, v);
            }
            if (v.isEmpty() && !companySlugs.add(c.slug())) {
                v.add("slug", "the company '" + c.slug() + "' is given twice in this file");
            }
            names(companyNames, c.slug(), c.name(), c.aliases());
        }

        void person(PersonRequest p, Violations v, long line) {
            people.check(p, v);
            if (v.isEmpty() && !personSlugs.add(p.slug())) {
                v.add("slug", "the person '" + p.slug() + "' is given twice in this file");
            }
            names(personNames, p.slug(), p.name(), p.aliases());
        }

        void names(Map<String, Set<String>> names, String slug, String name, List<String> aliases) {
            if (slug == null || name == null || name.isBlank()) {
                return;
            }
            names.computeIfAbsent(Alias.lower(name), k -> new HashSet<>()).add(slug);
            if (aliases != null) {
                aliases.stream().filter(a -> a != null && !a.isBlank())
                        .forEach(a -> names.computeIfAbsent(Alias.lower(a), k -> new HashSet<>()).add(slug));
            }
        }

        void source(SourceInput s, Violations v, long line) {
            if (s.quote() != null || s.stance() != null) {
                v.add(s.quote() != null ? "quote" : "stance",
                        "a quote or stance belongs to a fact's citation of the source, not to the source record");
            }
            String key = sources.check(s, "", v);
            if (key != null && !sourceKeys.add(key)) {
                v.add("url", "this source is given twice in this file");
            }
        }

        void context(ContextRequest c, Violations v, long line) {
            contexts.check(c, v);
            if (!v.isEmpty()) {
                return;
            }
            ref(true, c.company(), "company", line, v);
            String key = c.key();
            if (key == null && c.company().bySlug()) {
                key = Slugs.key(c.company().slug(), PartialDate.parse(c.date()), c.type(), Slugs.slugify(c.title()));
            }
            if (key != null && !contextKeys.add(key)) {
                v.add("key", "another context event of this file has the key '" + key + "'");
            }
        }

        void event(EventRequest e, Violations v, long line) {
            events.check(e, v);
            if (!v.isEmpty()) {
                return;
            }
            ref(false, e.person(), "person", line, v);
            ref(true, e.company(), "company", line, v);
            if (e.destination() != null) {
                ref(true, e.destination(), "destination", line, v);
            }
            if (e.origin() != null) {
                ref(true, e.origin(), "origin", line, v);
            }
            if (e.context() != null) {
                for (int i = 0; i < e.context().size(); i++) {
                    ContextKeyOrId c = e.context().get(i);
                    if (c.key() == null) {
                        v.add("context[" + i + "]", "an import refers to context events by key");
                    } else if (!contextKeys.contains(c.key())) {
                        pending(pendingContexts, c.key(), line, "context[" + i + "]");
                    }
                }
            }
            String key = e.key();
            if (key == null && e.person().bySlug() && e.company().bySlug()) {
                key = Slugs.key(e.company().slug(), PartialDate.parse(e.date()), e.type(), e.person().slug());
            }
            if (key != null && !eventKeys.add(key)) {
                v.add("key", "another event of this file has the key '" + key + "'"
                        + (e.key() == null ? " (derived from company, date, type and person: give each its own key)" : ""));
            }
        }

        /** A reference to a company or a person: defined earlier in the file, stored, or (by name) to be created. */
        void ref(boolean company, SlugOrName ref, String field, long line, Violations v) {
            Set<String> defined = company ? companySlugs : personSlugs;
            if (ref.bySlug()) {
                if (!Slugs.isValid(ref.slug())) {
                    v.add(field, "'" + ref.slug() + "' is not a slug");
                } else if (defined.contains(ref.slug())) {
                    return;
                } else if (ref.name() != null) {
                    // a slug with a name (CSV): created with them when missing
                    defined.add(ref.slug());
                    names(company ? companyNames : personNames, ref.slug(), ref.name(), List.of());
                } else {
                    pending(company ? pendingCompanies : pendingPeople, ref.slug(), line, field);
                }
                return;
            }
            if (ref.name().length() > 300) {
                v.add(field + ".name", "size must be between 0 and 300");
                return;
            }
            pending(company ? pendingCompanyNames : pendingPersonNames, Alias.lower(ref.name()), line, field);
        }

        void pending(Map<String, List<Pos>> pending, String key, long line, String field) {
            List<Pos> at = pending.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (at.size() < MAX_ERRORS) {
                at.add(new Pos(line, field));
            }
        }

        /** Looks up, in batches, the slugs and keys that were not defined earlier in the file. */
        void resolvePending() {
            missing(pendingCompanies, "select c.slug from Company c where c.slug in :k",
                    k -> "no company has the slug '" + k + "' (in the database or on an earlier line)");
            missing(pendingPeople, "select p.slug from Person p where p.slug in :k",
                    k -> "no person has the slug '" + k + "' (in the database or on an earlier line)");
            missing(pendingContexts, "select c.key from ContextEvent c where c.key in :k",
                    k -> "no context event has the key '" + k + "' (in the database or on an earlier line)");
            ambiguous(pendingCompanyNames, companyNames, "Company", "companies");
            ambiguous(pendingPersonNames, personNames, "Person", "people");
        }

        void missing(Map<String, List<Pos>> pending, String query, java.util.function.Function<String, String> message) {
            List<String> keys = new ArrayList<>(pending.keySet());
            for (int i = 0; i < keys.size(); i += BATCH) {
                List<String> batch = keys.subList(i, Math.min(keys.size(), i + BATCH));
                Set<String> found = new HashSet<>(em.createQuery(query, String.class).setParameter("k", batch)
                        .getResultList());
                for (String k : batch) {
                    if (!found.contains(k)) {
                        pending.get(k).forEach(p -> error(p.line(), p.field(), message.apply(k)));
                    }
                }
            }
        }

        /** A name that matches several records (stored or in the file) is refused, as the API refuses it. */
        void ambiguous(Map<String, List<Pos>> pending, Map<String, Set<String>> inFile, String entity, String plural) {
            List<String> names = new ArrayList<>(pending.keySet());
            for (int i = 0; i < names.size(); i += BATCH) {
                List<String> batch = names.subList(i, Math.min(names.size(), i + BATCH));
                Map<String, Set<String>> matches = new HashMap<>();
                for (Object[] row : em.createQuery("select x.nameLower, x.slug from " + entity
                        + " x where x.nameLower in :n", Object[].class).setParameter("n", batch).getResultList()) {
                    matches.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
                }
                for (Object[] row : em.createQuery("select a.aliasLower, x.slug from " + entity
                        + " x join x.aliases a where a.aliasLower in :n", Object[].class).setParameter("n", batch)
                        .getResultList()) {
                    matches.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
                }
                for (String n : batch) {
                    Set<String> slugs = new HashSet<>(matches.getOrDefault(n, Set.of()));
                    slugs.addAll(inFile.getOrDefault(n, Set.of()));
                    if (slugs.size() > 1) {
                        pending.get(n).forEach(p -> error(p.line(), p.field(), "several " + plural + " are called '"
                                + n + "' (" + String.join(", ", slugs.stream().sorted().toList()) + "): refer to one by slug"));
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- pass 2: write

    /**
     * Pass 2. With {@code bulk} (a large import), a new record is drafted by its service and left to {@link BulkRows}
     * (written at the end of the chunk), and a record that differs from the stored one is only noted in
     * {@code deferred} (by its place in the file) for the last transaction; without, every record goes through the
     * services' write path.
     */
    private final class Writer extends ImportReferences {
        final ImportCounts counts;
        final KeyHashes writtenEventKeys = new KeyHashes();
        final Progress progress;
        final BulkRows bulk;
        final BitSet deferred;
        /** Records created through a service in this chunk (by name, a source with its text), to mark as the job's. */
        final List<Object[]> byService = new ArrayList<>();
        long processed;
        /** The place in the file of the record being written. */
        int index = -1;

        Writer(Progress progress, ImportCounts counts, BulkRows bulk, BitSet deferred) {
            super(em, people, companies);
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
                bodies.add(read(item, typeOf(item.kind()), none));
            }
            if (!none.isEmpty()) {
                throw new Refused(none.get(0));
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
                    throw new Refused(new ImportError(item.line(), v.field(), v.message()));
                } catch (ConstraintViolationException e) {
                    Violation v = ProblemMappers.violationsOf(e).get(0);
                    throw new Refused(new ImportError(item.line(), v.field(), v.message()));
                }
            }
            em.flush();
            if (bulk != null) {
                flushBulk();
                markByService();
            }
            em.clear();
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
            em.flush();
            em.unwrap(Session.class).doWork(bulk::flush);
            pendingWritten();
        }

        private void markByService() {
            if (byService.isEmpty()) {
                return;
            }
            String job = bulk.importId();
            em.unwrap(Session.class).doWork(db -> {
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
                    slug(c.parent(), companySlugs);
                } else if (b instanceof PersonRequest p) {
                    definedPeople.add(p.slug());
                } else if (b instanceof SourceInput s) {
                    add(sourceKeys, sources.check(s, "", ignored));
                } else if (b instanceof ContextRequest c) {
                    slug(c.company(), companySlugs);
                    c.sources().forEach(s -> add(sourceKeys, sources.check(s, "", ignored)));
                    if (c.key() != null) {
                        definedContexts.add(c.key());
                    } else if (c.company().bySlug()) {
                        definedContexts.add(Slugs.key(c.company().slug(), PartialDate.parse(c.date()), c.type(),
                                Slugs.slugify(c.title())));
                    }
                } else if (b instanceof EventRequest e) {
                    slug(e.person(), personSlugs);
                    slug(e.company(), companySlugs);
                    slug(e.destination(), companySlugs);
                    slug(e.origin(), companySlugs);
                    e.sources().forEach(s -> add(sourceKeys, sources.check(s, "", ignored)));
                    if (e.context() != null) {
                        e.context().forEach(c -> add(contextKeys, c.key()));
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
            return new Chunk(Stored.companies(em, definedCompanies), Stored.people(em, definedPeople),
                    Stored.contexts(em, definedContexts), Stored.events(em, eventKeys));
        }

        void company(CompanyRequest body, Chunk loaded, long line) {
            Violations v = new Violations();
            var parent = body.parent() == null ? null : company(body.parent(), "parent", v);
            refuseIf(v, line);
            var stored = loaded.companies().get(body.slug());
            var draft = companies.draft(body, parent);
            String parentSlug = parent == null ? null : parent.slug;
            if (stored != null) {
                String before = Lines.company(stored, stored.parent == null ? null : stored.parent.slug).toString();
                String after = Lines.company(draft, parentSlug).toString();
                if (before.equals(after)) {
                    counts.unchanged(Lines.COMPANY);
                } else if (!defer()) {
                    changed(line, before, after);
                    companies.overwrite(stored, body, parent);
                    counts.updated(Lines.COMPANY);
                }
                return;
            }
            persistNew(draft);
            created(draft);
            counts.created(Lines.COMPANY);
        }

        void person(PersonRequest body, Chunk loaded) {
            var stored = loaded.people().get(body.slug());
            var draft = people.draft(body);
            if (stored != null) {
                String before = Lines.person(stored).toString();
                String after = Lines.person(draft).toString();
                if (before.equals(after)) {
                    counts.unchanged(Lines.PERSON);
                } else if (!defer()) {
                    changed(0, before, after);
                    people.overwrite(stored, body);
                    counts.updated(Lines.PERSON);
                }
                return;
            }
            persistNew(draft);
            created(draft);
            counts.created(Lines.PERSON);
        }

        void source(SourceInput body) {
            var draft = sources.draft(body);
            var stored = sources().byDedupKey(draft.dedupKey);
            if (stored != null) {
                String before = Lines.source(stored, null).toString();
                String after = Lines.source(draft, null).toString();
                if (before.equals(after)) {
                    counts.unchanged(Lines.SOURCE);
                } else if (!defer()) {
                    changed(0, before, after);
                    sources.overwrite(stored, body);
                    counts.updated(Lines.SOURCE);
                }
                snapshotText(stored, body.text());
                return;
            }
            if (bulk != null && body.text() == null && body.html() == null) {
                bulk.add(draft);
            } else {
                sources.store(draft, body);
                createdByService("source", draft.id);
            }
            createdRecord(draft);
            snapshotText(draft, body.text());
            counts.created(Lines.SOURCE);
        }

        void context(ContextRequest body, Chunk loaded, long line) {
            Violations v = new Violations();
            beforeCitationsWithText(body.sources());
            var draft = contexts.draft(body, this, v);
            refuseIf(v, line);
            var stored = loaded.contexts().get(draft.key);
            if (stored == null && !loaded.contexts().containsKey(draft.key)) {
                stored = Stored.contexts(em, Set.of(draft.key)).get(draft.key);
            }
            if (stored != null) {
                String before = Lines.contextEvent(stored, stored.company.slug, stored.sources).toString();
                String after = Lines.contextEvent(draft, slugOf(draft.company), draft.sources).toString();
                if (before.equals(after)) {
                    counts.unchanged(Lines.CONTEXT_EVENT);
                } else if (!defer()) {
                    changed(line, before, after);
                    contexts.overwrite(stored, body, this);
                    counts.updated(Lines.CONTEXT_EVENT);
                }
                return;
            }
            if (bulk != null) {
                bulk.add(draft);
            } else {
                contexts.store(draft);
            }
            created(draft);
            counts.created(Lines.CONTEXT_EVENT);
        }

        void event(EventRequest body, Lines.Retraction retraction, Chunk loaded, long line) {
            Violations v = new Violations();
            beforeCitationsWithText(body.sources());
            var draft = events.draft(body, this, v);
            refuseIf(v, line);
            Lines.Retraction.apply(retraction, draft);
            if (!writtenEventKeys.add(draft.key)) {
                throw new Refused(new ImportError(line, "key", "another event of this file has the key '" + draft.key
                        + "' (derived from company, date, type and person: give each its own key)"));
            }
            var stored = loaded.events().get(draft.key);
            if (stored == null && !loaded.events().containsKey(draft.key)) {
                stored = Stored.events(em, Set.of(draft.key)).get(draft.key);
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
                    events.overwrite(stored, body, this);
                    Lines.Retraction.apply(retraction, stored);
                    counts.updated(Lines.EVENT);
                }
                return;
            }
            if (bulk != null) {
                bulk.add(draft);
            } else {
                events.store(draft);
            }
            counts.created(Lines.EVENT);
        }

        @Override
        void createdByReference(String kind) {
            counts.created(kind);
        }

        private void changed(long line, String before, String after) {
            if (LOG.isDebugEnabled()) {
                LOG.debugf("record of line %d differs from the stored one:%n  stored %s%n  file   %s", line, before, after);
            }
        }

        private void refuseIf(Violations v, long line) {
            if (!v.isEmpty()) {
                Violation x = v.list().get(0);
                throw new Refused(new ImportError(line, x.field(), x.message()));
            }
        }
    }

    private static void slug(SlugOrName ref, Set<String> into) {
        if (ref != null && ref.bySlug()) {
            into.add(ref.slug());
        }
    }

    private static void add(Collection<String> into, String value) {
        if (value != null) {
            into.add(value);
        }
    }

    /** The stored records a chunk names, by slug or key (absent: not stored). */
    private record Chunk(Map<String, org.personneltracker.company.Company> companies,
            Map<String, org.personneltracker.person.Person> people,
            Map<String, org.personneltracker.context.ContextEvent> contexts,
            Map<String, org.personneltracker.event.PersonnelEvent> events) {
    }

    static void logRefused(Outcome o) {
        LOG.infof("import refused: %d errors", o.errorCount());
    }
}
