package org.personneltracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A body over {@code tracker.max-body-size} (1 MiB) is a 413 with a problem+json body; imports
 * ({@code POST /api/import}, the import page) may send up to {@code tracker.import.max-body-size}, which is also
 * the HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}). The HTTP layer refuses a request over its
 * limit before any JAX-RS code runs (so {@link ProblemMappers} never sees it) and answers without a body; this route
 * runs just before that check, answers a declared length over the path's limit as a problem, and lowers the limit
 * the HTTP layer applies to a body of undeclared length (chunked) to the path's.
 */
@ApplicationScoped
public class OversizedBodies {

    @Inject
    TrackerConfig config;

    /** The paths that take import files. */
    static boolean isImport(String path) {
        return path.equals("/api/import") || path.equals("/admin/import");
    }

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) throws JsonProcessingException {
        long normal = config.maxBodySize().asLongValue();
        long imports = config.imports().maxBodySize().asLongValue();
        String normalBody = mapper.writeValueAsString(Problem.of(413, "Content too large",
                "the request body is larger than " + normal + " bytes", null));
        String importBody = mapper.writeValueAsString(Problem.of(413, "Content too large",
                "an import file may have at most " + imports + " bytes", null));
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(ctx -> {
            if (!isImport(ctx.request().path()) && ctx.get(MAX_REQUEST_SIZE_KEY) != null) {
                ctx.put(MAX_REQUEST_SIZE_KEY, normal);
            }
            ctx.next();
        });
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            boolean isImport = isImport(ctx.request().path());
            long limit = isImport ? imports : normal;
            String body = isImport ? importBody : normalBody;
            if (length != null && tooLarge(length, limit)) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                return;
            }
            ctx.next();
        });
    }

    /** Where the HTTP layer keeps the limit it applies to a body of undeclared length. */
    private static final String MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size";

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer answers a malformed Content-Length itself
        }
    }
}
