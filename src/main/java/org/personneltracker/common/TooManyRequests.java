package org.personneltracker.common;

import io.quarkus.security.AuthenticationException;
import java.time.Duration;

/**
 * Too many failed sign-ins for an account or from a client address: answered 429 with {@code Retry-After}
 * ({@link ProblemMappers}), even when the password given this time is right.
 */
public class TooManyRequests extends SecurityException implements AuthenticationException {

    private final long retryAfterSeconds;

    public TooManyRequests(Duration wait) {
        super("too many failed sign-ins");
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** "2 minutes", "40 seconds": for people. */
    public String waitText() {
        long s = retryAfterSeconds;
        if (s < 90) {
            return s + (s == 1 ? " second" : " seconds");
        }
        long m = (s + 59) / 60;
        return m + " minutes";
    }
}
