package org.personneltracker.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.personneltracker.common.SecurityLog;
import org.personneltracker.common.TooManyRequests;
import org.personneltracker.common.TrackerConfig;

/**
 * Checks a user name and password (the login form and HTTP Basic), throttled by {@link Throttle}.
 *
 * <p>Parallel checks for one account run side by side while that account has no failures on record and fewer than
 * its limit are in flight on this instance; beyond that they run one at a time (a striped lock), each after reading
 * the throttle again. So a script signing in from a few threads is not slowed down, while a burst of parallel guesses
 * gets at most about the limit checked before the first failures are counted and the throttle applies. An unknown
 * user name costs the same bcrypt work as a known one, so timing does not tell which names exist.
 */
@ApplicationScoped
public class SignIns {

    /** A verified user, as the identity is built from it. */
    public record Account(long id, String username, String roles) {
    }

    private static final int STRIPES = 64;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final AtomicInteger[] inFlight = new AtomicInteger[STRIPES];

    @Inject
    Throttle throttle;

    @Inject
    TrackerConfig config;

    private volatile String dummyHash;

    SignIns() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
            inFlight[i] = new AtomicInteger();
        }
    }

    /**
     * The account whose name and password these are, or null (the failure is counted and logged).
     *
     * @throws TooManyRequests while the account or the address is throttled, whatever the password
     */
    public Account verify(String username, String password, String address, String via) {
        String name = username == null ? "" : username.trim();
        String accountKey = Throttle.accountKey(name);
        String addressKey = Throttle.addressKey(address);
        int stripe = Math.floorMod(accountKey.hashCode(), STRIPES);
        try {
            if (inFlight[stripe].incrementAndGet() <= config.signIn().accountLimit()) {
                Throttle.State state = throttle.state(accountKey, addressKey);
                if (!state.accountHasFailures()) {
                    return attempt(name, password, address, via, accountKey, addressKey, state);
                }
            }
            ReentrantLock lock = locks[stripe];
            try {
                if (!lock.tryLock(30, TimeUnit.SECONDS)) {
                    throw new TooManyRequests(Duration.ofSeconds(5));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TooManyRequests(Duration.ofSeconds(5));
            }
            try {
                return attempt(name, password, address, via, accountKey, addressKey,
                        throttle.state(accountKey, addressKey));
            } finally {
                lock.unlock();
            }
        } finally {
            inFlight[stripe].decrementAndGet();
        }
    }

    private Account attempt(String name, String password, String address, String via, String accountKey,
            String addressKey, Throttle.State state) {
        if (state.retryAfter() != null) {
            SecurityLog.warn("sign-in.throttled", "user", name, "via", via, "from", address, "retryAfter",
                    state.retryAfter().toSeconds());
            throw new TooManyRequests(state.retryAfter());
        }
        Account account = check(name, password);
        if (account == null) {
            Duration blocked = throttle.failed(accountKey, addressKey);
            SecurityLog.warn("sign-in.failed", "user", name, "via", via, "from", address);
            if (blocked != null) {
                SecurityLog.warn("sign-in.throttle-started", "user", name, "from", address, "seconds",
                        blocked.toSeconds());
            }
            return null;
        }
        if (state.accountHasFailures()) {
            throttle.succeeded(accountKey);
        }
        if (!"basic".equals(via)) {
            SecurityLog.event("sign-in.ok", "user", account.username(), "via", via, "from", address);
        }
        return account;
    }

    private Account check(String name, String password) {
        if (name.isEmpty() || name.length() > 100 || password == null || password.isEmpty()
                || password.length() > 1024) {
            return null;
        }
        User u = QuarkusTransaction.requiringNew().call(() -> {
            List<User> exact = User.list("username", name);
            if (!exact.isEmpty()) {
                return exact.get(0);
            }
            List<User> byKey = User.list("usernameKey", User.key(name));
            return byKey.isEmpty() ? null : byKey.get(0);
        });
        if (u == null) {
            BcryptUtil.matches(password, dummyHash());
            return null;
        }
        return BcryptUtil.matches(password, u.passwordHash) ? new Account(u.id, u.username, u.roles) : null;
    }

    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            h = BcryptUtil.bcryptHash(Secrets.generate(""), config.bcryptCost());
            dummyHash = h;
        }
        return h;
    }
}
