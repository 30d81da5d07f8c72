package org.personneltracker.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.personneltracker.common.HttpCaching;
import org.personneltracker.common.TrackerConfig;

/**
 * The tracker's cookies: HttpOnly, SameSite=Lax, path /, and Secure when the public address
 * ({@code tracker.public-url}) is https or the request came over https (directly, or through a proxy whose
 * {@code X-Forwarded-Proto} is trusted: see the README). Browser-session cookies: they carry no Max-Age; the server
 * decides when a session ends.
 */
@ApplicationScoped
public class Cookies {

    @Inject
    TrackerConfig config;

    public void set(RoutingContext ctx, String name, String value) {
        HttpCaching.noValidators(ctx);
        ctx.response().addCookie(Cookie.cookie(name, value).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(secure(ctx)));
    }

    public void clear(RoutingContext ctx, String name) {
        HttpCaching.noValidators(ctx);
        ctx.response().addCookie(Cookie.cookie(name, "").setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(secure(ctx)).setMaxAge(0));
    }

    public static String value(RoutingContext ctx, String name) {
        Cookie c = ctx.request().getCookie(name);
        return c == null || c.getValue().isEmpty() ? null : c.getValue();
    }

    boolean secure(RoutingContext ctx) {
        return config.publicUrl().map(u -> u.startsWith("https:")).orElse(false)
                || "https".equalsIgnoreCase(ctx.request().scheme());
    }
}
