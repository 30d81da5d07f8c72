package org.personneltracker.account;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V5 makes user names unique ignoring case; an installation that already holds "ADMIN" beside "admin" migrates without
 * failing, the later one keeping its account under a key of its own.
 */
class UsernameMigrationTest {

    @Test
    void existingCaseDuplicatesMigrateAndNewOnesAreRefused() throws Exception {
        String url = "jdbc:h2:mem:username-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO app_user (username, password_hash, roles, created_at) VALUES"
                    + " ('admin', 'h', 'admin', CURRENT_TIMESTAMP), ('ADMIN', 'h', 'admin', CURRENT_TIMESTAMP)");
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            List<String> keys = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT username_key FROM app_user ORDER BY id")) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
            assertEquals("admin", keys.get(0));
            assertTrue(keys.get(1).startsWith("admin#"), keys.toString());
            assertThrows(java.sql.SQLException.class, () -> s.execute("INSERT INTO app_user (username, username_key,"
                    + " password_hash, roles, created_at) VALUES ('Admin', 'admin', 'h', 'admin', CURRENT_TIMESTAMP)"));
        }
    }
}
