package io.typedoo.notes.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionPrefsTest {

    @TempDir
    Path dir;

    @Test
    void remembersServerDatabaseAndLoginOnly() throws IOException {
        Path file = dir.resolve("a/connection.properties");
        ConnectionPrefs prefs = new ConnectionPrefs(file);
        assertEquals(Optional.empty(), prefs.load());

        ConnectionSettings settings = new ConnectionSettings("https://acme.odoo.com", "acme", "ann@acme.com");
        prefs.save(settings);

        assertEquals(Optional.of(settings), new ConnectionPrefs(file).load());
        String text = Files.readString(file);
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("password="), text);
    }

    @Test
    void remembersThatTheSecretIsAnApiKeyButNotTheKey() {
        Path file = dir.resolve("connection.properties");
        ConnectionSettings withKey = new ConnectionSettings("https://acme.odoo.com", "acme", "ann@acme.com", true);
        new ConnectionPrefs(file).save(withKey);
        assertEquals(Optional.of(withKey), new ConnectionPrefs(file).load());

        new ConnectionPrefs(file).save(new ConnectionSettings("https://acme.odoo.com", "acme", "ann@acme.com"));
        assertFalse(new ConnectionPrefs(file).load().orElseThrow().apiKey(), "back to a password");
    }
}
