package org.personneltracker.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;

/**
 * A write to /api must be a request no other web site can make a browser send: checked before authentication, so a
 * browser that has cached HTTP Basic credentials for the tracker cannot be used to write through it.
 * <ul>
 * <li>A body must be JSON ({@code application/json} or a {@code +json} type); {@code POST /api/import} also takes
 * {@code application/x-ndjson} and {@code text/csv}. Anything else, a missing Content-Type included, is a 415. None of
 * these types can be sent by an HTML form or a "simple" cross-site request (those are limited to {@code text/plain},
 * {@code application/x-www-form-urlencoded} and {@code multipart/form-data}).</li>
 * <li>A browser's {@code Sec-Fetch-Site: cross-site} (or {@code same-site}) is a 403 whatever the body.</li>
 * </ul>
 */
@ApplicationScoped
public class ApiWriteGuard {

    /** What POST /api/import takes besides JSON (API.md, "Feeds, export and import"). */
    static final Set<String> IMPORT_TYPES = Set.of("application/x-ndjson", "text/csv");

    @Inject
    ObjectMapper mapper;

    void register(@Observes Filters filters) {
        filters.register(this::check, 1900);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest r = ctx.request();
        HttpMethod m = r.method();
        String path = ctx.normalizedPath();
        if (path == null || !path.startsWith("/api") || m == HttpMethod.GET || m == HttpMethod.HEAD
                || m == HttpMethod.OPTIONS) {
            ctx.next();
            return;
        }
        String site = r.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            SecurityLog.warn("api.cross-site-refused", "path", path, "site", site);
            refuse(ctx, 403, "Forbidden", "a write to the API from another web site is refused");
            return;
        }
        String type = r.getHeader(HttpHeaders.CONTENT_TYPE);
        String media = type == null ? null : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (media != null && media.isEmpty()) {
            media = null;
        }
        if (media == null ? hasBody(r) : !json(media) && !(path.equals("/api/import") && IMPORT_TYPES.contains(media))) {
            refuse(ctx, 415, "Unsupported Media Type", media == null
                    ? "a request body needs Content-Type: application/json"
                    : "Content-Type " + media + " is not accepted here: send application/json");
            return;
        }
        ctx.next();
    }

    private static boolean json(String media) {
        return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
    }

    private static boolean hasBody(HttpServerRequest r) {
        String length = r.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return r.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private void refuse(RoutingContext ctx, int status, String title, String detail) {
        HttpEdges.problem(ctx, mapper, status, title, detail);
    }
}
