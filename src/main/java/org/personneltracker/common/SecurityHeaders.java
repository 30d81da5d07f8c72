package org.personneltracker.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * Headers on every answer (pages, API, static files, refusals):
 * <ul>
 * <li>a Content-Security-Policy that runs scripts and styles from this site's files only (no inline script, no
 * inline style attribute, no eval), sends forms only here and lets no other site frame a page
 * ({@code frame-ancestors 'none'}). The Swagger UI under /q/swagger-ui is a third-party page with an inline start-up
 * script, so it alone may run inline code;</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (a reader following a source link
 * does not tell the publisher which page of a private tracker they came from), {@code X-Frame-Options: DENY};</li>
 * <li>{@code Cache-Control: no-store} on everything shown to a signed-in user (a request with a session cookie or an
 * Authorization header), on answers that set a cookie and on /login and /account pages; static files stay
 * cacheable;</li>
 * <li>{@code Strict-Transport-Security} when {@code tracker.public-url} is https;</li>
 * <li>a Location built from the request's Host header (by {@code Response.created}) is rewritten to
 * {@code tracker.public-url} or to a relative path, so no answer points to a host a client made up.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    static final String CSP_SWAGGER = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'";

    @Inject
    TrackerConfig config;

    void register(@Observes Filters filters) {
        String base = config.publicUrl().map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse("");
        boolean https = base.startsWith("https:");
        filters.register(ctx -> {
            ctx.addHeadersEndHandler(v -> apply(ctx, base, https));
            ctx.next();
        }, 2100);
    }

    private static void apply(RoutingContext ctx, String base, boolean https) {
        MultiMap h = ctx.response().headers();
        String path = ctx.normalizedPath() == null ? "/" : ctx.normalizedPath();
        h.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? CSP_SWAGGER : CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "same-origin");
        h.set("X-Frame-Options", "DENY");
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            h.set("Strict-Transport-Security", "max-age=31536000");
        }
        if (!staticFile(h.get(HttpHeaders.CONTENT_TYPE)) && (signedIn(ctx) || h.contains(HttpHeaders.SET_COOKIE)
                || path.startsWith("/login") || path.startsWith("/account"))) {
            h.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        String location = h.get(HttpHeaders.LOCATION);
        if (location != null) {
            h.set(HttpHeaders.LOCATION, local(location, ctx.request().getHeader(HttpHeaders.HOST), base));
        }
    }

    private static boolean signedIn(RoutingContext ctx) {
        String cookies = ctx.request().getHeader(HttpHeaders.COOKIE);
        return ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                || (cookies != null && cookies.contains("tracker-session="));
    }

    private static boolean staticFile(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.toLowerCase();
        return t.startsWith("text/css") || t.startsWith("application/javascript") || t.startsWith("text/javascript")
                || t.startsWith("image/") || t.startsWith("font/");
    }

    /** An absolute Location whose host is the request's own (or missing) becomes base + path, else stays. */
    static String local(String location, String host, String base) {
        URI u;
        try {
            u = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!u.isAbsolute() || (u.getRawAuthority() != null && (host == null || !u.getRawAuthority().equalsIgnoreCase(host)))) {
            return location;
        }
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return base + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }
}
