package org.personneltracker.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.LogCapture;
import org.personneltracker.support.Pages;

/** Issue 10, item 9: one line per security event in tracker.security, never a secret. */
@QuarkusTest
class SecurityLogTest {

    private final LogCapture log = new LogCapture("tracker.security", r -> true);

    @BeforeEach
    void listen() {
        log.attach();
    }

    @AfterEach
    void stop() {
        log.detach();
    }

    private String line(String event, String mentioning) {
        List<String> lines = log.messages();
        return lines.stream().filter(l -> l.startsWith(event + " ") && l.contains(mentioning)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + event + "' line about " + mentioning + " in " + lines));
    }

    @Test
    void signInsThrottlingRefusalsAndChangesAreLoggedWithoutSecrets() {
        String editor = createUser("editor");
        line("user.created", editor);
        String wrong = "wrong-password-" + System.nanoTime();
        given().auth().preemptive().basic(editor, wrong).header("X-Forwarded-For", "198.51.100.77")
                .get("/api/account").then().statusCode(401);
        assertTrue(line("sign-in.failed", editor).contains("from=\"198.51.100.77\""));
        line("http.401", "/api/account");
        Pages.signedIn(editor, USER_PASSWORD);
        assertTrue(line("sign-in.ok", editor).contains("via=\"form\""));
        as(editor).delete("/api/companies/anything").then().statusCode(403);
        line("http.403", editor);
        String token = as(editor).body(Map.of("name", "logged token")).post("/api/tokens").then().statusCode(201)
                .extract().path("token");
        int id = as(editor).get("/api/tokens").then().extract().path("find { it.name == 'logged token' }.id");
        line("token.created", "logged token");
        as(editor).delete("/api/tokens/" + id).then().statusCode(204);
        line("token.revoked", "logged token");
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(editor, wrong).header("X-Forwarded-For", "198.51.100.78")
                    .get("/api/account");
        }
        line("sign-in.throttle-started", editor);
        given().auth().preemptive().basic(editor, USER_PASSWORD).header("X-Forwarded-For", "198.51.100.78")
                .get("/api/account").then().statusCode(429);
        line("sign-in.throttled", editor);
        for (String l : log.messages()) {
            assertFalse(l.contains(wrong) || l.contains(USER_PASSWORD) || l.contains(token) || l.contains(ADMIN_PASSWORD),
                    "a secret in the log: " + l);
            assertEquals(1, l.lines().count(), "one line: " + l);
        }
    }

    @Test
    void aNameCannotForgeALine() {
        String line = SecurityLog.line("sign-in.failed", "user", "eve\"\nsign-in.ok user=\"admin", "from", null);
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains("\\u000a"), line);
        assertTrue(line.contains("from=-"), line);
    }
}
