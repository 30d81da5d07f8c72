package org.personneltracker.account;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * With {@code tracker.public-read=false}, every read (the API and the pages) needs a signed-in user; only signing in
 * and out stay open. The refusal is mapped in one place: scripts get a 401, browsers on pages go to /login.
 */
public class ReadAccess {

    @Inject
    ReadPolicy policy;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void requireUserWhenPrivate(ContainerRequestContext ctx) {
        if (policy.publicRead() || !identity.isAnonymous()) {
            return;
        }
        String path = ctx.getUriInfo().getPath();
        if (path.equals("/login") || path.equals("/logout")) {
            return;
        }
        throw new UnauthorizedException();
    }
}
