package org.personneltracker.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Limits of an {@link ArticleFetcher}.
 *
 * @param allowedHosts   host names or literal IPs that may be fetched even though they resolve to (or
 *                       are) loopback/private/link-local addresses; a name entry matches that name
 *                       only (listing "127.0.0.1" does not allow "localhost"); compared
 *                       case-insensitively, without brackets or a trailing dot
 * @param maxBytes       largest body read; a larger one is refused
 * @param connectTimeout limit for establishing one TCP (and TLS) connection
 * @param totalTimeout   limit for the whole fetch, all redirect hops and body reading included
 * @param maxRedirects   how many redirects are followed (each hop re-checked) before refusing
 */
public record FetchPolicy(Set<String> allowedHosts, int maxBytes, Duration connectTimeout, Duration totalTimeout,
                          int maxRedirects) {

    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    public FetchPolicy {
        Objects.requireNonNull(allowedHosts, "allowedHosts");
        allowedHosts = allowedHosts.stream().map(FetchPolicy::normalizeHost).collect(Collectors.toUnmodifiableSet());
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(totalTimeout, "totalTimeout");
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative");
        }
    }

    /** No allow-list, 2 MiB, 5 s connect, 10 s in total, 5 redirects. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(Set.of(), DEFAULT_MAX_BYTES, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TOTAL_TIMEOUT,
                DEFAULT_MAX_REDIRECTS);
    }

    /** Lower case, no IPv6 brackets, no trailing dot. */
    static String normalizeHost(String host) {
        String h = Objects.requireNonNull(host, "host").trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
