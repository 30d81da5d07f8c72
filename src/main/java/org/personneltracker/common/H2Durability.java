package org.personneltracker.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Why: H2's default {@code WRITE_DELAY} of 500 ms acknowledges a commit before its chunk is written to the file, so a
 * crash (kill -9, OOM kill, power cut of the JVM) loses up to the last half second of writes that were answered 201.
 * With a delay of 0, H2 writes the store at the end of every committing transaction, before the answer leaves.
 * The setting is stored in the database by H2, so it also holds for later opens, whatever JDBC URL a user gives.
 * (A power cut of the whole machine is the operating system's page cache's business: see the README.)
 */
@ApplicationScoped
public class H2Durability {

    private static final Logger LOG = Logger.getLogger(H2Durability.class);

    @Inject
    DataSource dataSource;

    void onStart(@Observes @Priority(1) StartupEvent ev) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET WRITE_DELAY 0");
            }
            LOG.debug("H2 writes every commit to its file before answering (WRITE_DELAY 0)");
        }
    }
}
