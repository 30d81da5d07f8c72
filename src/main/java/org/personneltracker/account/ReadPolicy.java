package org.personneltracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.personneltracker.common.TrackerConfig;

/**
 * Whether reads are open to anonymous visitors ({@code tracker.public-read}). A bean of its own, so that the one
 * test boot can check a private tracker by switching it for a test (QuarkusMock) instead of booting again.
 */
@ApplicationScoped
public class ReadPolicy {

    @Inject
    TrackerConfig config;

    public boolean publicRead() {
        return config.publicRead();
    }
}
