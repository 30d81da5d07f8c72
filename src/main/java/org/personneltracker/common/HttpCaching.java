package org.personneltracker.common;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Conditional GETs for the reads of facts (pages, feeds, the API's GET reads): an {@code ETag} on every such 200, and
 * a 304 without running the resource (no query) when a request's {@code If-None-Match} names the current one.
 * <p>
 * The tag is derived from what the answer depends on, computed before it is read: the {@link DataVersion} (any write
 * of a fact changes it), this JVM's start (the version restarts at 0), today's date (insights count back from today),
 * the request's path and query, its {@code Accept} (JSON or CSV), who asks (user and roles: pages show an editor's
 * links) and its {@code Cookie} header (a page's forms carry a CSRF token derived from the visitor's cookie). So one
 * visitor's page is never declared current for another, and an answer that sets a cookie gets no tag. The answers say
 * {@code Vary: Accept, Authorization, Cookie} and {@code Cache-Control: no-cache} (check before reuse) unless they
 * are {@code no-store} already (everything a signed-in user sees, {@link SecurityHeaders}).
 * <p>
 * Feeds and API reads by anonymous clients also carry {@code Last-Modified} (the last write of a fact in this JVM,
 * or its start, or today's start if later) and answer {@code If-Modified-Since} (when no {@code If-None-Match} is
 * sent) with a 304; it is left out while the second of the last write has not passed, so two writes within one second
 * cannot share it. The version lives in this JVM, so {@code tracker.cache.aggregates=false} (several instances on one
 * database) turns this off too.
 */
public class HttpCaching {

    /** Routing-context flag: the answer sets a cookie, so it gets no validators. */
    static final String NO_VALIDATORS = "tracker.http-caching.none";
    private static final String TAG = "tracker.http-caching.tag";
    private static final String SINCE = "tracker.http-caching.last-modified";
    static final String VARY = "Accept, Authorization, Cookie";
    private static final String BOOT = Long.toString(System.currentTimeMillis(), 36) + "-"
            + Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
    private static final List<String> PAGES = List.of("/companies", "/people", "/events", "/insights",
            "/context-events");
    private static final List<String> API = List.of("/api/events", "/api/companies", "/api/people",
            "/api/context-events", "/api/insights");

    @Inject
    SecurityIdentity identity;

    @Inject
    TrackerConfig config;

    /** An answer that sets a cookie (a session, a visitor's first CSRF cookie) is not one to revalidate. */
    public static void noValidators(RoutingContext ctx) {
        ctx.put(NO_VALIDATORS, Boolean.TRUE);
    }

    /** Runs after the read-access check (a refused request gets its 401, never a 304). */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Response check(ContainerRequestContext rc, RoutingContext ctx) {
        String method = rc.getMethod();
        String path = ctx.normalizedPath();
        if (!config.cacheAggregates() || !("GET".equals(method) || "HEAD".equals(method)) || !covered(path)) {
            return null;
        }
        String tag = tag(ctx);
        Instant lastModified = lastModified(path, System.currentTimeMillis());
        String ifNoneMatch = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        String ifModifiedSince = ctx.request().getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        ctx.put(TAG, tag);
        ctx.put(SINCE, lastModified);
        ctx.addHeadersEndHandler(v -> {
            if (ctx.response().getStatusCode() == 200 && ctx.get(NO_VALIDATORS) == null) {
                validators(ctx.response().headers(), tag, lastModified);
            }
        });
        boolean current = ifNoneMatch != null ? matches(ifNoneMatch, tag)
                : ifModifiedSince != null && lastModified != null && notModifiedSince(ifModifiedSince, lastModified);
        if (!current) {
            return null;
        }
        Response.ResponseBuilder r = Response.notModified().header(HttpHeaders.ETAG.toString(), tag)
                .header(HttpHeaders.VARY.toString(), VARY).header(HttpHeaders.CACHE_CONTROL.toString(), "no-cache");
        if (lastModified != null) {
            r.header(HttpHeaders.LAST_MODIFIED.toString(), http(lastModified));
        }
        return r.build();
    }

    private static void validators(MultiMap h, String tag, Instant lastModified) {
        h.set(HttpHeaders.ETAG, tag);
        if (lastModified != null) {
            h.set(HttpHeaders.LAST_MODIFIED, http(lastModified));
        }
        h.set(HttpHeaders.VARY, VARY);
        if (!h.contains(HttpHeaders.CACHE_CONTROL)) {
            h.set(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }

    /** The reads of facts: the pages of companies, people, events, insights, context, the feeds and their API. */
    static boolean covered(String path) {
        if (path == null) {
            return false;
        }
        if (path.equals("/") || path.startsWith("/feeds/")) {
            return true;
        }
        if (path.endsWith("/new") || path.endsWith("/edit") || path.contains("/new/") || path.contains("/edit/")) {
            return false;
        }
        return PAGES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))
                || API.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    /** A weak tag (the answer may be compressed): the data version, and a digest of everything else it depends on. */
    private String tag(RoutingContext ctx) {
        long version = DataVersion.current();
        StringBuilder key = new StringBuilder(BOOT).append('\n').append(version).append('\n')
                .append(LocalDate.now(ZoneOffset.UTC)).append('\n').append(ctx.request().method()).append(' ')
                .append(ctx.request().uri()).append('\n').append(header(ctx, HttpHeaders.ACCEPT)).append('\n')
                .append(identity.isAnonymous() ? "" : identity.getPrincipal().getName()).append('\n')
                .append(new TreeSet<>(identity.getRoles())).append('\n').append(header(ctx, HttpHeaders.COOKIE));
        return "W/\"" + version + "-" + digest(key.toString()) + "\"";
    }

    /**
     * Feeds and API reads of an anonymous client: the last write of a fact (or this JVM's start, or the start of
     * today when later), rounded up to the second; null while that second has not passed yet.
     */
    private Instant lastModified(String path, long now) {
        if (!identity.isAnonymous() || !(path.startsWith("/feeds/") || path.startsWith("/api/"))) {
            return null;
        }
        long today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long at = Math.max(DataVersion.changedAt(), today);
        long second = (at + 999) / 1000 * 1000;
        return now < second ? null : Instant.ofEpochMilli(second);
    }

    /** True when an If-None-Match list names {@code tag} (weak comparison) or is "*". */
    static boolean matches(String ifNoneMatch, String tag) {
        String bare = tag.startsWith("W/") ? tag.substring(2) : tag;
        for (String t : ifNoneMatch.split(",")) {
            String s = t.trim();
            if (s.equals("*") || (s.startsWith("W/") ? s.substring(2) : s).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notModifiedSince(String ifModifiedSince, Instant lastModified) {
        try {
            return !lastModified.isAfter(ZonedDateTime.parse(ifModifiedSince.trim(),
                    DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** An HTTP date (IMF-fixdate: "Thu, 03 Dec 2026 17:00:01 GMT"). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static String http(Instant t) {
        return HTTP_DATE.format(t);
    }

    private static String header(RoutingContext ctx, CharSequence name) {
        String v = ctx.request().getHeader(name);
        return v == null ? "" : v;
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
