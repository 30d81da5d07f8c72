package org.personneltracker.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.personneltracker.common.TrackerConfig;

/**
 * Counts failed sign-ins per account and per client address in the database, so every app instance on it sees the
 * same counts. Once a key reaches its limit ({@code tracker.sign-in.account-limit}, {@code address-limit}) it is
 * blocked for {@code first-block} (30 s), doubling with each further failure up to {@code max-block} (15 min): a
 * guesser gets about one try per quarter of an hour, and an owner locked out by someone else's guessing waits at most
 * that long once the guessing stops. While a key is blocked no password is checked at all. Failures older than
 * {@code forget-after} are forgotten; a successful sign-in clears its account's count (not its address's, or a
 * guesser could reset it with an account of their own).
 */
@ApplicationScoped
public class Throttle {

    /** The throttling state of one sign-in attempt's two keys. */
    public record State(Duration retryAfter, boolean accountHasFailures) {
    }

    @Inject
    EntityManager em;

    @Inject
    TrackerConfig config;

    @Inject
    AuthClock clock;

    private final AtomicInteger failuresSinceCleanup = new AtomicInteger();

    static String accountKey(String username) {
        String k = User.key(username);
        return "account:" + (k.length() > 120 ? k.substring(0, 120) : k);
    }

    /**
     * The key of a client address. IPv6 addresses count by their /64 network, which one client usually holds whole
     * (else it could try from 2^64 addresses).
     */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "address:unknown";
        }
        if (address.indexOf(':') >= 0) {
            try {
                byte[] b = InetAddress.getByName(address).getAddress();
                if (b.length == 16) {
                    StringBuilder sb = new StringBuilder("address:");
                    for (int i = 0; i < 8; i += 2) {
                        sb.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
                    }
                    return sb.append(":/64").toString();
                }
            } catch (UnknownHostException e) {
                // not a literal address: counted as given
            }
        }
        return "address:" + (address.length() > 100 ? address.substring(0, 100) : address);
    }

    /** How long the account or the address must wait (null: they may try now). One indexed read. */
    public State state(String accountKey, String addressKey) {
        Instant now = clock.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<SignInThrottle> rows = em.createQuery("select t from SignInThrottle t where t.key in (:a, :b)",
                    SignInThrottle.class).setParameter("a", accountKey).setParameter("b", addressKey).getResultList();
            Instant until = null;
            boolean accountFailures = false;
            for (SignInThrottle t : rows) {
                if (t.blockedUntil != null && t.blockedUntil.isAfter(now)
                        && (until == null || t.blockedUntil.isAfter(until))) {
                    until = t.blockedUntil;
                }
                accountFailures |= t.key.equals(accountKey);
            }
            return new State(until == null ? null : Duration.between(now, until), accountFailures);
        });
    }

    /** Records a failure of both keys; answers how long the attempt's keys are now blocked for (null: not blocked). */
    public Duration failed(String accountKey, String addressKey) {
        Instant now = clock.now();
        Instant a = fail(accountKey, config.signIn().accountLimit(), now);
        Instant b = fail(addressKey, config.signIn().addressLimit(), now);
        if (failuresSinceCleanup.incrementAndGet() >= 100) {
            failuresSinceCleanup.set(0);
            forgetOld(now);
        }
        Instant until = a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
        return until == null ? null : Duration.between(now, until);
    }

    /** A successful sign-in: the account's count starts again. */
    public void succeeded(String accountKey) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("delete from SignInThrottle t where t.key = :k")
                .setParameter("k", accountKey).executeUpdate());
    }

    private Instant fail(String key, int limit, Instant now) {
        for (int attempt = 0;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    SignInThrottle t = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
                    boolean fresh = t == null;
                    if (fresh) {
                        t = new SignInThrottle();
                        t.key = key;
                    } else if (t.lastFailureAt.isBefore(now.minus(config.signIn().forgetAfter()))) {
                        t.failures = 0;
                        t.blockedUntil = null;
                    }
                    t.failures++;
                    t.lastFailureAt = now;
                    if (t.failures >= limit) {
                        t.blockedUntil = now.plus(block(t.failures - limit));
                    }
                    if (fresh) {
                        em.persist(t);
                    }
                    return t.blockedUntil;
                });
            } catch (RuntimeException e) {
                // another thread or instance inserted the same key between our read and our insert: count on its row.
                // The insert fails at commit, so the unique-key violation arrives wrapped in the transaction's exception.
                if (attempt >= 2 || !causedBy(e, PersistenceException.class)) {
                    throw e;
                }
            }
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The wait after {@code beyond} failures past the limit: first-block doubled each time, at most max-block. */
    Duration block(int beyond) {
        Duration first = config.signIn().firstBlock();
        Duration max = config.signIn().maxBlock();
        Duration d = first.multipliedBy(1L << Math.min(Math.max(beyond, 0), 20));
        return d.compareTo(max) > 0 ? max : d;
    }

    private void forgetOld(Instant now) {
        Instant cutoff = now.minus(config.signIn().forgetAfter());
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "delete from SignInThrottle t where t.lastFailureAt < :cutoff and (t.blockedUntil is null"
                        + " or t.blockedUntil < :now)").setParameter("cutoff", cutoff).setParameter("now", now)
                .executeUpdate());
    }
}
