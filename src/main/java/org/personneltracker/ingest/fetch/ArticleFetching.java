package org.personneltracker.ingest.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.personneltracker.common.TrackerConfig;

/**
 * The article fetcher of this installation, built once from {@code tracker.fetch.*}, or none while fetching by URL
 * is off. A bean of its own, so that the one test boot can switch fetching on for a test (QuarkusMock) instead of
 * booting again with other settings.
 */
@ApplicationScoped
public class ArticleFetching {

    @Inject
    TrackerConfig config;

    private volatile ArticleFetcher fetcher;

    /** Empty while fetching by URL is disabled. */
    public Optional<ArticleFetcher> fetcher() {
        if (!config.fetch().enabled()) {
            return Optional.empty();
        }
        ArticleFetcher f = fetcher;
        if (f == null) {
            f = new ArticleFetcher(policy(config.fetch()));
            fetcher = f;
        }
        return Optional.of(f);
    }

    /** The limits {@code tracker.fetch.*} sets; connecting never gets longer than the whole fetch. */
    public static FetchPolicy policy(TrackerConfig.Fetch c) {
        Duration timeout = c.timeout();
        Duration connect = timeout.compareTo(FetchPolicy.DEFAULT_CONNECT_TIMEOUT) < 0 ? timeout
                : FetchPolicy.DEFAULT_CONNECT_TIMEOUT;
        return new FetchPolicy(Set.copyOf(c.allowedHosts().orElse(List.of())), c.maxBytes(), connect, timeout,
                c.maxRedirects());
    }
}
