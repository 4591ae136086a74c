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
 * database and login. The password is never written.
 */
public final class ConnectionPrefs {

    private static final String SERVER = "server";
    private static final String DATABASE = "database";
    private static final String LOGIN = "login";

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
                props.getProperty(LOGIN, "")));
    }

    /** Remembers the connection (server, database and login only). */
    public void save(ConnectionSettings settings) {
        Properties props = new Properties();
        props.setProperty(SERVER, settings.server());
        props.setProperty(DATABASE, settings.database());
        props.setProperty(LOGIN, settings.login());
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                props.store(out, "typedoo notes: the last connection (the password is never stored)");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
