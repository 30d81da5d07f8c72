package org.personneltracker.account;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token every form carries ({@code {inject:csrf.parameterName}}, {@code {inject:csrf.token}}), checked by
 * {@link FormGuard}. It is derived from the secret of the visitor's session ({@link Secrets#csrfToken}), so it is
 * bound to that session: a token taken from another session, the attacker's own included, does not match. A visitor
 * who is not signed in gets a random pre-session cookie to derive it from (the login form needs a token too, against
 * login CSRF). Nothing is stored, and every app instance computes the same token.
 */
@Named("csrf")
@RequestScoped
public class Csrf {

    public static final String PARAMETER = "csrf-token";
    /** The pre-session cookie of visitors who are not signed in. */
    public static final String COOKIE = "tracker-csrf";
    private static final String NEW_COOKIE = "tracker.csrf-new";

    @Inject
    CurrentVertxRequest request;

    @Inject
    Cookies cookies;

    public String getParameterName() {
        return PARAMETER;
    }

    public String getToken() {
        RoutingContext ctx = request.getCurrent();
        String secret = secretOf(ctx);
        if (secret == null) {
            secret = ctx.get(NEW_COOKIE);
            if (secret == null) {
                secret = Secrets.generate("");
                ctx.put(NEW_COOKIE, secret);
                cookies.set(ctx, COOKIE, secret);
            }
        }
        return Secrets.csrfToken(secret);
    }

    /** The secret this request's forms are bound to: its live session's, else its pre-session cookie's (or null). */
    static String secretOf(RoutingContext ctx) {
        String session = ctx.get(TrackerAuthMechanism.SESSION_SECRET);
        if (session != null) {
            return session;
        }
        String pre = Cookies.value(ctx, COOKIE);
        return pre == null || pre.length() < 20 || pre.length() > 100 ? null : pre;
    }
}
