package org.personneltracker.common;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Why: H2 writes each change as a new copy of the pages it touches and reuses the old space only later, so a large
 * import leaves the file many times the size of its data (about 1.5-2 GB for 100,000 events whose data takes ~60 MB).
 * Only an offline rewrite ({@code SHUTDOWN COMPACT}) gives the space back. When a large import wrote since the start
 * (or always, by {@code tracker.h2.compact-on-shutdown}), the app ends with that rewrite as it stops: the stop takes
 * as long as the rewrite (tens of seconds per GB of file; see the README), and the next start reads a small file.
 * H2 moves its chunks within the file and truncates it at the end (its store is copy-on-write, so a stop killed
 * during it should leave a file that opens as after any crash, only less compact; not tested here). A JDBC URL
 * without {@code DB_CLOSE_ON_EXIT=FALSE} lets H2's own shutdown hook close the database first: nothing is compacted
 * then (a warning says so).
 */
@ApplicationScoped
public class H2Compaction {

    private static final Logger LOG = Logger.getLogger(H2Compaction.class);

    /** When to compact on shutdown. */
    public enum When {
        AFTER_IMPORT, ALWAYS, NEVER
    }

    @Inject
    DataSource dataSource;

    @Inject
    TrackerConfig config;

    private volatile boolean bulkWrite;

    /** A large import is writing: the file grows well beyond its data. */
    public void bulkWriteStarted() {
        bulkWrite = true;
    }

    /** Whether this stop will compact the file. */
    public boolean due() {
        return switch (config.h2CompactOnShutdown()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AFTER_IMPORT -> bulkWrite;
        };
    }

    /** Last of the stop's observers (the import jobs have stopped): nothing uses the database afterwards. */
    void onStop(@Observes @Priority(Integer.MAX_VALUE - 100) ShutdownEvent ev) {
        if (!due()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            compact(c);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not compact the H2 file (it stays as it was): " + e.getMessage());
        }
    }

    /** Closes the H2 file database of {@code c} with a compacting rewrite; false when it is not an H2 file. */
    static boolean compact(Connection c) throws SQLException {
        Path file = file(c.getMetaData().getURL());
        if (file == null) {
            return false;
        }
        long before = size(file);
        long start = System.nanoTime();
        LOG.infof("compacting the H2 file %s (%d MB) before stopping", file, before >> 20);
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        LOG.infof("H2 file compacted: %d MB -> %d MB in %.1f s", before >> 20, size(file) >> 20,
                (System.nanoTime() - start) / 1e9);
        return true;
    }

    /** The {@code .mv.db} file of an H2 file database's URL, else null (PostgreSQL, in memory, a server). */
    static Path file(String url) {
        Path base = DataFolder.h2File(url);
        return base == null ? null : base.resolveSibling(base.getFileName() + ".mv.db");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
