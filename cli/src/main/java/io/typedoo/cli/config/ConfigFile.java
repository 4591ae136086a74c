package io.typedoo.cli.config;

import io.typedoo.cli.CliException;
import io.typedoo.cli.ExitCode;
import io.typedoo.client.Protocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The file of named environments, in the spirit of ERPpeek's {@code erppeek.ini}:
 *
 * <pre>
 * [DEFAULT]
 * user = admin
 *
 * [prod]
 * server = https://erp.example.com
 * database = prod
 * protocol = jsonrpc
 *
 * [local]
 * server = http://localhost:8069
 * database = demo
 * </pre>
 *
 * <p>Keys: {@code server}, {@code database}, {@code user}, {@code protocol} ({@code json2}, {@code xmlrpc} or {@code jsonrpc}),
 * and {@code password}, which typedoo never writes: it is read only when the user put it there.
 */
public final class ConfigFile {

    /** The file name inside the typedoo config directory. */
    public static final String FILE_NAME = "typedoo.ini";

    private final Path path;
    private final IniFile ini;

    private ConfigFile(Path path, IniFile ini) {
        this.path = path;
        this.ini = ini;
    }

    /**
     * Reads a config file.
     *
     * @throws CliException (exit code 6) if it cannot be read, (usage) if it is malformed
     */
    public static ConfigFile read(Path path) {
        try {
            return new ConfigFile(path, IniFile.parse(Files.readString(path, StandardCharsets.UTF_8),
                    path.toString()));
        } catch (IOException e) {
            throw new CliException("Cannot read the config file " + path + ": " + e, ExitCode.IO, e);
        }
    }

    /** The path this file was read from. */
    public Path path() {
        return path;
    }

    /** The names of the environments the file defines. */
    public Set<String> environments() {
        return ini.sectionNames();
    }

    /**
     * The profile of one environment.
     *
     * @throws CliException (usage) if there is no such section or its protocol is unknown
     */
    public ConnectionProfile environment(String name) {
        if (!ini.hasSection(name)) {
            throw CliException.usage("No environment '" + name + "' in " + path + " (it has: "
                    + (environments().isEmpty() ? "none" : String.join(", ", environments())) + ")");
        }
        return new ConnectionProfile(ini.get(name, "server"), ini.get(name, "database"), ini.get(name, "user"),
                protocol(ini.get(name, "protocol"), path + " [" + name + "]"), ini.get(name, "password"));
    }

    /**
     * Reads a protocol name, {@code json2}, {@code xmlrpc} or {@code jsonrpc} in any case.
     *
     * @param where names the source in the error message
     * @throws CliException (usage) for another name
     */
    public static @Nullable Protocol protocol(@Nullable String name, String where) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Protocol.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("Unknown protocol '" + name + "' in " + where
                    + ": use json2, xmlrpc or jsonrpc");
        }
    }
}
