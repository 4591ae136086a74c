package io.typedoo.cli.config;

import io.typedoo.cli.CliEnvironment;
import io.typedoo.cli.CliException;
import io.typedoo.cli.ExitCode;
import io.typedoo.client.OdooClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Turns the connection options into a logged-in {@link OdooClient}.
 *
 * <p>Each setting comes from the first of: the command line, the environment's section of the config file,
 * built-in defaults ({@code http://localhost:8069}, user {@code admin}, and the client's choice of protocol: JSON-2
 * for an API key on Odoo 19 and later, else XML-RPC). The secret comes from the first
 * of: {@code --api-key} (or {@code TYPEDOO_API_KEY}), {@code -p} (prompted), {@code TYPEDOO_PASSWORD}, a
 * {@code password} the user wrote into the environment's section, a prompt on a terminal.
 */
public final class Connector {

    /** The server used when nothing names one. */
    public static final String DEFAULT_SERVER = "http://localhost:8069";
    /** The login used when nothing names one. */
    public static final String DEFAULT_USER = "admin";

    private final CliEnvironment environment;

    /** A connector reading variables, config file and prompt from {@code environment}. */
    public Connector(CliEnvironment environment) {
        this.environment = environment;
    }

    /**
     * Logs in and returns the client.
     *
     * @param options the options given after the subcommand
     * @param outer the options given before it
     * @throws CliException (usage) when the database or the secret is missing
     * @throws io.typedoo.error.OdooAuthenticationException when the server refuses the login
     */
    public OdooClient connect(ConnectionOptions options, ConnectionOptions outer) {
        ConnectionOptions given = options.over(outer);
        ConnectionProfile profile = resolveProfile(given);
        String database = profile.database();
        if (database == null || database.isBlank()) {
            throw CliException.usage("No database: give -d DB, or --env NAME with a database in the config file");
        }
        String server = profile.server() == null ? DEFAULT_SERVER : profile.server();
        String user = profile.user() == null ? DEFAULT_USER : profile.user();
        OdooClient.Builder builder;
        try {
            builder = OdooClient.builder().url(server).database(database).login(user).listener(new CallLog());
            if (profile.protocol() != null) {
                builder.protocol(profile.protocol());   // else the client chooses: JSON-2 for a key on 19+
            }
        } catch (IllegalArgumentException e) {
            throw CliException.usage("Not a server URL: '" + server + "' (expected such as http://localhost:8069)");
        }
        String apiKey = given.apiKey != null ? given.apiKey : environment.variable("TYPEDOO_API_KEY");
        if (apiKey != null) {
            builder.apiKey(apiKey);
        } else {
            builder.password(password(given, profile, user, server, database));
        }
        OdooClient client = builder.build();
        try {
            client.authenticate();
        } catch (RuntimeException e) {
            client.close();
            throw LoginFailures.explain(e, server, database);
        }
        return client;
    }

    /** The profile given on the command line, completed from the environment's config section. */
    ConnectionProfile resolveProfile(ConnectionOptions given) {
        ConnectionProfile fromCommandLine = new ConnectionProfile(given.server, given.database, given.user,
                given.protocol, null);
        String envName = given.environment != null ? given.environment : environment.variable("TYPEDOO_ENV");
        if (envName == null) {
            return fromCommandLine;
        }
        Path path = configPath(given);
        if (!Files.exists(path)) {
            throw CliException.usage("No config file at " + path + " to read environment '" + envName
                    + "' from; create it or give --config FILE");
        }
        return fromCommandLine.orElse(ConfigFile.read(path).environment(envName));
    }

    /** The config file: {@code --config}, else {@code TYPEDOO_CONFIG}, else the user's config directory. */
    public Path configPath(ConnectionOptions given) {
        if (given.configFile != null) {
            return given.configFile;
        }
        String fromVariable = environment.variable("TYPEDOO_CONFIG");
        return fromVariable != null ? Path.of(fromVariable)
                : environment.configDirectory().resolve(ConfigFile.FILE_NAME);
    }

    /** Asks on the terminal: {@code Password for admin on http://localhost:8069 (demo): }; null without one. */
    private @Nullable String ask(String user, String server, String database) {
        CliEnvironment.PasswordPrompt prompt = environment.passwordPrompt();
        if (prompt == null) {
            return null;
        }
        char[] typed = prompt.readPassword("Password for " + user + " on " + server + " (" + database + "): ");
        if (typed == null) {
            return null;
        }
        String secret = new String(typed);
        Arrays.fill(typed, '\0');
        return secret;
    }

    private String password(ConnectionOptions given, ConnectionProfile profile, String user, String server,
            String database) {
        if (given.password != null) {
            String typed = new String(given.password);
            Arrays.fill(given.password, '\0');
            return typed;
        }
        if (given.askPassword) {
            String typed = ask(user, server, database);
            if (typed == null) {
                throw CliException.usage("-p asks for the password on a terminal, and there is none: set "
                        + "TYPEDOO_PASSWORD or give --api-key");
            }
            return typed;
        }
        String fromVariable = environment.variable("TYPEDOO_PASSWORD");
        if (fromVariable != null) {
            return fromVariable;
        }
        if (profile.password() != null) {
            return profile.password();
        }
        String typed = ask(user, server, database);
        if (typed != null) {
            return typed;
        }
        throw new CliException("No password for " + user + ": set TYPEDOO_PASSWORD, give --api-key, or run "
                + "on a terminal to be asked", ExitCode.USAGE);
    }
}
