package org.personneltracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The time that session lifetimes, token expiry and sign-in throttling are measured by. A bean of its own so the one
 * test boot can move it forward (QuarkusMock) instead of waiting twelve hours.
 */
@ApplicationScoped
public class AuthClock {

    public Instant now() {
        return Instant.now();
    }
}
