package io.typedoo.notes.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The last connection the user made, remembered in {@code connection.properties} in the data folder: server,
 * database, login and whether the secret is an API key. The password or key itself is never written.
 */
public final class ConnectionPrefs {

    private static final String SERVER = "server";
    private static final String DATABASE = "database";
    private static final String LOGIN = "login";
    /** {@code api-key} or {@code password}: what the secret asked for is, never the secret. */
    private static final String SECRET = "secret";
    private static final String API_KEY = "api-key";

    private final Path file;

    /** @param file the properties file, created with its folder on the first save */
    public ConnectionPrefs(Path file) {
        this.file = file;
    }

    /** The remembered connection, if there is one. */
    public Optional<ConnectionSettings> load() {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return Optional.of(new ConnectionSettings(props.getProperty(SERVER, ""), props.getProperty(DATABASE, ""),
                props.getProperty(LOGIN, ""), API_KEY.equals(props.getProperty(SECRET))));
    }

    /** Remembers the connection: server, database, login and the kind of secret, never the secret. */
    public void save(ConnectionSettings settings) {
        Properties props = new Properties();
        props.setProperty(SERVER, settings.server());
        props.setProperty(DATABASE, settings.database());
        props.setProperty(LOGIN, settings.login());
        props.setProperty(SECRET, settings.apiKey() ? API_KEY : "password");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                props.store(out, "typedoo notes: the last connection (the password or API key is never stored)");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
