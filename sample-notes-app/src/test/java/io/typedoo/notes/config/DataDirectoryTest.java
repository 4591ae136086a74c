package io.typedoo.notes.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private final Path home = Path.of("/home/ann");

    @Test
    void linuxUsesXdgDataHomeWhenSetAndAbsolute() {
        assertEquals(Path.of("/data/ann/typedoo-notes"),
                DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/ann"), home));
        assertEquals(home.resolve(".local/share/typedoo-notes"), DataDirectory.resolve("Linux", Map.of(), home));
        assertEquals(home.resolve(".local/share/typedoo-notes"),
                DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), home));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/ann/AppData/Roaming").resolve("typedoo-notes"),
                DataDirectory.resolve("Windows 11", Map.of("APPDATA", "C:/Users/ann/AppData/Roaming"), home));
        assertEquals(home.resolve("AppData/Roaming/typedoo-notes"), DataDirectory.resolve("Windows 10", Map.of(), home));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(home.resolve("Library/Application Support/typedoo-notes"),
                DataDirectory.resolve("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), home));
    }
}
