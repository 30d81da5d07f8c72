package org.personneltracker.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.List;
import java.util.Set;
import org.personneltracker.common.Roles;

/** The signed-in identities the tracker builds, and what they carry besides name and roles. */
public final class Identities {

    /** The user's id (a Long). */
    public static final String USER_ID = "tracker.user-id";
    /** How the request signed in: {@link #SESSION}, {@link #BASIC} or {@link #TOKEN}. */
    public static final String VIA = "tracker.via";
    /** For a session: the SHA-256 of its secret (which the CSRF token is checked against). */
    public static final String SESSION_HASH = "tracker.session-hash";
    /** For an API token: its id. */
    public static final String TOKEN_ID = "tracker.token-id";

    public static final String SESSION = "session";
    public static final String BASIC = "basic";
    public static final String TOKEN = "token";
    public static final String FORM = "form";

    private Identities() {
    }

    static SecurityIdentity of(long userId, String username, String roles, String via, String key, Object value) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(Set.of(roles.split(",")))
                .addAttribute(USER_ID, userId)
                .addAttribute(VIA, via);
        if (key != null) {
            b.addAttribute(key, value);
        }
        return b.build();
    }

    /** The signed-in user's id, or null for an anonymous visitor. */
    public static Long userId(SecurityIdentity identity) {
        return identity.isAnonymous() ? null : identity.getAttribute(USER_ID);
    }

    /** admin, editor or viewer: the most the identity may do (viewer for an anonymous one). */
    public static String topRole(SecurityIdentity identity) {
        for (String r : List.of(Roles.ADMIN, Roles.EDITOR)) {
            if (identity.hasRole(r)) {
                return r;
            }
        }
        return Roles.VIEWER;
    }

    public static String via(SecurityIdentity identity) {
        return identity.isAnonymous() ? null : identity.getAttribute(VIA);
    }
}
