package org.personneltracker.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Roles;
import org.personneltracker.common.SecurityLog;
import org.personneltracker.common.TextRules;
import org.personneltracker.common.Violation;
import org.personneltracker.common.Violations;

/**
 * API tokens: what scripts send as {@code Authorization: Bearer <token>} instead of a password. The secret is
 * {@code pt_} and 256 random bits, shown once when the token is made; the table keeps its SHA-256 under a unique index,
 * so a request with a token costs one indexed read (plus a write of its last-used time at most once a minute) where
 * HTTP Basic costs a bcrypt check. A token does at most what its owner may do (its role, lowered to the owner's current
 * role), ends at its optional expiry, and is revoked at once by DELETE /api/tokens/{id}.
 */
@ApplicationScoped
public class ApiTokens {

    public static final String PREFIX = "pt_";
    static final int SECRET_LENGTH = PREFIX.length() + 43;

    /** Body of POST /api/tokens. */
    public record TokenRequest(String name, String role, String expiresAt) {
    }

    /** A token as the API shows it; {@code token} (the secret) only in the answer to its creation. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TokenView(long id, String name, String role, @JsonInclude(JsonInclude.Include.NON_NULL) String token,
            Instant createdAt, Instant expiresAt, Instant lastUsedAt, String user, boolean expired) {
        static TokenView of(ApiToken t, String secret, Instant now) {
            return new TokenView(t.id, t.name, t.role, secret, t.createdAt, t.expiresAt, t.lastUsedAt, t.user.username,
                    t.expiresAt != null && !now.isBefore(t.expiresAt));
        }
    }

    /** The owner and role of a valid token. */
    public record Holder(long tokenId, long userId, String username, String roles) {
    }

    @Inject
    EntityManager em;

    @Inject
    AuthClock clock;

    @Transactional
    public TokenView create(TokenRequest body, long userId) {
        if (body == null) {
            throw ApiException.badRequest("body", "a JSON body is required");
        }
        User owner = em.find(User.class, userId);
        if (owner == null) {
            throw ApiException.notFound("user");
        }
        Instant now = clock.now();
        Violations v = new Violations();
        String name = body.name() == null ? null : body.name().trim();
        if (TextRules.blank(name)) {
            v.add("name", "a token needs a name (what it is for, e.g. nightly import)");
        } else if (name.length() > 100) {
            v.add("name", "size must be between 1 and 100");
        }
        String role = body.role() == null ? owner.role() : body.role();
        if (Roles.rank(role) < 0) {
            v.add("role", "role is admin, editor or viewer");
        }
        Instant expires = v.tryParse("expiresAt", body.expiresAt(), ApiTokens::parseInstant);
        if (expires != null && !expires.isAfter(now)) {
            v.add("expiresAt", "must be in the future");
        }
        v.throwIfAny();
        if (Roles.rank(role) > Roles.rank(owner.role())) {
            throw new ApiException(403, "Forbidden", "a token's role is at most your own (" + owner.role() + ")",
                    List.of(new Violation("role", "at most " + owner.role())), null);
        }
        String secret = Secrets.generate(PREFIX);
        ApiToken t = new ApiToken();
        t.secretHash = Secrets.hash(secret);
        t.user = owner;
        t.name = name;
        t.role = role;
        t.createdAt = now;
        t.expiresAt = expires;
        t.persist();
        SecurityLog.event("token.created", "id", t.id, "name", t.name, "role", t.role, "user", owner.username);
        return TokenView.of(t, secret, now);
    }

    /** The user's tokens, or every user's for an admin; revoked ones are gone, expired ones marked. */
    @Transactional
    public List<TokenView> list(long userId, boolean all) {
        Instant now = clock.now();
        var q = em.createQuery("select t from ApiToken t join fetch t.user u where t.revokedAt is null"
                + (all ? "" : " and u.id = :u") + " order by t.createdAt desc, t.id desc", ApiToken.class);
        if (!all) {
            q.setParameter("u", userId);
        }
        return q.getResultStream().map(t -> TokenView.of(t, null, now)).toList();
    }

    /** Revokes a token at once: its own user's, or any for an admin. Another user's token is a 404, not a 403. */
    @Transactional
    public void revoke(long id, long userId, boolean admin, String by) {
        ApiToken t = em.find(ApiToken.class, id);
        if (t == null || t.revokedAt != null || (!admin && !t.user.id.equals(userId))) {
            throw ApiException.notFound("token " + id);
        }
        t.revokedAt = clock.now();
        SecurityLog.event("token.revoked", "id", t.id, "name", t.name, "user", t.user.username, "by", by);
    }

    /** The holder of a live token with this secret, or null (unknown, revoked or expired). */
    @Transactional
    public Holder find(String secret) {
        if (secret == null || secret.length() != SECRET_LENGTH || !secret.startsWith(PREFIX)) {
            return null;
        }
        List<ApiToken> rows = em.createQuery("select t from ApiToken t join fetch t.user where t.secretHash = :h",
                ApiToken.class).setParameter("h", Secrets.hash(secret)).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        ApiToken t = rows.get(0);
        Instant now = clock.now();
        if (t.revokedAt != null || (t.expiresAt != null && !now.isBefore(t.expiresAt))) {
            return null;
        }
        if (t.lastUsedAt == null || !now.isBefore(t.lastUsedAt.plus(Sessions.TOUCH_EVERY))) {
            t.lastUsedAt = now;
        }
        String role = Roles.lesser(t.role, t.user.role());
        return new Holder(t.id, t.user.id, t.user.username, Roles.expand(role));
    }

    /** An instant with an offset ({@code 2026-12-31T18:00:00Z}) or a date ({@code 2026-12-31}: its start, UTC). */
    static Instant parseInstant(String text) {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a date (2026-12-31) or a time with offset (2026-12-31T18:00:00Z)");
        }
    }
}
