package org.personneltracker.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every response the tests receive from {@code /api} and {@code /feeds} is checked against the OpenAPI document the
 * server serves ({@code /q/openapi}, i.e. META-INF/openapi.yaml): the operation must be documented, the status
 * listed for it, the content type listed for that status, and a JSON body valid against the documented schema
 * (JSON Schema 2020-12, as OpenAPI 3.1 uses it, with networknt's validator). A 405 must carry {@code Allow}. A
 * mismatch fails the test that made the request. Registered for every test class by JUnit's extension
 * auto-detection (src/test/resources/META-INF/services).
 */
public class OpenApiValidation implements BeforeAllCallback, BeforeEachCallback, Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Responses checked so far (a test proves the filter is on). */
    public static final java.util.concurrent.atomic.AtomicLong CHECKED = new java.util.concurrent.atomic.AtomicLong();
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        register(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        register(context);
    }

    /**
     * Adds the filter to the RestAssured the test class sees: a {@code @QuarkusTest} class runs in Quarkus' own class
     * loader, with its own copy of RestAssured, so the filter is loaded and registered through the test's loader.
     */
    private static void register(ExtensionContext context) throws Exception {
        ClassLoader cl = context.getRequiredTestClass().getClassLoader();
        Class<?> restAssured = Class.forName(RestAssured.class.getName(), true, cl);
        Class<?> self = Class.forName(OpenApiValidation.class.getName(), true, cl);
        List<?> current = (List<?>) restAssured.getMethod("filters").invoke(null);
        if (current.stream().noneMatch(f -> f.getClass() == self)) {
            restAssured.getMethod("filters", List.class).invoke(null, List.of(self.getConstructor().newInstance()));
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification req, FilterableResponseSpecification res, FilterContext ctx) {
        Response r = ctx.next(req, res);
        URI uri = URI.create(req.getURI());
        String path = uri.getRawPath();
        if (!path.startsWith("/api/") && !path.startsWith("/feeds/") && !path.equals("/api")) {
            return r;
        }
        List<String> problems = check(uri, req.getMethod(), r);
        CHECKED.incrementAndGet();
        if (!problems.isEmpty()) {
            throw new AssertionError("the response of " + req.getMethod() + " " + path + " (" + r.statusCode()
                    + ") does not match the OpenAPI document: " + problems + "\n" + abbreviate(r.asString()));
        }
        return r;
    }

    public static List<String> check(URI uri, String method, Response r) {
        JsonNode doc = document(uri);
        List<String> problems = new ArrayList<>();
        int status = r.statusCode();
        JsonNode pathItem = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (template(e.getKey()).matcher(uri.getRawPath()).matches()) {
                pathItem = e.getValue();
                break;
            }
        }
        String type = r.contentType() == null ? "" : r.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode op = pathItem == null ? null : pathItem.get(method.toLowerCase(Locale.ROOT));
        if (op == null) {
            // an unknown path (404) or method (405): a problem, and a 405 names what is allowed
            if (status == 405 && r.header("Allow") == null) {
                problems.add("a 405 without Allow");
            }
            if (status != 404 && status != 405 && status != 401 && status != 413) {
                problems.add("undocumented operation");
            } else if (!r.asString().isEmpty()) {
                validate(doc, "#/components/schemas/Problem", r, problems);
            }
            return problems;
        }
        JsonNode response = op.get("responses").get(Integer.toString(status));
        if (response == null) {
            problems.add("status " + status + " is not documented (documented: " + fieldNames(op.get("responses")) + ")");
            return problems;
        }
        response = resolve(doc, response);
        JsonNode content = response.get("content");
        if (content == null) {
            if (!r.asString().isEmpty()) {
                problems.add("a body where the document describes none");
            }
            return problems;
        }
        JsonNode media = content.get(type);
        if (media == null) {
            problems.add("content type '" + type + "' is not documented (documented: " + fieldNames(content) + ")");
            return problems;
        }
        JsonNode schema = media.get("schema");
        if (schema != null && (type.equals("application/json") || type.endsWith("+json"))) {
            String ref = schema.has("$ref") ? schema.get("$ref").asText() : null;
            if (ref != null) {
                validate(doc, ref, r, problems);
            } else {
                validate(doc, schema, r, problems);
            }
        }
        if (status == 201 || status == 202) {
            if (r.header("Location") == null) {
                problems.add("no Location header");
            }
        }
        return problems;
    }

    private static void validate(JsonNode doc, String ref, Response r, List<String> problems) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(ref, k -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$ref", k);
            root.set("components", doc.get("components"));
            return FACTORY.getSchema(root);
        });
        validate(schema, r, problems);
    }

    private static void validate(JsonNode doc, JsonNode inline, Response r, List<String> problems) {
        ObjectNode root = inline.deepCopy();
        root.set("components", doc.get("components"));
        validate(FACTORY.getSchema(root), r, problems);
    }

    private static void validate(JsonSchema schema, Response r, List<String> problems) {
        JsonNode body;
        try {
            body = JSON.readTree(r.asByteArray());
        } catch (IOException e) {
            problems.add("the body is not JSON: " + e.getMessage());
            return;
        }
        Set<ValidationMessage> errors = schema.validate(body);
        errors.stream().limit(10).forEach(m -> problems.add(m.getMessage()));
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText().substring(1);
            return resolve(doc, doc.at(ref));
        }
        return node;
    }

    private static Pattern template(String path) {
        return Pattern.compile(path.replaceAll("\\{[^/]+}", "[^/]+").replace(".", "\\.") + "/?");
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The document the server under test serves, read once per server. */
    public static JsonNode document(URI uri) {
        String server = uri.getScheme() + "://" + uri.getAuthority();
        return DOCUMENTS.computeIfAbsent(server, s -> {
            try (InputStream in = URI.create(s + "/q/openapi?format=json").toURL().openStream()) {
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the OpenAPI document of " + s, e);
            }
        });
    }

    private static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }
}
