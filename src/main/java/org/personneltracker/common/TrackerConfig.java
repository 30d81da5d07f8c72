package org.personneltracker.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Everything under {@code tracker.*} in application.properties. */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    /** Reads are open to anonymous users unless false (a newsroom's private tracker). */
    @WithDefault("true")
    boolean publicRead();

    /** Folder of the embedded H2 database file (used in the default JDBC URL). */
    @WithDefault("data")
    String dataDir();

    Admin admin();

    Seed seed();

    Fetch fetch();

    /** Fetching articles by URL for POST /api/ingest/article (off by default; SSRF-checked when on). */
    interface Fetch {
        @WithDefault("false")
        boolean enabled();

        /** Host names or IPs that may be fetched although private or loopback (e.g. an intranet CMS). */
        java.util.Optional<java.util.List<String>> allowedHosts();

        @WithDefault("2097152")
        int maxBytes();

        @WithDefault("10s")
        java.time.Duration timeout();

        @WithDefault("5")
        int maxRedirects();
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
