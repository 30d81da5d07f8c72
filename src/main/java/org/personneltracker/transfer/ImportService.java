package org.personneltracker.transfer;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.personneltracker.common.DataVersion;
import org.personneltracker.common.H2Compaction;
import org.personneltracker.common.ProblemMappers;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Violation;
import org.personneltracker.company.CompanyRequest;
import org.personneltracker.company.CompanyService;
import org.personneltracker.context.ContextRequest;
import org.personneltracker.context.ContextService;
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

    static final Logger LOG = Logger.getLogger(ImportService.class);

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

    @Inject
    H2Compaction compaction;

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
        ImportChecker checker = check(input, progress);
        if (!checker.errors.isEmpty()) {
            return refusal(checker);
        }
        progress.writing(checker.records);
        ImportWriter writer = new ImportWriter(this, progress, ImportCounts.empty(), null, null);
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
        ImportChecker checker = QuarkusTransaction.requiringNew().timeout(TIMEOUT).call(() -> check(input, progress));
        if (!checker.errors.isEmpty()) {
            return refusal(checker);
        }
        long records = checker.records;
        checker = null; // its sets of slugs and keys are not needed while writing
        progress.writing(records);
        compaction.bulkWriteStarted();
        long revision = QuarkusTransaction.requiringNew().call(() -> begin(job));
        ImportCounts counts = ImportCounts.empty();
        BitSet deferred = new BitSet();
        ImportWriter writer = new ImportWriter(this, progress, counts, new BulkRows(job.id(), revision), deferred);
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

    private void writeChunk(ImportWriter writer, List<ImportItem> chunk, Job job) {
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
        ImportWriter writer = new ImportWriter(this, Progress.NONE, counts, null, null);
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

    private static Outcome refusal(ImportChecker checker) {
        List<ImportError> errors = new ArrayList<>(checker.errors);
        errors.sort(Comparator.comparingLong(ImportError::line).thenComparing(ImportError::field));
        return new Outcome(null, errors, checker.errorCount, checker.records);
    }

    /** Pass 1: every record read and checked; the checker holds the errors. */
    private ImportChecker check(Input input, Progress progress) {
        progress.checking();
        ImportChecker checker = new ImportChecker(this);
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

    <T> T read(ImportItem item, Class<T> type, List<ImportError> errors) {
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

    static Class<?> typeOf(String kind) {
        return switch (kind) {
            case Lines.COMPANY -> CompanyRequest.class;
            case Lines.PERSON -> PersonRequest.class;
            case Lines.SOURCE -> SourceInput.class;
            case Lines.CONTEXT_EVENT -> ContextRequest.class;
            default -> EventRequest.class;
        };
    }

    // ---------------------------------------------------------------- pass 1: check


    static void slug(SlugOrName ref, Set<String> into) {
        if (ref != null && ref.bySlug()) {
            into.add(ref.slug());
        }
    }

    static void add(Collection<String> into, String value) {
        if (value != null) {
            into.add(value);
        }
    }


    static void logRefused(Outcome o) {
        LOG.infof("import refused: %d errors", o.errorCount());
    }
}
