package org.personneltracker.account;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Supplies {@code quarkus.http.auth.session.encryption-key}, the key that encrypts the sign-in cookie, so that a
 * restart keeps people signed in. In order: the environment variable {@code TRACKER_SESSION_KEY}; else the key in
 * {@code <tracker.data-dir>/session.key}, generated once (32 random bytes, owner-only permissions, written to a
 * temporary file and moved into place atomically so two starting instances agree on one key). When the data
 * folder cannot be written, a key for this process only is used and a warning logged.
 *
 * <p>The source has a low ordinal (50), so a value in application.properties or a system property wins (the
 * tests set a fixed one). It is lazy: nothing is read or written until the key is asked for at run time.
 */
public class SessionKeySource implements ConfigSource {

    public static final String KEY = "quarkus.http.auth.session.encryption-key";
    public static final String ENV = "TRACKER_SESSION_KEY";
    private static final Logger LOG = Logger.getLogger(SessionKeySource.class);

    private final String dataDir;
    private volatile String key;

    SessionKeySource(String dataDir) {
        this.dataDir = dataDir;
    }

    /** Registered in META-INF/services so it can read {@code tracker.data-dir} from the other sources. */
    public static class Factory implements ConfigSourceFactory {
        @Override
        public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
            ConfigValue dir = context.getValue("tracker.data-dir");
            return List.of(new SessionKeySource(dir == null || dir.getValue() == null ? "data" : dir.getValue()));
        }
    }

    @Override
    public String getValue(String propertyName) {
        if (!KEY.equals(propertyName)) {
            return null;
        }
        String k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                k = key;
            }
        }
        return k;
    }

    private String load() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            if (env.length() < 16) {
                throw new IllegalStateException(ENV + " must have at least 16 characters");
            }
            return env.trim();
        }
        Path file = Path.of(dataDir).resolve("session.key");
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(file.getParent() == null ? Path.of(".") : file.getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "session", ".tmp");
            try {
                restrict(tmp);
                Files.writeString(tmp, generate() + "\n", StandardCharsets.US_ASCII);
                try {
                    // no REPLACE_EXISTING: if another process won the race, its key is kept and read below
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file);
                } catch (FileAlreadyExistsException e) {
                    // another instance created it first
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            LOG.infof("Generated the session encryption key in %s (set %s to choose it)", file, ENV);
            return read(file);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Cannot keep a session key in %s (%s): sign-ins will not survive a restart; set %s", file,
                    e.getMessage(), ENV);
            return generate();
        }
    }

    private static String read(Path file) throws IOException {
        String k = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (k.length() < 16) {
            throw new IOException("the key in " + file + " is shorter than 16 characters");
        }
        return k;
    }

    private static void restrict(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "tracker-session-key";
    }
}
