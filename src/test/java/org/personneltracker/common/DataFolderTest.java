package org.personneltracker.common;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, item 9: the database's folder is 0700 and its files 0600 (the packaged app is checked by RestartIT). */
class DataFolderTest {

    @TempDir
    Path dir;

    @Test
    void theDatabaseFileOfAnH2UrlIsFound() {
        assertEquals(Path.of("/var/lib/tracker/tracker"), DataFolder.h2File("jdbc:h2:file:/var/lib/tracker/tracker;DB_CLOSE_ON_EXIT=FALSE"));
        assertEquals(Path.of("data/tracker").toAbsolutePath(), DataFolder.h2File("jdbc:h2:file:./data/tracker"));
        assertNull(DataFolder.h2File("jdbc:h2:mem:test"));
        assertNull(DataFolder.h2File("jdbc:postgresql://localhost/tracker"));
    }

    @Test
    void theFolderAndTheDatabaseFilesBecomeOwnerOnly() throws Exception {
        Path folder = dir.resolve("data");
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path db = Files.writeString(folder.resolve("tracker.mv.db"), "x");
        Path trace = Files.writeString(folder.resolve("tracker.trace.db"), "x");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(trace, PosixFilePermissions.fromString("rw-r--r--"));
        DataFolder.restrict(folder.resolve("tracker"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(trace)));
    }
}
