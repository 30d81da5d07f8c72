package org.personneltracker.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes and clears the form-authentication cookie. It is built from the same settings
 * ({@code quarkus.http.auth.form.*} and the session encryption key) as Quarkus' form mechanism, so the cookie
 * written here after POST /login is the one that mechanism reads back on every later request.
 */
@ApplicationScoped
public class SessionCookie {

    private final PersistentLoginManager manager;

    SessionCookie(
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String key,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout,
            @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval") Duration newCookieInterval,
            @ConfigProperty(name = "quarkus.http.auth.form.http-only-cookie") boolean httpOnly,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site") String sameSite,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-path") String path) {
        this.manager = new PersistentLoginManager(key, cookieName, timeout.toMillis(), newCookieInterval.toMillis(),
                httpOnly, sameSite.toUpperCase(Locale.ROOT), path, -1L, null);
    }

    public void signIn(SecurityIdentity identity, RoutingContext ctx) {
        manager.save(identity, ctx, null, ctx.request().isSSL());
    }

    public void signOut(RoutingContext ctx) {
        manager.clear(ctx);
    }
}
