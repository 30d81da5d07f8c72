package org.personneltracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;
import org.jboss.logging.Logger;

/**
 * Gives back the space a bulk import left in an H2 file. H2 never overwrites a page in place: every commit writes
 * the changed pages anew, and with {@code WRITE_DELAY 0} (common/H2Durability: each commit stored before it is
 * answered) there is no background writer to move live pages out of old chunks, so a large import leaves a file
 * many times the size of its data (1.9 GB for 100,000 events, measured). After a bulk import, the store's chunks are
 * compacted online for at most {@link #BUDGET_MS} (H2's own compaction, which otherwise runs only on close), holding
 * H2's store lock meanwhile: other writes wait, reads go on. H2's retention time is restored afterwards. Nothing
 * happens on PostgreSQL or an in-memory H2.
 */
@ApplicationScoped
public class H2Compaction {

    private static final Logger LOG = Logger.getLogger(H2Compaction.class);

    static final int BUDGET_MS = 30_000;

    @Inject
    DataSource dataSource;

    /** Compacts the H2 file, if the database is one; answers the file's size before and after (bytes), or null. */
    public long[] compact() {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
                return null;
            }
            Store store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore();
            MVStore mv = store.getMvStore();
            long before = mv.getFileStore().size();
            int retention = mv.getRetentionTime();
            long t = System.nanoTime();
            try {
                store.compactFile(BUDGET_MS);
            } finally {
                mv.setRetentionTime(retention);
            }
            long after = mv.getFileStore().size();
            LOG.infof("compacted the H2 file after an import: %d MB -> %d MB in %d ms", before >> 20, after >> 20,
                    (System.nanoTime() - t) / 1_000_000);
            return new long[] {before, after};
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not compact the H2 file after an import: " + e.getMessage());
            return null;
        }
    }
}
