package org.personneltracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Refusals made by the HTTP layer, before any resource runs, answered like every other refusal: problem+json on the
 * script paths (/api, /feeds, /q), a short HTML page elsewhere; never an empty body, never a 5xx.
 * <ul>
 * <li>414 for a request line over {@link #MAX_URI} characters and 431 for headers over {@link #MAX_HEADERS} bytes.
 * The HTTP codec's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set
 * well above these (64K) so that nearly every such request reaches this check; one beyond the codec's limits is still
 * refused by Vert.x with an empty 414/431, which Quarkus gives no hook to change.</li>
 * <li>413 for a chunked body (no Content-Length) over {@code tracker.max-body-size} on /api: such a body is
 * read here with that limit instead of by the JSON reader, which would answer an empty 413 mid-stream. A declared
 * Content-Length over the limit is {@link OversizedBodies}' job. {@code POST /api/import} streams and is left alone.</li>
 * <li>any other 4xx a route raises without answering (as the body reader does for the 413 above) gets a body.</li>
 * </ul>
 * Not reachable from here: a request Vert.x cannot parse at all (a header line without a colon, a bad HTTP version) and
 * a path Quarkus' root handler refuses as invalid ({@code /api/%zz}) are answered 400 with an empty body before any
 * application code runs.
 */
@ApplicationScoped
public class HttpEdges {

    static final int MAX_URI = 8192;
    static final int MAX_HEADERS = 20 * 1024;

    @Inject
    TrackerConfig config;

    @Inject
    ObjectMapper mapper;

    void limits(@Observes Filters filters) {
        filters.register(ctx -> {
            HttpServerRequest request = ctx.request();
            if (request.uri() != null && request.uri().length() > MAX_URI) {
                refuse(ctx, 414, "URI too long", "the request line is longer than " + MAX_URI + " characters");
                return;
            }
            int size = 0;
            for (Map.Entry<String, String> h : request.headers()) {
                size += h.getKey().length() + h.getValue().length() + 4;
            }
            if (size > MAX_HEADERS) {
                refuse(ctx, 431, "Request header fields too large",
                        "the request's headers are larger than " + MAX_HEADERS + " bytes");
                return;
            }
            ctx.next();
        }, 2000);
    }

    void routes(@Observes Router router) {
        long maxBodySize = config.maxBodySize().asLongValue();
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodySize)
                .setHandleFileUploads(false).setDeleteUploadedFilesOnEnd(true);
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            if (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                    && !ctx.normalizedPath().startsWith("/api/import")) {
                chunkedBodies.handle(ctx);
                return;
            }
            ctx.next();
        });
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER + 1).failureHandler(ctx -> {
            int status = ctx.statusCode();
            if (ctx.failure() == null && status >= 400 && status < 500 && !ctx.response().headWritten()) {
                String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
                refuse(ctx, status, reason, status == 413
                        ? "the request body is larger than " + maxBodySize + " bytes"
                        : "the server cannot read this request (" + reason + ")");
                return;
            }
            ctx.next();
        });
    }

    /** Ends the answer with a problem+json body. */
    static void problem(RoutingContext ctx, ObjectMapper mapper, int status, String title, String detail) {
        String body;
        try {
            body = mapper.writeValueAsString(Problem.of(status, title, detail, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }

    private void refuse(RoutingContext ctx, int status, String title, String detail) {
        String path = ctx.normalizedPath() != null ? ctx.normalizedPath() : ctx.request().path();
        var response = ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONNECTION, "close");
        if (path == null || ProblemMappers.scriptPath(path)) {
            problem(ctx, mapper, status, title, detail);
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                    .end("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " " + title
                            + "</title><link rel=\"stylesheet\" href=\"/app.css\"></head><body><main><h1>" + title
                            + "</h1><p>" + detail + ".</p><p><a href=\"/\">Back to the start page</a></p></main></body>"
                            + "</html>\n");
        }
    }
}
