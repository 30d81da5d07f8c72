package org.personneltracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthApiTest {

    @Test
    void anAdminCreatesEditorsAndViewers() {
        String editor = createUser("editor");
        String viewer = createUser("viewer");
        admin().get("/api/users").then().statusCode(200)
                .body("find { it.username == '" + editor + "' }.role", is("editor"))
                .body("find { it.username == '" + viewer + "' }.role", is("viewer"))
                .body("password", everyItem(nullValue()));
    }

    @Test
    void userManagementIsForAdminsOnly() {
        String editor = createUser("editor");
        as(editor).body(Map.of("username", "sneaky-user", "password", USER_PASSWORD, "role", "admin"))
                .post("/api/users").then().spec(problem(403));
        as(editor).get("/api/users").then().spec(problem(403));
        anonymous().get("/api/users").then().spec(problem(401)).header("WWW-Authenticate", BASIC_CHALLENGE);
    }

    @Test
    void badUserBodiesAre400sAndADuplicateIsA409() {
        admin().body(Map.of("username", "x", "password", USER_PASSWORD, "role", "editor")).post("/api/users")
                .then().spec(badRequest("username"));
        admin().body(Map.of("username", "short-password-user", "password", "short", "role", "editor"))
                .post("/api/users").then().spec(badRequest("password"));
        admin().body(Map.of("username", "bad-role-user", "password", USER_PASSWORD, "role", "owner"))
                .post("/api/users").then().spec(badRequest("role"));
        String editor = createUser("editor");
        admin().body(Map.of("username", editor, "password", USER_PASSWORD, "role", "editor")).post("/api/users")
                .then().spec(problem(409));
    }

    @Test
    void anEditorMayWriteButNotDelete() {
        String editor = createUser("editor");
        String slug = as(editor).body(Map.of("name", unique("Editor Made AI"))).post("/api/companies")
                .then().statusCode(201).extract().path("slug");
        as(editor).delete("/api/companies/" + slug).then().spec(problem(403));
        anonymous().get("/api/companies/" + slug).then().statusCode(200);
    }

    @Test
    void aViewerMayNotWrite() {
        String viewer = createUser("viewer");
        String name = unique("Viewer Made AI");
        as(viewer).body(Map.of("name", name)).post("/api/companies").then().spec(problem(403));
        as(viewer).body(departure(unique("Viewer Person"), unique("Viewer Co"))).post("/api/events")
                .then().spec(problem(403));
        anonymous().queryParam("q", name).get("/api/companies").then().body("total", is(0));
        as(viewer).get("/api/companies").then().statusCode(200);
    }

    @Test
    void aWrongPasswordIsA401() {
        String name = unique("Wrong Password AI");
        given().auth().preemptive().basic("admin", "not-the-password").contentType(ContentType.JSON)
                .redirects().follow(false)
                .body(Map.of("name", name)).post("/api/companies")
                .then().spec(problem(401)).header("WWW-Authenticate", BASIC_CHALLENGE);
        given().auth().preemptive().basic("nobody-" + name.hashCode(), "whatever-password")
                .contentType(ContentType.JSON).redirects().follow(false)
                .body(Map.of("name", name)).post("/api/companies")
                .then().spec(problem(401));
        anonymous().queryParam("q", name).get("/api/companies").then().body("total", is(0));
    }

    @Test
    void anAnonymousWriteIsA401ChallengeAndNeverARedirect() {
        String name = unique("Anonymous AI");
        anonymous().redirects().follow(false).body(Map.of("name", name)).post("/api/companies")
                .then().spec(problem(401))
                .header("WWW-Authenticate", BASIC_CHALLENGE)
                .header("Location", nullValue());
        anonymous().redirects().follow(false)
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").body(Map.of("name", name)).post("/api/companies")
                .then().statusCode(401).header("Location", nullValue());
        anonymous().redirects().follow(false).body(departure(unique("P"), unique("C"))).post("/api/events")
                .then().spec(problem(401));
        anonymous().queryParam("q", name).get("/api/companies").then().body("total", is(0));
    }

    @Test
    void readsArePublic() {
        String company = createCompany(unique("Public AI"));
        String person = createPerson(unique("Public Person"));
        for (String path : new String[] {"/api/companies", "/api/companies/" + company, "/api/people",
                "/api/people/" + person, "/api/events", "/api/context-events", "/api/sources",
                "/api/companies/" + company + "/timeline"}) {
            anonymous().get(path).then().statusCode(200);
        }
    }
}
