package org.personneltracker.common;

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
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Supplies the secrets of this installation as configuration, so that they survive a restart and no two
 * installations share one:
 * <ul>
 * <li>{@code tracker.cursor-key}, the key that signs list cursors (a cursor this installation did not issue is
 * refused): {@code TRACKER_CURSOR_KEY}, else {@code <tracker.data-dir>/cursor.key}.
 * </ul>
 * (Sign-in sessions need no key: they are random ids kept in the database, see {@code account.Sessions}.)
 * A key file is generated once (32 random bytes, owner-only permissions in an owner-only folder, written to a temporary file and moved into
 * place atomically so two starting instances agree on one key). When the data folder cannot be written, a key for
 * this process only is used and a warning logged.
 *
 * <p>The source has a low ordinal (50), so a value in application.properties or a system property wins (the
 * tests set fixed ones). It is lazy: nothing is read or written until a key is asked for at run time.
 */
public class InstallationSecrets implements ConfigSource {

    /** One secret: the property it supplies, the environment variable that sets it, the file that keeps it. */
    enum Secret {
        CURSOR_KEY("tracker.cursor-key", "TRACKER_CURSOR_KEY", "cursor.key", "the cursor signing key");

        final String property;
        final String env;
        final String file;
        final String description;

        Secret(String property, String env, String file, String description) {
            this.property = property;
            this.env = env;
            this.file = file;
            this.description = description;
        }

        static Secret forProperty(String name) {
            for (Secret s : values()) {
                if (s.property.equals(name)) {
                    return s;
                }
            }
            return null;
        }
    }

    private static final Logger LOG = Logger.getLogger(InstallationSecrets.class);

    private final String dataDir;
    private final Map<Secret, String> loaded = new ConcurrentHashMap<>();

    InstallationSecrets(String dataDir) {
        this.dataDir = dataDir;
    }

    /** Registered in META-INF/services so it can read {@code tracker.data-dir} from the other sources. */
    public static class Factory implements ConfigSourceFactory {
        @Override
        public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
            ConfigValue dir = context.getValue("tracker.data-dir");
            return List.of(new InstallationSecrets(dir == null || dir.getValue() == null ? "data" : dir.getValue()));
        }
    }

    @Override
    public String getValue(String propertyName) {
        Secret secret = Secret.forProperty(propertyName);
        return secret == null ? null : loaded.computeIfAbsent(secret, this::load);
    }

    private String load(Secret secret) {
        String env = System.getenv(secret.env);
        if (env != null && !env.isBlank()) {
            if (env.trim().length() < 16) {
                throw new IllegalStateException(secret.env + " must have at least 16 characters");
            }
            return env.trim();
        }
        Path file = Path.of(dataDir).resolve(secret.file);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            DataFolder.create(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), secret.name().toLowerCase(), ".tmp");
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
            LOG.infof("Generated %s in %s (set %s to choose it)", secret.description, file, secret.env);
            return read(file);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Cannot keep %s in %s (%s): it changes on every restart; set %s", secret.description, file,
                    e.getMessage(), secret.env);
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
        return "tracker-installation-secrets";
    }
}
