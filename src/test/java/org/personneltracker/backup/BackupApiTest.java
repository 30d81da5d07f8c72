package org.personneltracker.backup;

import static org.hamcrest.Matchers.containsString;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Who may make and read backups, and the answers that are not a backup. The backup itself and its restore run
 * against the packaged app on a file database ({@link BackupRestoreIT}); the tests here run on an in-memory one.
 */
@QuarkusTest
class BackupApiTest {

    @Test
    void onlyAdminsMakeOrReadBackups() {
        anonymous().post("/api/admin/backups").then().spec(problem(401)).header("WWW-Authenticate", BASIC_CHALLENGE);
        as(createUser("editor")).post("/api/admin/backups").then().spec(problem(403));
        as(createUser("viewer")).get("/api/admin/backups").then().spec(problem(403));
        anonymous().get("/api/admin/backups").then().spec(problem(401));
    }

    @Inject
    DataSource dataSource;

    @Test
    void anInMemoryDatabaseHasNothingToBackUpAndUnknownNamesAreNotFound() throws Exception {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            admin().post("/api/admin/backups").then().spec(problem(409)).body("detail", containsString("in-memory"));
        } else if (url.startsWith("jdbc:postgresql:")) {
            // the PostgreSQL suite: pg_dump makes the dump when it is installed, else the answer says how to
            int status = admin().post("/api/admin/backups").then().extract().statusCode();
            if (status == 201) {
                String name = admin().get("/api/admin/backups").then().statusCode(200).extract().path("[0].name");
                admin().get("/api/admin/backups/" + name).then().statusCode(200);
                Files.deleteIfExists(Path.of("data", "backups", name));
            } else {
                admin().post("/api/admin/backups").then().spec(problem(501)).body("detail", containsString("pg_dump"));
            }
        }
        admin().get("/api/admin/backups").then().statusCode(200);
        admin().get("/api/admin/backups/tracker-20260101-000000000.zip").then().spec(problem(404));
        admin().get("/api/admin/backups/..%2F..%2Fpom.xml").then().statusCode(404);
    }
}
