package org.personneltracker.support;

import io.quarkus.test.junit.QuarkusMock;
import java.time.Duration;
import java.time.Instant;
import org.personneltracker.account.AuthClock;

/**
 * The time sessions, tokens and throttling go by, moved forward by a test instead of waited for. {@link #install()}
 * in a {@code @BeforeEach} replaces the clock for that test class only (QuarkusMock), starting at the real time.
 */
public final class TestClock {

    private static volatile Duration offset = Duration.ZERO;

    private TestClock() {
    }

    public static void install() {
        offset = Duration.ZERO;
        QuarkusMock.installMockForType(new AuthClock() {
            @Override
            public Instant now() {
                return Instant.now().plus(offset);
            }
        }, AuthClock.class);
    }

    public static void advance(Duration d) {
        offset = offset.plus(d);
    }
}
