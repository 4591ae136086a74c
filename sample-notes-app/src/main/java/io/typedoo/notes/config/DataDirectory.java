package io.typedoo.notes.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder of the user's notes data: the embedded server's database, the drafts file and the remembered
 * connection. {@code $XDG_DATA_HOME/typedoo-notes} or {@code ~/.local/share/typedoo-notes} on Linux and other Unix
 * systems, {@code %APPDATA%\typedoo-notes} on Windows, {@code ~/Library/Application Support/typedoo-notes} on macOS.
 */
public final class DataDirectory {

    /** The folder name under the platform's data folder. */
    public static final String APP_FOLDER = "typedoo-notes";

    private DataDirectory() {
    }

    /** The data folder of this user on this machine. */
    public static Path resolve() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * The data folder for the given platform, environment and home folder.
     *
     * @param osName the {@code os.name} system property
     * @param environment the environment variables
     * @param home the user's home folder
     */
    public static Path resolve(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        // The XDG spec: a relative path in the variable is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(APP_FOLDER);
        }
        return home.resolve(".local").resolve("share").resolve(APP_FOLDER);
    }
}
