package io.typedoo.maven;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.error.OdooException;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.jspecify.annotations.Nullable;

/**
 * What every goal needs to reach a server: its URL, database and login, and a secret that never comes from the
 * pom, only from {@code settings.xml} (a {@code <server>} named by {@code serverId}, whose password Maven may keep
 * encrypted) or from an environment variable. Offline ({@code -o}, or {@code <offline>} in {@code settings.xml})
 * a goal asks no server and says so, so that an offline build stays reproducible from what is committed.
 */
abstract class ServerMojo extends AbstractMojo {

    /** The server's base URL, such as {@code https://mycompany.odoo.com}. */
    @Parameter(property = "typedoo.url", required = true)
    @Nullable String url;

    /** The database. */
    @Parameter(property = "typedoo.database", required = true)
    @Nullable String database;

    /** The login; the {@code <username>} of the {@code serverId} entry when not given. */
    @Parameter(property = "typedoo.login")
    @Nullable String login;

    /**
     * The id of a {@code <server>} entry of {@code settings.xml} holding the password or API key (and the login as
     * {@code <username>}). Without it, the secret comes from the environment.
     */
    @Parameter(property = "typedoo.serverId")
    @Nullable String serverId;

    /** The environment variable holding an API key; it wins over {@code passwordVariable}. */
    @Parameter(property = "typedoo.apiKeyVariable", defaultValue = "TYPEDOO_API_KEY")
    String apiKeyVariable = "TYPEDOO_API_KEY";

    /** The environment variable holding the password (or an API key: Odoo accepts either in its place). */
    @Parameter(property = "typedoo.passwordVariable", defaultValue = "TYPEDOO_PASSWORD")
    String passwordVariable = "TYPEDOO_PASSWORD";

    /**
     * The wire protocol, {@code XMLRPC}, {@code JSONRPC} or {@code JSON2}; when not set, the client chooses (JSON-2
     * with an API key on Odoo 19 and later, XML-RPC otherwise).
     */
    @Parameter(property = "typedoo.protocol")
    @Nullable Protocol protocol;

    /** Skips the goal. */
    @Parameter(property = "typedoo.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    @Nullable Settings settings;

    /** Decrypts a {@code settings.xml} password Maven keeps encrypted; null when a test runs a goal directly. */
    private final @Nullable SettingsDecrypter decrypter;

    ServerMojo(@Nullable SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /** The environment the secret variables are read from; a test gives its own. */
    Map<String, String> environment = System.getenv();

    /** The goal's name, for messages, such as {@code typedoo:schema}. */
    abstract String goal();

    /** Runs the goal against the server. */
    abstract void execute(OdooClient client) throws MojoExecutionException, MojoFailureException;

    /** What an offline build uses instead of the server, for the message that the goal was skipped. */
    abstract String offlineFallback();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(goal() + " skipped (typedoo.skip)");
            return;
        }
        if (settings != null && settings.isOffline()) {
            getLog().info(goal() + " skipped: Maven is offline, so no server is asked; " + offlineFallback());
            return;
        }
        try (OdooClient client = connect()) {
            execute(client);
        } catch (OdooException e) {
            throw new MojoExecutionException(goal() + " failed: " + e.getMessage(), e);
        }
    }

    private OdooClient connect() throws MojoExecutionException {
        String user = login;
        OdooClient.Builder builder = OdooClient.builder();
        Server server = server();
        if (server != null) {
            if (user == null) {
                user = server.getUsername();
            }
            if (server.getPassword() == null || server.getPassword().isEmpty()) {
                throw new MojoExecutionException("The <server> '" + serverId + "' of settings.xml has no <password>;"
                        + " put the Odoo password or API key there");
            }
            builder.password(server.getPassword());
        } else if (present(environment.get(apiKeyVariable))) {
            builder.apiKey(environment.get(apiKeyVariable));
        } else if (present(environment.get(passwordVariable))) {
            builder.password(environment.get(passwordVariable));
        } else {
            throw new MojoExecutionException(goal() + " needs the password or an API key of " + url + ": set the "
                    + "environment variable " + apiKeyVariable + " or " + passwordVariable + ", or name a <server> of"
                    + " settings.xml with serverId (never in the pom)");
        }
        if (user == null) {
            throw new MojoExecutionException(goal() + " needs a login: set login (typedoo.login) or the <username> of"
                    + " the settings.xml <server>");
        }
        try {
            if (protocol != null) {
                builder.protocol(protocol);
            }
            return builder.url(require(url, "url")).database(require(database, "database")).login(user).build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(goal() + ": " + e.getMessage(), e);
        }
    }

    private @Nullable Server server() throws MojoExecutionException {
        if (serverId == null) {
            return null;
        }
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("settings.xml has no <server> with the id '" + serverId + "'");
        }
        if (decrypter == null) {
            return server;
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("Cannot decrypt the password of the <server> '" + serverId
                        + "' of settings.xml: " + problem.getMessage());
            }
        }
        return decrypted.getServer();
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private String require(@Nullable String value, String name) throws MojoExecutionException {
        if (value == null || value.isBlank()) {
            throw new MojoExecutionException(goal() + " needs " + name + " (typedoo." + name + ")");
        }
        return value;
    }
}
