package org.personneltracker.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.personneltracker.common.SecurityLog;
import org.personneltracker.common.TooManyRequests;

/**
 * Sign-in and sign-out for the pages. POST /login checks the password through {@link SignIns} (throttled: a 429 with
 * Retry-After while the account or the address is), starts a server-side session ({@link Sessions}) under a new
 * random id and sets it as the cookie; POST /logout revokes that session at once, so a copy of the cookie stops
 * working too. Both are forms checked by {@link FormGuard}. Redirects are relative paths, never built from the
 * request's Host header.
 */
@Path("/")
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String error, String next, boolean signedOut);
    }

    @Inject
    SignIns signIns;

    @Inject
    Sessions sessions;

    @Inject
    Cookies cookies;

    @Inject
    CurrentVertxRequest request;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@RestQuery String next, @RestQuery("signed-out") String signedOut) {
        return Templates.login("", null, safeNext(next), signedOut != null);
    }

    @POST
    @Path("login")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestForm String username, @RestForm String password, @RestForm String next) {
        RoutingContext ctx = request.getCurrent();
        String user = username == null ? "" : username.trim();
        String address = TrackerAuthMechanism.clientAddress(ctx);
        SignIns.Account account;
        try {
            account = signIns.verify(user, password, address, Identities.FORM);
        } catch (TooManyRequests e) {
            return Response.status(429).type(MediaType.TEXT_HTML_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                    .entity(Templates.login(user, "Too many failed sign-ins for this user or from this address. Try"
                            + " again in " + e.waitText() + ".", safeNext(next), false))
                    .build();
        }
        if (account == null) {
            return Response.status(401).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.login(user, "That user name and password do not match.", safeNext(next), false))
                    .build();
        }
        String previous = ctx.get(TrackerAuthMechanism.SESSION_SECRET);
        if (previous != null) {
            sessions.end(previous);
        }
        Sessions.Started started = sessions.start(account.id(), address);
        cookies.set(ctx, Sessions.COOKIE, started.secret());
        String target = safeNext(next);
        return Response.status(303).header(HttpHeaders.LOCATION, target == null ? "/" : target).build();
    }

    @POST
    @Path("logout")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response logout() {
        RoutingContext ctx = request.getCurrent();
        String secret = Cookies.value(ctx, Sessions.COOKIE);
        if (sessions.end(secret)) {
            SecurityLog.event("sign-out", "user", identity.isAnonymous() ? null : identity.getPrincipal().getName(),
                    "from", TrackerAuthMechanism.clientAddress(ctx));
        }
        cookies.clear(ctx, Sessions.COOKIE);
        return Response.status(303).header(HttpHeaders.LOCATION, "/login?signed-out=1").build();
    }

    /** A local path to return to after signing in, or null: never another host ("//evil", "https://..."). */
    static String safeNext(String next) {
        if (next == null || next.isBlank() || next.length() > 2000) {
            return null;
        }
        String n = next.trim();
        if (!n.startsWith("/") || n.startsWith("//") || n.contains("\\") || n.startsWith("/login")
                || n.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null;
        }
        return n;
    }
}
