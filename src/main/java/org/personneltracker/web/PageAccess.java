package org.personneltracker.web;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.personneltracker.common.TrackerConfig;

/**
 * With {@code tracker.public-read=false}, the read pages need a signed-in user too (account.ReadAccess does the
 * same for /api and /feeds). The refusal is an UnauthorizedException, which the form mechanism turns into a
 * redirect to /login for pages.
 */
public class PageAccess {

    @Inject
    Instance<TrackerConfig> config;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void requireUserWhenPrivate(ContainerRequestContext ctx) {
        if (config.get().publicRead() || !identity.isAnonymous()) {
            return;
        }
        String path = ctx.getUriInfo().getPath();
        if (path.startsWith("/api") || path.startsWith("/feeds") || path.equals("/login") || path.equals("/logout")) {
            return;
        }
        throw new UnauthorizedException();
    }
}
