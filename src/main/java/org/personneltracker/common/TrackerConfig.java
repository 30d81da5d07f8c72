package org.personneltracker.common;

import io.smallrye.config.ConfigMapping;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Everything under {@code tracker.*} in application.properties. */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    /** Reads are open to anonymous users unless false (a newsroom's private tracker). */
    @WithDefault("true")
    boolean publicRead();

    /** Folder of the embedded H2 database file (used in the default JDBC URL) and of the installation's keys. */
    @WithDefault("data")
    String dataDir();

    /**
     * The key that signs list cursors (env TRACKER_CURSOR_KEY); when not set, one generated once into
     * {@code <data-dir>/cursor.key} ({@link InstallationSecrets}).
     */
    String cursorKey();

    /**
     * The bcrypt work factor of stored passwords (each step doubles the time a sign-in takes to check, for an
     * attacker too). The tests use the minimum so that hundreds of signed-in requests stay fast.
     */
    @WithDefault("10")
    int bcryptCost();

    /**
     * The address users reach the tracker at, e.g. {@code https://tracker.example.org} (also behind a TLS proxy).
     * When it is https, cookies are marked Secure and Strict-Transport-Security is sent; redirects are relative paths
     * either way, never built from the request's Host header.
     */
    Optional<String> publicUrl();

    Session session();

    SignIn signIn();
    /**
     * Keep answers that aggregate many rows (totals, facets, a company's chart, insights) until the next write
     * ({@link Aggregates}); false for two instances writing to one PostgreSQL database.
     */
    @WithName("cache.aggregates")
    @WithDefault("true")
    boolean cacheAggregates();

    /** The largest request body (a 413 above it); import files have their own limit. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    @WithName("import")
    Import imports();

    /**
     * When the embedded H2 database rewrites its file compactly as the app stops ({@link H2Compaction}):
     * {@code after-import} (only when a large import wrote since the start), {@code always} or {@code never}.
     */
    @WithName("h2.compact-on-shutdown")
    @WithDefault("after-import")
    H2Compaction.When h2CompactOnShutdown();

    /** Imports of JSON Lines and CSV (transfer/). */
    interface Import {
        /** The largest import file (also the HTTP layer's own limit, quarkus.http.limits.max-body-size). */
        @WithDefault("2G")
        MemorySize maxBodySize();

        /**
         * How long a large import cut short by a stop must have stood still before a starting instance removes what
         * it wrote (another instance sharing the database may still be running it).
         */
        @WithDefault("60s")
        java.time.Duration staleAfter();
    }

    Admin admin();

    Seed seed();

    Fetch fetch();

    /** Fetching articles by URL for POST /api/ingest/article (off by default; SSRF-checked when on). */
    interface Fetch {
        @WithDefault("false")
        boolean enabled();

        /** Host names or IPs that may be fetched although private or loopback (e.g. an intranet CMS). */
        Optional<List<String>> allowedHosts();

        @WithDefault("2097152")
        int maxBytes();

        @WithDefault("10s")
        Duration timeout();

        @WithDefault("5")
        int maxRedirects();
    }

    /** Browser sessions (the cookie set by POST /login). */
    interface Session {
        /** Absolute lifetime: a session ends this long after sign-in, however much it is used. */
        @WithDefault("12h")
        Duration lifetime();

        /** A session not used for this long ends. */
        @WithDefault("2h")
        Duration idleTimeout();
    }

    /** Throttling of password guessing (the login form and HTTP Basic), per account and per client address. */
    interface SignIn {
        /** Failed sign-ins for one account before it is throttled. */
        @WithDefault("5")
        int accountLimit();

        /** Failed sign-ins from one client address (any account) before it is throttled. */
        @WithDefault("20")
        int addressLimit();

        /** The first wait once a limit is reached; it doubles with each further failure up to maxBlock. */
        @WithDefault("30s")
        Duration firstBlock();

        @WithDefault("15m")
        Duration maxBlock();

        /** Failures older than this are forgotten (the count starts again). */
        @WithDefault("1h")
        Duration forgetAfter();
    }

    interface Admin {
        /** Password of the first-start admin (env TRACKER_ADMIN_PASSWORD); generated and logged once when absent. */
        Optional<String> password();
    }

    interface Seed {
        @WithDefault("true")
        boolean enabled();

        /** Folder holding companies.json, people.json, context-events.json and events.json. */
        @WithDefault("seed-data")
        String path();
    }
}
