package org.personneltracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationSecretsTest {

    @TempDir
    Path dataDir;

    @Test
    void aNewDataFolderIsOwnerOnly() throws Exception {
        Path folder = dataDir.resolve("fresh/data");
        new InstallationSecrets(folder.toString()).getValue("tracker.cursor-key");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("cursor.key"))));
    }

    @Test
    void eachKeyIsGeneratedOnceIntoAnOwnerOnlyFileAndKeptAcrossStarts() throws Exception {
        String cursorKey = new InstallationSecrets(dataDir.toString()).getValue("tracker.cursor-key");
        assertTrue(cursorKey.length() >= 32, cursorKey);
        Path file = dataDir.resolve("cursor.key");
        assertEquals(cursorKey, Files.readString(file).trim());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        // a restart reads the same keys
        InstallationSecrets restarted = new InstallationSecrets(dataDir.toString());
        assertEquals(cursorKey, restarted.getValue("tracker.cursor-key"));
        assertNull(restarted.getValue("quarkus.http.auth.session.encryption-key"), "sessions need no key any more");
        assertNull(restarted.getValue("tracker.something-else"));
    }
}
