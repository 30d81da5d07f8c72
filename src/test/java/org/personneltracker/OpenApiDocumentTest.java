package org.personneltracker;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.OpenApiValidation;

/**
 * The hand-kept OpenAPI document (META-INF/openapi.yaml, served at /q/openapi) and the JAX-RS resources describe the
 * same operations; each operation has an id, a summary and its write statuses; request bodies are closed. Every
 * response of the API tests is validated against the document by {@link OpenApiValidation}.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @TestHTTPResource("/")
    URI base;

    private JsonNode doc() {
        return OpenApiValidation.document(base);
    }

    @Test
    void everyResourceMethodIsDocumentedAndNothingElse() {
        Set<String> code = new TreeSet<>();
        for (InstanceHandle<Object> h : Arc.container().listAll(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = h.getBean().getBeanClass();
            Path p = type.getAnnotation(Path.class);
            if (p == null || !(p.value().startsWith("/api") || p.value().startsWith("/feeds"))) {
                continue;
            }
            for (Method m : type.getMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    HttpMethod hm = a.annotationType().getAnnotation(HttpMethod.class);
                    if (hm != null) {
                        Path sub = m.getAnnotation(Path.class);
                        String path = (p.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                                .replaceAll("\\{(\\w+)}", "{$1}");
                        code.add(hm.value() + " " + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path));
                    }
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc().get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            e.getValue().fieldNames().forEachRemaining(f -> {
                if (Set.of("get", "put", "post", "delete", "patch").contains(f)) {
                    documented.add(f.toUpperCase() + " " + e.getKey());
                }
            });
        }
        // GET /api/events is two methods in the code (JSON and CSV) and one operation in the document
        assertEquals(code, documented);
    }

    @Test
    void operationsHaveIdsSummariesAndTheirWriteStatuses() {
        List<String> missing = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc().get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = e.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                String name = op.getKey() + " " + e.getKey();
                JsonNode o = op.getValue();
                if (!o.hasNonNull("operationId") || !ids.add(o.get("operationId").asText())) {
                    missing.add(name + ": a unique operationId");
                }
                if (!o.hasNonNull("summary")) {
                    missing.add(name + ": a summary");
                }
                JsonNode responses = o.get("responses");
                if (op.getKey().equals("delete") && !responses.has("204")) {
                    missing.add(name + ": 204");
                }
                if (op.getKey().equals("post") && !e.getKey().equals("/api/ingest/article")
                        && !e.getKey().equals("/api/import") && !e.getKey().endsWith("/merge")
                        && !e.getKey().endsWith("/retraction") && !responses.has("201")) {
                    missing.add(name + ": 201");
                }
            }
        }
        assertEquals(List.of(), missing);
        List<String> open = new ArrayList<>();
        doc().get("components").get("schemas").fields().forEachRemaining(s -> {
            if (s.getKey().endsWith("Request") || s.getKey().equals("SourceInput") || s.getKey().equals("RoleInput")) {
                if (!s.getValue().path("additionalProperties").isBoolean()
                        || s.getValue().get("additionalProperties").asBoolean()) {
                    open.add(s.getKey());
                }
            }
        });
        assertEquals(List.of(), open, "request schemas are closed, as the server refuses unknown properties");
    }

    @Test
    void responsesAreCheckedAndAMismatchIsCaught() {
        long before = OpenApiValidation.CHECKED.get();
        var r = given().get("/api/companies?limit=1");
        assertTrue(OpenApiValidation.CHECKED.get() > before, "the validation filter is on");
        assertEquals(List.of(), OpenApiValidation.check(base.resolve("/api/companies"), "GET", r));
        assertFalse(OpenApiValidation.check(base.resolve("/api/companies"), "DELETE", r).isEmpty(),
                "a 200 with a body is not what DELETE documents");
        assertFalse(OpenApiValidation.check(base.resolve("/api/people/x"), "GET", r).isEmpty(),
                "a list is not a person");
    }

    @Test
    void aWrongMethodIsA405NamingTheAllowedOnes() {
        given().patch("/api/companies").then().statusCode(405)
                .header("Allow", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("GET"),
                        org.hamcrest.Matchers.containsString("POST")));
        given().put("/api/events").then().statusCode(405).header("Allow", org.hamcrest.Matchers.notNullValue());
    }
}
