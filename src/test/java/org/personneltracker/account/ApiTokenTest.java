package org.personneltracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.Pages;
import org.personneltracker.support.TestClock;

/** Issue 8, API tokens, as API.md says: POST/GET/DELETE /api/tokens and Authorization: Bearer. */
@QuarkusTest
class ApiTokenTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void clock() {
        TestClock.install();
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static Response create(String user, Map<String, ?> body) {
        return as(user).body(body).post("/api/tokens");
    }

    @Test
    void aTokenIsShownOnceAndWorksLikeItsOwner() {
        String editor = createUser("editor");
        Response r = create(editor, Map.of("name", "nightly import"));
        r.then().statusCode(201).header("Location", endsWith("/api/tokens/" + r.path("id")))
                .body("name", is("nightly import")).body("role", is("editor")).body("expiresAt", nullValue())
                .body("lastUsedAt", nullValue()).body("createdAt", notNullValue())
                .body("token", matchesPattern("pt_[A-Za-z0-9_-]{43}"));
        String token = r.path("token");
        String name = unique("Token Made AI");
        bearer(token).body(Map.of("name", name)).post("/api/companies").then().statusCode(201);
        bearer(token).get("/api/account").then().body("username", is(editor)).body("role", is("editor"))
                .body("via", is("token"));
        as(editor).get("/api/tokens").then().statusCode(200).body("find { it.name == 'nightly import' }.token",
                nullValue()).body("find { it.name == 'nightly import' }.lastUsedAt", notNullValue());
        // only its SHA-256 is stored
        long plain = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(t) from ApiToken t where t.secretHash = :s", Long.class).setParameter("s", token)
                .getSingleResult());
        assertEquals(0, plain);
    }

    @Test
    void revokingATokenStopsItAtOnce() {
        String editor = createUser("editor");
        Response r = create(editor, Map.of("name", "to revoke"));
        String token = r.path("token");
        int id = r.path("id");
        bearer(token).get("/api/account").then().statusCode(200);
        as(editor).delete("/api/tokens/" + id).then().statusCode(204);
        bearer(token).get("/api/account").then().spec(problem(401));
        bearer(token).body(Map.of("name", unique("Revoked AI"))).post("/api/companies").then().spec(problem(401));
        as(editor).delete("/api/tokens/" + id).then().spec(problem(404));
        as(editor).get("/api/tokens").then().body("id", not(hasItem(id)));
    }

    @Test
    void anExpiredOrUnknownTokenIsA401() {
        String viewer = createUser("viewer");
        String expires = Instant.now().plus(Duration.ofDays(1)).toString();
        String token = create(viewer, Map.of("name", "short-lived", "expiresAt", expires)).then().statusCode(201)
                .body("expiresAt", notNullValue()).extract().path("token");
        bearer(token).get("/api/account").then().statusCode(200);
        TestClock.advance(Duration.ofDays(1).plusMinutes(1));
        bearer(token).get("/api/account").then().spec(problem(401)).body("detail", containsString("token"));
        bearer("pt_" + "A".repeat(43)).get("/api/account").then().spec(problem(401));
        bearer("not-a-token").get("/api/events").then().statusCode(401);
        create(viewer, Map.of("name", "in the past", "expiresAt", "2020-01-01")).then().spec(badRequest("expiresAt"));
        create(viewer, Map.of("name", "bad date", "expiresAt", "tomorrow")).then().spec(badRequest("expiresAt"));
    }

    @Test
    void aTokensRoleIsAtMostItsOwners() {
        String viewer = createUser("viewer");
        create(viewer, Map.of("name", "too strong", "role", "editor")).then().spec(problem(403));
        create(viewer, Map.of("name", "no such role", "role", "owner")).then().spec(badRequest("role"));
        String editor = createUser("editor");
        String token = create(editor, Map.of("name", "read only", "role", "viewer")).then().statusCode(201)
                .body("role", is("viewer")).extract().path("token");
        bearer(token).get("/api/events").then().statusCode(200);
        bearer(token).body(Map.of("name", unique("Viewer Token AI"))).post("/api/companies").then().spec(problem(403));
    }

    @Test
    void aTokenCannotMakeTokensAndOthersTokensAreNotFound() {
        String editor = createUser("editor");
        String token = create(editor, Map.of("name", "script")).path("token");
        bearer(token).body(Map.of("name", "successor")).post("/api/tokens").then().spec(problem(403));
        String other = createUser("editor");
        int id = create(other, Map.of("name", "theirs")).path("id");
        as(editor).delete("/api/tokens/" + id).then().spec(problem(404));
        as(editor).get("/api/tokens").then().body("name", not(hasItem("theirs")));
        // an admin sees and revokes everyone's
        admin().get("/api/tokens").then().body("find { it.id == " + id + " }.user", is(other));
        admin().delete("/api/tokens/" + id).then().statusCode(204);
        anonymous().body(Map.of("name", "anonymous")).post("/api/tokens").then().spec(problem(401));
        create(editor, Map.of("role", "viewer")).then().spec(badRequest("name"));
    }

    @Test
    void deletingAUserEndsTheirTokens() {
        String editor = createUser("editor");
        String token = create(editor, Map.of("name", "orphan")).path("token");
        admin().delete("/api/users/" + editor).then().statusCode(204);
        bearer(token).get("/api/account").then().statusCode(401);
    }

    @Test
    void theTokensPageCreatesShowsOnceAndRevokes() {
        String editor = createUser("editor");
        Pages p = Pages.signedIn(editor, USER_PASSWORD);
        String page = p.form().formParam("name", "from the page").formParam("role", "viewer")
                .formParam("expiresAt", "").post("/account/tokens").then().statusCode(200)
                .header("Cache-Control", is("no-store")).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("value=\"(pt_[A-Za-z0-9_-]{43})\"").matcher(page);
        assertTrue(m.find(), page);
        String token = m.group(1);
        bearer(token).get("/api/account").then().body("role", is("viewer"));
        String list = p.request().get("/account/tokens").then().statusCode(200).extract().asString();
        assertTrue(list.contains("from the page"));
        assertFalse(list.contains(token), "the secret is shown once");
        assertFalse(list.contains(">admin<"), "an editor is not offered the admin role");
        int id = as(editor).get("/api/tokens").then().extract().path("find { it.name == 'from the page' }.id");
        p.form().post("/account/tokens/" + id + "/revoke").then().statusCode(303)
                .header("Location", is("/account/tokens?revoked=1"));
        bearer(token).get("/api/account").then().statusCode(401);
        String refused = p.form().formParam("name", "").post("/account/tokens").then().statusCode(400).extract()
                .asString();
        assertTrue(refused.contains("a token needs a name"), refused);
    }

    @Test
    void anonymousVisitorsOfTheAccountPagesAreSentToLogin() {
        for (String path : List.of("/account/tokens", "/account/password")) {
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", startsWith("/login?next="));
        }
    }
}
