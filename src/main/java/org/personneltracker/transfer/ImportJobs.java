package org.personneltracker.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.TrackerConfig;
import org.personneltracker.transfer.ImportJob.State;

/**
 * Runs imports. An upload is first spooled to a file under {@code <data-dir>/imports/} (so both passes stream
 * from disk and the upload is never held in memory). A file up to {@value #SYNC_BYTES} bytes is imported while the
 * client waits; a larger one becomes a background job, one at a time in arrival order, whose state is kept in the
 * {@code import_job} table: updated at each state change and every two seconds while it runs, kept after it ends,
 * and marked FAILED on the next start when the server stopped in the middle. A background import writes in chunks
 * ({@link ImportService#runInChunks}); when it fails or is cut short, what it had written is removed
 * ({@link ImportCleanup}): right away, or, after a stop, by this executor at the next start before any new import.
 * The spooled file is deleted when its import ends.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    /** Files up to this size are imported while the client waits (200); larger ones in the background (202). */
    static final long SYNC_BYTES = 1024 * 1024;

    @Inject
    ImportService imports;

    @Inject
    ImportCleanup cleanup;

    @Inject
    TrackerConfig config;

    @Inject
    ObjectMapper mapper;


    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tracker-import");
        t.setDaemon(true);
        return t;
    });

    /** Jobs of this run, by id: their live progress. */
    private final Map<String, Live> live = new ConcurrentHashMap<>();

    /** A spooled upload. */
    public record Upload(Path file, long bytes) {
        public boolean small() {
            return bytes <= SYNC_BYTES;
        }
    }

    /**
     * A job whose rows are to be removed at a start, once nothing has moved it on for
     * {@code tracker.import.stale-after} (it may be running on another instance sharing the database, whose progress
     * would show in its row).
     */
    private record Cut(String id, Instant lastSeen, Instant markedAt) {
    }

    void onStart(@Observes StartupEvent ev) {
        Instant now = Instant.now();
        List<Cut> unfinished = new java.util.ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            List<ImportJob> cut = ImportJob.list("state in ?1", List.of(State.CHECKING.name(), State.WRITING.name()));
            for (ImportJob j : cut) {
                j.state = State.FAILED.name();
                j.errors = json(List.of(new ImportError(0, "body", j.cleanup
                        ? "the server stopped during this import; what it had written is removed: import the file again"
                        : "the server stopped during this import; nothing of it was written: import the file again")));
                j.errorCount = 1;
                if (j.cleanup) {
                    unfinished.add(new Cut(j.id, j.updatedAt, now));
                }
                j.updatedAt = now;
            }
            ImportJob.<ImportJob>list("cleanup = true and state = ?1", State.FAILED.name()).stream()
                    .filter(j -> unfinished.stream().noneMatch(c -> c.id().equals(j.id)))
                    .forEach(j -> unfinished.add(new Cut(j.id, j.updatedAt, j.updatedAt)));
        });
        for (Cut c : unfinished) {
            executor.submit(() -> removeCut(c));
        }
        try (var files = Files.list(dir())) {
            files.filter(f -> f.getFileName().toString().endsWith(".upload")).forEach(ImportJobs::delete);
        } catch (IOException e) {
            // no folder yet
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Path dir() {
        return Path.of(config.dataDir(), "imports");
    }

    /** Copies an upload to a file of its own; a 413 when it is larger than {@code tracker.import.max-body-size}. */
    public Upload spool(InputStream in) {
        try {
            Files.createDirectories(dir());
            Path file = dir().resolve(UUID.randomUUID() + ".upload");
            long limit = config.imports().maxBodySize().asLongValue();
            long n = 0;
            byte[] buf = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
                    n += r;
                    if (n > limit) {
                        out.close();
                        delete(file);
                        throw new ApiException(413, "Content too large", "an import file may have at most " + limit
                                + " bytes", List.of(), null);
                    }
                    out.write(buf, 0, r);
                }
            }
            return new Upload(file, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a small file now; the file is deleted afterwards. */
    public ImportService.Outcome runNow(Upload upload, ImportService.Format format, Charset charset) {
        try {
            return imports.run(imports.file(upload.file(), format, charset), ImportService.Progress.NONE);
        } catch (ImportService.Refused r) {
            return new ImportService.Outcome(null, List.of(r.error), 1, 0);
        } finally {
            delete(upload.file());
        }
    }

    /** Starts a background import; answers its status. */
    public ImportStatus submit(Upload upload, ImportService.Format format, Charset charset, String user) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID().toString();
        job.state = State.CHECKING.name();
        job.format = format.name();
        job.createdBy = user;
        job.createdAt = Instant.now();
        job.updatedAt = job.createdAt;
        QuarkusTransaction.requiringNew().run(job::persist);
        Live l = new Live(job.id);
        live.put(job.id, l);
        executor.submit(() -> execute(l, upload, format, charset, user));
        return status(job.id);
    }

    private void execute(Live l, Upload upload, ImportService.Format format, Charset charset, String user) {
        ImportService.Outcome outcome;
        try {
            outcome = imports.runInChunks(imports.file(upload.file(), format, charset), l,
                    new ImportService.Job(l.id, user));
        } catch (ImportService.Refused r) {
            outcome = new ImportService.Outcome(null, List.of(r.error), 1, l.lines);
        } catch (RuntimeException e) {
            LOG.error("import " + l.id + " failed", e);
            outcome = new ImportService.Outcome(null, List.of(new ImportError(0, "body",
                    "the import failed: " + e.getMessage())), 1, l.lines);
        } finally {
            delete(upload.file());
        }
        ImportService.Outcome o = outcome;
        State end = o.refused() ? State.FAILED : State.DONE;
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(l.id);
            job.state = end.name();
            job.lines = o.records();
            job.processed = l.processed;
            job.counts = o.refused() ? null : json(o.counts());
            job.errors = o.refused() ? json(o.errors()) : null;
            job.errorCount = o.errorCount();
            job.updatedAt = Instant.now();
        });
        live.remove(l.id);
        if (o.refused()) {
            removeRows(l.id);
        }
    }

    private void removeCut(Cut c) {
        try {
            long wait = c.lastSeen().plus(config.imports().staleAfter()).toEpochMilli() - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        boolean moved = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(c.id());
            return job == null || job.updatedAt.isAfter(c.markedAt().plusSeconds(1));
        });
        if (moved) {
            LOG.warnf("import %s moved on after this start (another instance runs it): its rows are left to it", c.id());
            return;
        }
        removeRows(c.id());
    }

    /** Removes what a job that did not finish had written, when it may have written anything. */
    private void removeRows(String id) {
        try {
            boolean pending = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob job = ImportJob.findById(id);
                return job != null && job.cleanup;
            });
            if (pending) {
                cleanup.remove(id);
            }
        } catch (RuntimeException e) {
            LOG.error("import " + id + ": removing what it had written failed (the next start tries again)", e);
        }
    }

    /** The status of an import; a 404 when there is none with this id. */
    public ImportStatus status(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(id);
            if (job == null) {
                throw ApiException.notFound("import " + id);
            }
            Live l = live.get(id);
            State stored = State.valueOf(job.state);
            boolean ended = stored == State.DONE || stored == State.FAILED;
            State state = l != null && !ended ? l.state : stored;
            long lines = l != null ? Math.max(l.lines, job.lines) : job.lines;
            long processed = l != null ? Math.max(l.processed, job.processed) : job.processed;
            ImportCounts counts = job.counts == null ? null : mapper.readValue(job.counts, ImportCounts.class);
            List<ImportError> errors = job.errors == null ? List.of()
                    : mapper.readValue(job.errors, new TypeReference<List<ImportError>>() {
                    });
            return new ImportStatus(job.id, state, job.format, lines, processed,
                    counts == null ? null : counts.created(), counts == null ? null : counts.updated(),
                    counts == null ? null : counts.unchanged(), errors, job.errorCount, job.createdAt, job.updatedAt);
        });
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("could not delete %s: %s", file, e.getMessage());
        }
    }

    /** The progress of a running job, saved to its row at each state change and every two seconds. */
    private final class Live implements ImportService.Progress {
        final String id;
        volatile State state = State.CHECKING;
        volatile long lines;
        volatile long processed;
        private long savedAt;

        Live(String id) {
            this.id = id;
        }

        @Override
        public void checking() {
            state = State.CHECKING;
            save(true);
        }

        @Override
        public void checked(long records) {
            lines = records;
            save(false);
        }

        @Override
        public void writing(long records) {
            lines = records;
            state = State.WRITING;
            save(true);
        }

        @Override
        public void processed(long records) {
            processed = records;
            save(false);
        }

        private void save(boolean now) {
            long t = System.nanoTime();
            if (!now && t - savedAt < TimeUnit.SECONDS.toNanos(2)) {
                return;
            }
            savedAt = t;
            State s = state;
            long ln = lines;
            long p = processed;
            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob job = ImportJob.findById(id);
                if (job != null) {
                    job.state = s.name();
                    job.lines = ln;
                    job.processed = p;
                    job.updatedAt = Instant.now();
                }
            });
        }
    }
}
