package org.personneltracker.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.TrackerConfig;

/**
 * Why: a copy of the data taken while the tracker runs, consistent to one moment, that restores into an empty
 * instance. On H2, {@code BACKUP TO} copies the database file into a zip without stopping writers: the copy holds
 * every transaction committed when it started and none half-done (README, "Backup and restore": unzip it into an
 * empty data folder and start the app on it). On PostgreSQL, {@code pg_dump} (when installed beside the app) makes a
 * custom-format dump from one snapshot; {@code pg_restore} loads it into an empty database. Backups are written to
 * {@code <data-dir>/backups}, readable by the owner only.
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class);
    private static final Pattern NAME = Pattern.compile("tracker-[0-9]{8}-[0-9]{9}\\.(zip|dump)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS")
            .withZone(ZoneOffset.UTC);

    @Inject
    DataSource dataSource;

    @Inject
    TrackerConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** A stored backup: its file name, size, SHA-256 (to check a download), when it was made, and its format. */
    public record BackupView(String name, long bytes, String sha256, Instant createdAt, String format) {
    }

    public Path folder() {
        return Path.of(config.dataDir()).resolve("backups").toAbsolutePath();
    }

    /** Makes a backup of the running database; a 409 on an in-memory database, a 501 without pg_dump. */
    public synchronized BackupView create() {
        Instant now = Instant.now();
        try {
            Path dir = ownerOnlyFolder(folder());
            String product;
            String url;
            try (Connection c = dataSource.getConnection()) {
                product = c.getMetaData().getDatabaseProductName();
                url = c.getMetaData().getURL();
            }
            Path file;
            if (product.equalsIgnoreCase("H2")) {
                if (url.startsWith("jdbc:h2:mem:")) {
                    throw ApiException.conflict("an in-memory database keeps nothing to back up");
                }
                file = dir.resolve("tracker-" + STAMP.format(now) + ".zip");
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
                }
            } else if (product.equalsIgnoreCase("PostgreSQL")) {
                file = dir.resolve("tracker-" + STAMP.format(now) + ".dump");
                pgDump(file);
            } else {
                throw ApiException.conflict("backups are made of H2 and PostgreSQL databases, not " + product);
            }
            ownerOnly(file);
            BackupView view = view(file, now);
            LOG.infof("Backup %s made (%d bytes, sha256 %s)", view.name(), view.bytes(), view.sha256());
            return view;
        } catch (IOException | SQLException | IllegalStateException e) {
            LOG.error("backup failed", e);
            throw new ApiException(500, "Internal error", "the backup could not be made: " + e.getMessage(), List.of(),
                    null);
        }
    }

    /** The backups in the folder, newest first. */
    public List<BackupView> list() {
        Path dir = folder();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<BackupView> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).sorted().toList()) {
                out.add(0, view(f, Files.getLastModifiedTime(f).toInstant()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The file of a backup by name; a 404 for any other name. */
    public Path file(String name) {
        Path f = folder().resolve(name);
        if (name == null || !NAME.matcher(name).matches() || !Files.isRegularFile(f)) {
            throw ApiException.notFound("backup '" + name + "'");
        }
        return f;
    }

    /** pg_dump of the configured database: one snapshot, custom format (for pg_restore). */
    private void pgDump(Path file) throws IOException {
        String db = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring(5) : jdbcUrl;
        List<String> cmd = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + file,
                "--dbname=" + db));
        username.ifPresent(u -> cmd.add("--username=" + u));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        password.ifPresent(p -> pb.environment().put("PGPASSWORD", p));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new ApiException(501, "Not implemented", "pg_dump is not installed beside the app: run `pg_dump"
                    + " --format=custom --no-owner --file=tracker.dump " + db + "` where it is (README, \"Backup and"
                    + " restore\")", List.of(), null);
        }
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes());
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                Files.deleteIfExists(file);
                throw new IllegalStateException("pg_dump failed: " + output.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException("interrupted while pg_dump ran", e);
        }
    }

    private static BackupView view(Path file, Instant createdAt) throws IOException {
        return new BackupView(file.getFileName().toString(), Files.size(file), sha256(file), createdAt,
                file.toString().endsWith(".zip") ? "h2-backup-zip" : "pg_dump-custom");
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path ownerOnlyFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        return dir;
    }

    private static void ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
