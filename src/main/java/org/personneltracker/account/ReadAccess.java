package org.personneltracker.account;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.personneltracker.common.TrackerConfig;

/** With {@code tracker.public-read=false}, every read under /api needs a signed-in user. */
public class ReadAccess {

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
        if (path.startsWith("/api") || path.startsWith("/feeds")) {
            throw new UnauthorizedException();
        }
    }
}
