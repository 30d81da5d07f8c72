package org.personneltracker.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Sign-in and sign-out for the pages. The login form posts here rather than to Quarkus' {@code /j_security_check}:
 * this endpoint is a Quarkus REST method, so quarkus-rest-csrf verifies the form's token (login CSRF is refused
 * like any other forged form), a failed attempt re-renders the form with the user name kept, and the cookie is
 * then written with the form mechanism's own settings ({@link SessionCookie}). {@link LoginGuard} closes the
 * built-in route.
 */
@Path("/")
public class LoginPage {

    /** The cookie in which Quarkus' form mechanism remembers the page that asked for a sign-in. */
    static final String LOCATION_COOKIE = "quarkus-redirect-location";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String error, String next, boolean signedOut);
    }

    @Inject
    IdentityProviderManager identities;

    @Inject
    SessionCookie session;

    @Inject
    CurrentVertxRequest request;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@RestQuery String next, @RestQuery("signed-out") String signedOut) {
        String target = safeNext(next);
        if (target == null) {
            Cookie remembered = ctx().request().getCookie(LOCATION_COOKIE);
            target = remembered == null ? null : safeNext(pathOf(remembered.getValue()));
        }
        return Templates.login("", null, target, signedOut != null);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestForm String username, @RestForm String password, @RestForm String next) {
        String user = username == null ? "" : username.trim();
        SecurityIdentity identity = null;
        if (!user.isEmpty() && password != null && !password.isEmpty() && user.length() <= 100 && password.length() <= 200) {
            try {
                identity = identities.authenticateBlocking(
                        new UsernamePasswordAuthenticationRequest(user, new PasswordCredential(password.toCharArray())));
            } catch (AuthenticationFailedException e) {
                identity = null;
            }
        }
        if (identity == null) {
            return Response.status(401).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.login(user, "That user name and password do not match.", safeNext(next), false))
                    .build();
        }
        RoutingContext ctx = ctx();
        session.signIn(identity, ctx);
        ctx.response().addCookie(Cookie.cookie(LOCATION_COOKIE, "").setPath("/").setMaxAge(0));
        String target = safeNext(next);
        return Response.seeOther(URI.create(target == null ? "/" : target)).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        session.signOut(ctx());
        return Response.seeOther(URI.create("/login?signed-out=1")).build();
    }

    private RoutingContext ctx() {
        return request.getCurrent();
    }

    /** A local path to return to after signing in, or null: never another host ("//evil", "https://..."). */
    static String safeNext(String next) {
        if (next == null || next.isBlank() || next.length() > 2000) {
            return null;
        }
        String n = next.trim();
        if (!n.startsWith("/") || n.startsWith("//") || n.contains("\\") || n.startsWith("/login")
                || n.chars().anyMatch(c -> c < 0x20)) {
            return null;
        }
        return n;
    }

    private static String pathOf(String url) {
        try {
            URI u = URI.create(url);
            return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
