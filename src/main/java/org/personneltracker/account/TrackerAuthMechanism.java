package org.personneltracker.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.personneltracker.common.ProblemMappers;

/**
 * How a request says who it is; each door takes only its own credentials.
 * <ul>
 * <li>{@code /api} (and {@code /feeds}, {@code /q}): {@code Authorization: Bearer <api token>} ({@link ApiTokens}) or
 * {@code Authorization: Basic} (a password, throttled by {@link SignIns}). A cookie is never a credential for the JSON
 * API, so another site cannot make a signed-in browser write through it.</li>
 * <li>pages: the session cookie ({@link Sessions}). An unknown, revoked or expired one is anonymous (the page offers
 * "Sign in" and the cookie is cleared); a page that needs a user sends the visitor to /login.</li>
 * </ul>
 * Static files (a dot in the last path segment: /app.js, /app.css) need nobody, so they cost no session lookup.
 */
@ApplicationScoped
public class TrackerAuthMechanism implements HttpAuthenticationMechanism {

    /** Routing-context key of the secret of the session a page request signed in with (for the CSRF token). */
    static final String SESSION_SECRET = "tracker.session-secret";

    private static final Uni<SecurityIdentity> ANONYMOUS = Uni.createFrom().nullItem();

    @Inject
    Cookies cookies;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager identities) {
        String path = ctx.normalizedPath();
        if (ProblemMappers.scriptPath(path)) {
            String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null) {
                return header(ctx, identities, authorization);
            }
            if (path.startsWith("/api")) {
                return ANONYMOUS;
            }
        } else if (path.lastIndexOf('.') > path.lastIndexOf('/')) {
            return ANONYMOUS;
        }
        String secret = Cookies.value(ctx, Sessions.COOKIE);
        if (secret == null) {
            return ANONYMOUS;
        }
        return identities.authenticate(new Credentials.Session(secret))
                .invoke(identity -> ctx.put(SESSION_SECRET, secret))
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> {
                    cookies.clear(ctx, Sessions.COOKIE);
                    return null;
                });
    }

    private Uni<SecurityIdentity> header(RoutingContext ctx, IdentityProviderManager identities, String value) {
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        String credentials = space < 0 ? "" : value.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return identities.authenticate(new Credentials.Token(credentials));
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Uni.createFrom().failure(new AuthenticationFailedException("malformed Basic credentials"));
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Uni.createFrom().failure(new AuthenticationFailedException("malformed Basic credentials"));
            }
            return identities.authenticate(new Credentials.Password(decoded.substring(0, colon),
                    decoded.substring(colon + 1), clientAddress(ctx)));
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("use HTTP Basic or a Bearer token"));
    }

    /**
     * The client's address: the connection's peer, or with {@code quarkus.http.proxy.proxy-address-forwarding} the
     * address a trusted proxy reports (README, "Behind a proxy").
     */
    public static String clientAddress(RoutingContext ctx) {
        SocketAddress a = ctx.request().remoteAddress();
        return a == null ? null : a.hostAddress();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (ProblemMappers.scriptPath(path)) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", ProblemMappers.CHALLENGE));
        }
        String here = ctx.request().uri();
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaders.LOCATION,
                "/login?next=" + URLEncoder.encode(here == null ? "/" : here, StandardCharsets.UTF_8)));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Credentials.Password.class, Credentials.Session.class, Credentials.Token.class);
    }
}
