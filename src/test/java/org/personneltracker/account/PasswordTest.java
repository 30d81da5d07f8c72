package org.personneltracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.Pages;

/** Issue 10, item 7: password rules, changing one's own password, an admin's reset, user names ignoring case. */
@QuarkusTest
class PasswordTest {

    private static String newUser(String password) {
        return admin().body(Map.of("username", unique("pw").replace(' ', '-'), "password", password, "role", "viewer"))
                .post("/api/users").then().extract().path("username");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWithAClearMessage() {
        String username = unique("long").replace(' ', '-');
        admin().body(Map.of("username", username, "password", "x7Kq".repeat(18) + "z", "role", "viewer"))
                .post("/api/users").then().spec(badRequest("password")).body("detail", containsString("72 bytes"));
        // 37 accented letters are 74 bytes
        admin().body(Map.of("username", username, "password", "éàü".repeat(12) + "ñ", "role", "viewer"))
                .post("/api/users").then().spec(badRequest("password"));
        String exactly72 = "x7Kq".repeat(18);
        admin().body(Map.of("username", username, "password", exactly72, "role", "viewer")).post("/api/users")
                .then().statusCode(201);
        given().auth().preemptive().basic(username, exactly72).get("/api/account").then().statusCode(200);
    }

    @Test
    void commonPasswordsAreRefused() {
        for (String common : new String[] {"password123", "qwertyuiop", "1234567890", "Basketball2024!",
                "iloveyou12345", "SUNSHINE!!!!"}) {
            admin().body(Map.of("username", unique("common").replace(' ', '-'), "password", common, "role", "viewer"))
                    .post("/api/users").then().spec(badRequest("password")).body("detail", containsString("common"));
        }
        String name = unique("named").replace(' ', '-');
        admin().body(Map.of("username", name, "password", "my " + name + " secret", "role", "viewer"))
                .post("/api/users").then().spec(badRequest("password"));
        assertNotNull(newUser("correct horse battery staple"));
    }

    @Test
    void userNamesAreUniqueIgnoringCaseAndSignInIgnoresCase() {
        String name = unique("Casey").replace(' ', '-');
        admin().body(Map.of("username", name, "password", USER_PASSWORD, "role", "viewer")).post("/api/users")
                .then().statusCode(201);
        admin().body(Map.of("username", name.toUpperCase(), "password", USER_PASSWORD, "role", "admin"))
                .post("/api/users").then().spec(problem(409));
        admin().body(Map.of("username", "ADMIN", "password", USER_PASSWORD, "role", "admin")).post("/api/users")
                .then().spec(problem(409));
        given().auth().preemptive().basic(name.toLowerCase(), USER_PASSWORD).get("/api/account").then()
                .statusCode(200).body("username", is(name));
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        String user = createUser("editor");
        as(user).body(Map.of("currentPassword", "not it at all", "newPassword", "a completely new passphrase"))
                .put("/api/account/password").then().spec(badRequest("currentPassword"));
        as(user).body(Map.of("currentPassword", USER_PASSWORD, "newPassword", "password1"))
                .put("/api/account/password").then().spec(badRequest("newPassword"));
        as(user).body(Map.of("currentPassword", USER_PASSWORD, "newPassword", "a completely new passphrase"))
                .put("/api/account/password").then().statusCode(204);
        as(user).get("/api/account").then().statusCode(401);
        given().auth().preemptive().basic(user, "a completely new passphrase").get("/api/account").then()
                .statusCode(200);
    }

    @Test
    void thePasswordPageShowsWhatIsWrongAndChangesIt() {
        String user = createUser("viewer");
        Pages p = Pages.signedIn(user, USER_PASSWORD);
        String page = p.request().get("/account/password").then().statusCode(200).header("Cache-Control", "no-store")
                .extract().asString();
        assertTrue(page.contains("autocomplete=\"new-password\""));
        String refused = p.form().formParam("currentPassword", USER_PASSWORD).formParam("newPassword", "qwertyuiop")
                .formParam("repeatPassword", "qwertyuiop").post("/account/password").then().statusCode(400).extract()
                .asString();
        assertTrue(refused.contains("most common passwords"), refused);
        String differ = p.form().formParam("currentPassword", USER_PASSWORD).formParam("newPassword", "one good phrase")
                .formParam("repeatPassword", "another phrase").post("/account/password").then().statusCode(400)
                .extract().asString();
        assertTrue(differ.contains("differ"));
        p.form().formParam("currentPassword", USER_PASSWORD).formParam("newPassword", "one good phrase")
                .formParam("repeatPassword", "one good phrase").post("/account/password").then().statusCode(303);
        Pages.signedIn(user, "one good phrase");
    }

    @Test
    void onlyAnAdminResetsAnotherUsersPassword() {
        String editor = createUser("editor");
        String victim = createUser("viewer");
        as(editor).body(Map.of("password", "taken over by editor")).put("/api/users/" + victim + "/password").then()
                .spec(problem(403));
        admin().body(Map.of("password", "short")).put("/api/users/" + victim + "/password").then()
                .spec(badRequest("password"));
        admin().body(Map.of("password", "reset by the admin")).put("/api/users/nobody-such-user/password").then()
                .spec(problem(404));
        admin().body(Map.of("password", "reset by the admin")).put("/api/users/" + victim + "/password").then()
                .statusCode(204);
        given().auth().preemptive().basic(victim, "reset by the admin").get("/api/account").then().statusCode(200);
    }
}
