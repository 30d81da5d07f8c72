package org.personneltracker.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders and authenticated request specs shared by the API tests. */
public final class Api {

    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final AtomicInteger SEQ = new AtomicInteger();

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {
    }

    /** A name no other test uses, so tests never depend on each other's data. */
    public static String unique(String base) {
        return base + " " + Long.toString(System.nanoTime(), 36) + SEQ.incrementAndGet();
    }

    /**
     * A name no other test uses, made of letters only ("Quinn Marzqtbe"): the article reader, like a reader,
     * does not take a word with digits in it for a name.
     */
    public static String uniqueName(String first, String surnameStart) {
        StringBuilder surname = new StringBuilder(surnameStart);
        for (char c : (Long.toString(System.nanoTime(), 26) + Integer.toString(SEQ.incrementAndGet(), 26)).toCharArray()) {
            surname.append((char) ('a' + Character.digit(c, 26)));
        }
        return first + " " + surname;
    }

    public static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /** A valid departure body; tweak the map before posting. */
    public static Map<String, Object> departure(String person, String company) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "DEPARTURE");
        body.put("date", "2026-02-09");
        body.put("person", Map.of("name", person));
        body.put("company", Map.of("name", company));
        body.put("role", new LinkedHashMap<>(Map.of("title", "Lead, Safety Research", "team", "Safety Research",
                "category", "SAFETY", "seniority", "HEAD")));
        body.put("circumstance", "RESIGNED");
        body.put("summary", "Announced the resignation in a post.");
        List<Object> sources = new ArrayList<>();
        sources.add(new LinkedHashMap<>(Map.of("url", "https://example.com/news/" + Long.toString(System.nanoTime(), 36)
                + "?utm_source=x", "title", "A report", "publisher", "Example News", "tier", "TRADE",
                "quote", "I resigned.")));
        body.put("sources", sources);
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }
}
