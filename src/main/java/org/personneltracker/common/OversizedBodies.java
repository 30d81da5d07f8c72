package org.personneltracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is a 413 with a problem+json body. The HTTP layer refuses
 * such a request before any JAX-RS code runs (so {@link ProblemMappers} never sees it) and answers without a
 * body; this route runs just before that check and answers the same status as a problem.
 */
@ApplicationScoped
public class OversizedBodies {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) throws JsonProcessingException {
        long limit = maxBodySize.asLongValue();
        String body = mapper.writeValueAsString(Problem.of(413, "Content too large",
                "the request body is larger than " + limit + " bytes", null));
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
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

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer answers a malformed Content-Length itself
        }
    }
}
