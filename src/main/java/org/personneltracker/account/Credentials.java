package org.personneltracker.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The three kinds of credential {@link TrackerAuthMechanism} reads, and the identity providers that check them (on a
 * worker thread: each needs the database).
 */
final class Credentials {

    private Credentials() {
    }

    /** HTTP Basic on /api: a user name and password, from a client address. */
    static final class Password extends BaseAuthenticationRequest {
        final String username;
        final String password;
        final String address;

        Password(String username, String password, String address) {
            this.username = username;
            this.password = password;
            this.address = address;
        }
    }

    /** The session cookie of a page request. */
    static final class Session extends BaseAuthenticationRequest {
        final String secret;

        Session(String secret) {
            this.secret = secret;
        }
    }

    /** {@code Authorization: Bearer} on /api. */
    static final class Token extends BaseAuthenticationRequest {
        final String secret;

        Token(String secret) {
            this.secret = secret;
        }
    }

    /** Checks a request on a worker thread; {@code check} answers the identity or null (refused, with a reason). */
    abstract static class Blocking<T extends BaseAuthenticationRequest> implements IdentityProvider<T> {
        private final Class<T> type;
        private final String refusal;

        Blocking(Class<T> type, String refusal) {
            this.type = type;
            this.refusal = refusal;
        }

        abstract SecurityIdentity check(T request);

        @Override
        public Class<T> getRequestType() {
            return type;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(T request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                SecurityIdentity identity = check(request);
                if (identity == null) {
                    throw new AuthenticationFailedException(refusal);
                }
                return identity;
            });
        }
    }

    @ApplicationScoped
    static class PasswordProvider extends Blocking<Password> {
        @Inject
        SignIns signIns;

        PasswordProvider() {
            super(Password.class, "the user name or password is wrong");
        }

        @Override
        SecurityIdentity check(Password request) {
            SignIns.Account a = signIns.verify(request.username, request.password, request.address, Identities.BASIC);
            return a == null ? null : Identities.of(a.id(), a.username(), a.roles(), Identities.BASIC, null, null);
        }
    }

    @ApplicationScoped
    static class SessionProvider extends Blocking<Session> {
        @Inject
        Sessions sessions;

        SessionProvider() {
            super(Session.class, "no such session");
        }

        @Override
        SecurityIdentity check(Session request) {
            Sessions.Current s = sessions.find(request.secret);
            return s == null ? null : Identities.of(s.userId(), s.username(), s.roles(), Identities.SESSION,
                    Identities.SESSION_HASH, s.secretHash());
        }
    }

    @ApplicationScoped
    static class TokenProvider extends Blocking<Token> {
        @Inject
        ApiTokens tokens;

        TokenProvider() {
            super(Token.class, "the API token is unknown, revoked or expired");
        }

        @Override
        SecurityIdentity check(Token request) {
            ApiTokens.Holder h = tokens.find(request.secret);
            return h == null ? null : Identities.of(h.userId(), h.username(), h.roles(), Identities.TOKEN,
                    Identities.TOKEN_ID, h.tokenId());
        }
    }
}
