package org.personneltracker.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.personneltracker.support.Api.admin;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders for records the API tests create for themselves, and the problem+json expectations. */
public final class Fixtures {

    public static final String USER_PASSWORD = "a-long-enough-password";

    /** A Basic challenge (auth schemes are case-insensitive, RFC 9110 11.1). */
    public static final org.hamcrest.Matcher<String> BASIC_CHALLENGE = matchesPattern("(?i)basic(\\s.*)?");

    private Fixtures() {
    }

    // ---------------------------------------------------------------- records

    /** Creates a company named {@code name} as admin and answers its slug. */
    public static String createCompany(String name, String... aliases) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("aliases", Arrays.asList(aliases));
        return admin().body(body).post("/api/companies").then().statusCode(201).extract().path("slug");
    }

    /** Creates a person named {@code name} as admin and answers the slug. */
    public static String createPerson(String name, String... aliases) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("aliases", Arrays.asList(aliases));
        return admin().body(body).post("/api/people").then().statusCode(201).extract().path("slug");
    }

    /** A valid personnel event body referring to existing records by slug, with its own unique source. */
    public static Map<String, Object> event(String type, String date, String personSlug, String companySlug,
            String title, String category) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("date", date);
        body.put("person", personSlug);
        body.put("company", companySlug);
        body.put("role", new LinkedHashMap<>(Map.of("title", title, "category", category, "seniority", "SENIOR_IC")));
        List<Object> sources = new ArrayList<>();
        sources.add(new LinkedHashMap<>(Map.of("url", uniqueUrl(), "title", "A report", "publisher", "Example News")));
        body.put("sources", sources);
        return body;
    }

    /** Posts an event body as admin and answers the stored event's id. */
    public static int postEvent(Map<String, Object> body) {
        return admin().body(body).post("/api/events").then().statusCode(201).extract().path("id");
    }

    /** A context event body of the company, cited by a fresh source. */
    public static Map<String, Object> contextEvent(String companySlug, String type, String title, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("company", companySlug);
        body.put("type", type);
        body.put("title", title);
        body.put("date", date);
        body.put("sources", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("url", uniqueUrl(),
                "publisher", "Example Wire", "tier", "MAJOR", "quote", "As reported.")))));
        return body;
    }

    /** Posts a context event body as admin and answers the stored context event's key. */
    public static String postContextEvent(Map<String, Object> body) {
        return admin().body(body).post("/api/context-events").then().statusCode(201).extract().path("key");
    }

    /** A fresh article address no other test cites. */
    public static String uniqueUrl() {
        return "https://news.example.org/a/" + Api.unique("story").replace(' ', '-');
    }

    // ---------------------------------------------------------------- users

    /** Creates a user with the given role ({@code editor}, {@code viewer}, {@code admin}) and answers the name. */
    public static String createUser(String role) {
        String username = Api.unique(role).replace(' ', '-');
        admin().body(Map.of("username", username, "password", USER_PASSWORD, "role", role))
                .post("/api/users").then().statusCode(201).body("username", is(username)).body("role", is(role));
        return username;
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, USER_PASSWORD).contentType(ContentType.JSON);
    }

    // ---------------------------------------------------------------- problems

    /** An RFC 9457 problem+json answer with the given status. */
    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType("application/problem+json")
                .expectBody("type", not(emptyOrNullString()))
                .expectBody("title", not(emptyOrNullString()))
                .expectBody("status", is(status))
                .expectBody("detail", not(emptyOrNullString()))
                .build();
    }

    /** A 400 problem whose violations name {@code field}. */
    public static ResponseSpecification badRequest(String field) {
        return new ResponseSpecBuilder()
                .addResponseSpecification(problem(400))
                .expectBody("violations.field", hasItem(field))
                .expectBody("violations.message", everyItem(not(emptyOrNullString())))
                .build();
    }
}
