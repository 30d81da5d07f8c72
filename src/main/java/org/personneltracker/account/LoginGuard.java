package org.personneltracker.account;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sign-in goes through POST /login (a Quarkus REST endpoint, so quarkus-rest-csrf checks its token like every
 * other form), never through Quarkus' built-in {@code POST /j_security_check}. That built-in handler is a Vert.x
 * route the REST CSRF filter never sees, so a page elsewhere could post a hidden form to it and sign a visitor in
 * as the attacker (login CSRF). This filter runs before authentication and refuses it.
 */
@ApplicationScoped
public class LoginGuard {

    static final String BUILT_IN_POST_LOCATION = "/j_security_check";

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            if (ctx.request().method() == HttpMethod.POST && ctx.normalizedPath().endsWith(BUILT_IN_POST_LOCATION)) {
                ctx.response().setStatusCode(404).putHeader("Content-Type", "text/plain; charset=UTF-8")
                        .end("Sign in at /login");
                return;
            }
            ctx.next();
        }, SecurityHandlerPriorities.CORS + 10);
    }
}
