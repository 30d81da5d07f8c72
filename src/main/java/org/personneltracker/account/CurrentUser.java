package org.personneltracker.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.personneltracker.common.Roles;

/** The visitor as the layout shows them: {@code {inject:me.signedIn}}, {@code {inject:me.editor}}. */
@Named("me")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean isEditor() {
        return identity.hasRole(Roles.EDITOR);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** The current path and query, for "sign in and come back here" links. */
    public String getHere() {
        var ctx = request.getCurrent();
        if (ctx == null) {
            return "/";
        }
        String uri = ctx.request().uri();
        return uri == null || uri.startsWith("/login") ? "/" : uri;
    }
}
