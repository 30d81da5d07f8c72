package org.personneltracker.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The folder of the H2 database (it holds the password hashes) and of the key files is the owner's alone: 0700, and
 * the database's files in it 0600. H2 creates its files with the process's umask (often 0644), so at start, before the
 * first admin is created and before anything is written, the folder and files are restricted; files H2 creates later
 * (a trace file) sit in a folder nobody else can enter. Running the app with {@code umask 077} (systemd:
 * {@code UMask=0077}) makes them owner-only from their first byte too.
 */
@ApplicationScoped
public class DataFolder {

    private static final Logger LOG = Logger.getLogger(DataFolder.class);
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    @Inject
    DataSource dataSource;

    void onStart(@Observes @Priority(0) StartupEvent ev) throws SQLException {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        Path base = h2File(url);
        if (base != null) {
            restrict(base);
        }
    }

    /** The database file's path without extension for an {@code jdbc:h2:file:} (or plain path) URL, else null. */
    static Path h2File(String url) {
        if (url == null || !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:")) {
            return null;
        }
        String rest = url.substring("jdbc:h2:".length());
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int semicolon = rest.indexOf(';');
        String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Path.of(path).toAbsolutePath().normalize();
    }

    /** Makes the database's folder 0700 and its files ({@code name.*}) 0600. */
    static void restrict(Path base) {
        Path folder = base.getParent();
        String name = base.getFileName().toString() + ".";
        try {
            Files.setPosixFilePermissions(folder, FOLDER);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, p -> p.getFileName().toString()
                    .startsWith(name) && Files.isRegularFile(p))) {
                for (Path f : files) {
                    Files.setPosixFilePermissions(f, FILE);
                }
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access rules apply
        } catch (IOException e) {
            LOG.warnf("Could not make %s owner-only (%s): other users of this machine may read the database", folder,
                    e.getMessage());
        }
    }

    /** Creates a folder (and its missing parents) owner-only; an existing folder is left as it is. */
    static void create(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.getParent();
        if (parent != null && !Files.exists(parent)) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            Files.setPosixFilePermissions(folder, FOLDER); // the umask may have masked the attribute
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another instance made it first
        }
    }
}
