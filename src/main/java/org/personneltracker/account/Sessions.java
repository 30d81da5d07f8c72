package org.personneltracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.personneltracker.common.TrackerConfig;

/**
 * Browser sessions kept on the server, so that signing out ends them at once on every app instance. The cookie holds
 * a random 256-bit secret; the table holds its SHA-256. A session ends when revoked (sign-out, a password change or
 * reset), {@code tracker.session.lifetime} after sign-in however much it is used, or after
 * {@code tracker.session.idle-timeout} unused. Looking a session up is one indexed read; its last-seen time is written
 * at most once a minute.
 */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "tracker-session";
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A new session: the secret goes into the cookie and nowhere else. */
    public record Started(String secret, Instant expiresAt) {
    }

    /** The live session a request came with. */
    public record Current(long id, String secretHash, long userId, String username, String roles) {
    }

    @Inject
    EntityManager em;

    @Inject
    TrackerConfig config;

    @Inject
    AuthClock clock;

    @Transactional
    public Started start(long userId, String clientAddress) {
        Instant now = clock.now();
        String secret = Secrets.generate("");
        UserSession s = new UserSession();
        s.secretHash = Secrets.hash(secret);
        s.user = em.getReference(User.class, userId);
        s.createdAt = now;
        s.lastSeenAt = now;
        s.expiresAt = now.plus(config.session().lifetime());
        s.clientAddress = clientAddress == null || clientAddress.length() > 100 ? null : clientAddress;
        s.persist();
        // sessions that ended more than a day ago are of no more use
        em.createQuery("delete from UserSession s where s.expiresAt < :old").setParameter("old", now.minus(Duration.ofDays(1)))
                .executeUpdate();
        return new Started(secret, s.expiresAt);
    }

    /** The live session with this secret, or null when it is unknown, revoked, expired or idle too long. */
    @Transactional
    public Current find(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > 100) {
            return null;
        }
        List<UserSession> rows = em.createQuery("select s from UserSession s join fetch s.user where s.secretHash = :h",
                UserSession.class).setParameter("h", Secrets.hash(secret)).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        UserSession s = rows.get(0);
        Instant now = clock.now();
        if (s.revokedAt != null || !now.isBefore(s.expiresAt)
                || !now.isBefore(s.lastSeenAt.plus(config.session().idleTimeout()))) {
            return null;
        }
        if (!now.isBefore(s.lastSeenAt.plus(TOUCH_EVERY))) {
            s.lastSeenAt = now;
        }
        return new Current(s.id, s.secretHash, s.user.id, s.user.username, s.user.roles);
    }

    /** Ends the session with this secret (sign-out); answers whether there was a live one. */
    @Transactional
    public boolean end(String secret) {
        if (secret == null || secret.isEmpty()) {
            return false;
        }
        return em.createQuery("update UserSession s set s.revokedAt = :now where s.secretHash = :h and s.revokedAt is null")
                .setParameter("now", clock.now()).setParameter("h", Secrets.hash(secret)).executeUpdate() > 0;
    }

    /** Ends every session of the user except the one with {@code keepHash} (null: all); answers how many. */
    @Transactional
    public int endAllOf(long userId, String keepHash) {
        var q = em.createQuery("update UserSession s set s.revokedAt = :now where s.user.id = :u and s.revokedAt is null"
                + " and s.expiresAt > :now" + (keepHash == null ? "" : " and s.secretHash <> :keep"))
                .setParameter("now", clock.now()).setParameter("u", userId);
        if (keepHash != null) {
            q.setParameter("keep", keepHash);
        }
        return q.executeUpdate();
    }
}
