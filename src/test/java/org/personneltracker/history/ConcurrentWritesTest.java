package org.personneltracker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost: parallel clients edit the same records (PUT with the version they read) and race to create records
 * with the same key or slug. Every write is applied (2xx) or refused with a 409, never a 5xx, and what is stored is
 * exactly what was acknowledged: the version counts the acknowledged PUTs, the stored body is the last one
 * acknowledged, and the history holds a revision for each.
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();

    /** One answer: its status and body. */
    record Answer(int status, JsonNode body) {
    }

    private Answer send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
    }

    /** Runs the tasks together (all released at once) and answers their results in order. */
    private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> t : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return t.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void onlyAppliedOrConflict(List<Answer> answers, int applied) {
        for (Answer a : answers) {
            assertTrue(a.status() == applied || a.status() == 409, "applied or 409, never " + a.status() + ": "
                    + a.body());
        }
    }

    @Test
    void parallelEditsOfOneEventAreEachAppliedOrRefusedAndTheStoredEventIsTheLastAcknowledged() throws Exception {
        int id = postEvent(event("HIRE", "2025-05", createPerson(unique("Race Person")),
                createCompany(unique("Race Labs")), "Engineer", "ENGINEERING"));
        String path = "/api/events/" + id;
        int rounds = 6;
        List<Callable<List<Answer>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(() -> {
                List<Answer> mine = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    ObjectNode body = (ObjectNode) send("GET", path, null).body();
                    body.put("summary", "client " + client + " round " + r);
                    ((ObjectNode) body.get("role")).put("title", "Title " + client + "-" + r);
                    mine.add(send("PUT", path, body));
                }
                return mine;
            });
        }
        List<Answer> answers = together(clients).stream().flatMap(List::stream).toList();
        onlyAppliedOrConflict(answers, 200);
        List<Answer> acknowledged = answers.stream().filter(a -> a.status() == 200).toList();
        assertTrue(acknowledged.size() >= rounds, "some edits went through: " + acknowledged.size());

        JsonPath stored = anonymous().get(path).then().statusCode(200).extract().jsonPath();
        assertEquals(acknowledged.size(), stored.getInt("version"), "one version per acknowledged edit, no other");
        Answer last = acknowledged.stream().max((a, b) -> Integer.compare(a.body().get("version").asInt(),
                b.body().get("version").asInt())).orElseThrow();
        assertEquals(last.body().get("summary").asText(), stored.getString("summary"));
        assertEquals(last.body().get("role").get("title").asText(), stored.getString("role.title"));
        Set<Integer> versions = new HashSet<>();
        acknowledged.forEach(a -> versions.add(a.body().get("version").asInt()));
        assertEquals(acknowledged.size(), versions.size(), "no two acknowledged edits made the same version");

        JsonPath history = anonymous().get(path + "/history").then().statusCode(200).extract().jsonPath();
        List<String> summaries = history.getList("changes.summary.to");
        assertEquals(acknowledged.size() + 1, history.getList("").size(), "a revision per acknowledged write");
        for (Answer a : acknowledged) {
            assertTrue(summaries.contains(a.body().get("summary").asText()), a.body().get("summary").asText());
        }
    }

    @Test
    void racingCreatesOfOneKeyStoreOneEventAndRefuseTheRest() throws Exception {
        String person = createPerson(unique("Key Race Person"));
        String company = createCompany(unique("Key Race Labs"));
        Map<String, Object> body = event("DEPARTURE", "2025-07-01", person, company, "Lead", "RESEARCH");
        String key = "race-" + System.nanoTime();
        body.put("key", key);
        List<Callable<Answer>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(() -> send("POST", "/api/events", body));
        }
        List<Answer> answers = together(clients);
        onlyAppliedOrConflict(answers, 201);
        assertEquals(1, answers.stream().filter(a -> a.status() == 201).count(), answers.toString());
        anonymous().queryParam("person", person).get("/api/events").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.is(1)).body("items[0].key", org.hamcrest.Matchers.is(key));
    }

    @Test
    void racingCreatesOfOneSlugStoreOneCompanyAndNamesCreateOnePersonEach() throws Exception {
        String name = unique("Slug Race Labs");
        String slug = "slug-race-" + System.nanoTime();
        List<Callable<Answer>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(() -> send("POST", "/api/companies", Map.of("name", name, "slug", slug)));
        }
        List<Answer> answers = together(clients);
        onlyAppliedOrConflict(answers, 201);
        assertEquals(1, answers.stream().filter(a -> a.status() == 201).count(), answers.toString());
        anonymous().queryParam("q", name).get("/api/companies").then().body("total", org.hamcrest.Matchers.is(1));

        // events naming a new person at the same moment: each is stored or refused, and all stored name one person
        String personName = unique("Named Race Person");
        String company = createCompany(unique("Named Race Labs"));
        List<Callable<Answer>> loggers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Map<String, Object> e = event("HIRE", "2025-08", "unused", company, "Engineer", "ENGINEERING");
            e.put("person", Map.of("name", personName));
            e.put("key", "named-race-" + System.nanoTime() + "-" + c);
            loggers.add(() -> send("POST", "/api/events", e));
        }
        List<Answer> logged = together(loggers);
        onlyAppliedOrConflict(logged, 201);
        long stored = logged.stream().filter(a -> a.status() == 201).count();
        assertTrue(stored >= 1, logged.toString());
        List<String> slugs = anonymous().queryParam("q", personName).get("/api/people").then().extract()
                .path("items.slug");
        assertEquals(1, slugs.size(), "one person, however many events named them at once: " + slugs);
        anonymous().queryParam("person", slugs.get(0)).get("/api/events").then()
                .body("total", org.hamcrest.Matchers.is((int) stored));
        assertEquals(Collections.nCopies((int) stored, slugs.get(0)), logged.stream().filter(a -> a.status() == 201)
                .map(a -> a.body().get("person").get("slug").asText()).toList());
    }
}
