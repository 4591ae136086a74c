package io.typedoo.cli.config;

import io.typedoo.client.Protocol;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The connection options, mixed into {@code typedoo} and into every subcommand, so that they may come before or
 * after the subcommand's name ({@code typedoo -d demo count res.partner} and
 * {@code typedoo count res.partner -d demo} mean the same). Values given after the subcommand win.
 */
public final class ConnectionOptions {

    @Option(names = {"-s", "--server"}, paramLabel = "URL",
            description = "The server's base URL (default: the environment's, else http://localhost:8069).")
    @Nullable String server;

    @Option(names = {"-d", "--database", "--db"}, paramLabel = "DB", description = "The database name.")
    @Nullable String database;

    @Option(names = {"-u", "--user"}, paramLabel = "LOGIN", description = "The login (default: admin).")
    @Nullable String user;

    @Option(names = "-p", description = "Ask for the password, without echo. Without it the password comes "
            + "from TYPEDOO_PASSWORD, the environment's config, or a prompt on a terminal.")
    boolean askPassword;

    // -p never takes a value, so "typedoo count -p res.partner" counts partners; a value needs --password=VALUE.
    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "The password itself (other users of this computer may see it in the process list: "
                    + "prefer -p or TYPEDOO_PASSWORD).")
    char @Nullable [] password;

    @Option(names = "--api-key", paramLabel = "KEY",
            description = "An Odoo API key to use in place of the password (default: $TYPEDOO_API_KEY).")
    @Nullable String apiKey;

    @Option(names = {"-e", "--env"}, paramLabel = "NAME",
            description = "A named environment of the config file, such as prod (default: $TYPEDOO_ENV).")
    @Nullable String environment;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The config file (default: $TYPEDOO_CONFIG, else typedoo.ini in the user's config "
                    + "directory).")
    @Nullable Path configFile;

    @Option(names = "--protocol", paramLabel = "json2|xmlrpc|jsonrpc", converter = ProtocolConverter.class,
            description = "The wire protocol (default: the environment's, else json2 with an API key on Odoo 19+, "
                    + "else xmlrpc).")
    @Nullable Protocol protocol;

    /** Creates empty options; picocli fills them in. */
    public ConnectionOptions() {
    }

    /** These options, with each one not given here taken from {@code outer} (the options before the subcommand). */
    ConnectionOptions over(ConnectionOptions outer) {
        ConnectionOptions merged = new ConnectionOptions();
        merged.server = server != null ? server : outer.server;
        merged.database = database != null ? database : outer.database;
        merged.user = user != null ? user : outer.user;
        merged.askPassword = askPassword || outer.askPassword;
        merged.password = password != null ? password : outer.password;
        merged.apiKey = apiKey != null ? apiKey : outer.apiKey;
        merged.environment = environment != null ? environment : outer.environment;
        merged.configFile = configFile != null ? configFile : outer.configFile;
        merged.protocol = protocol != null ? protocol : outer.protocol;
        return merged;
    }

    /** Reads {@code json2}/{@code xmlrpc}/{@code jsonrpc} in any case, with a clear message otherwise. */
    static final class ProtocolConverter implements picocli.CommandLine.ITypeConverter<Protocol> {
        @Override
        public @Nullable Protocol convert(String value) {
            return ConfigFile.protocol(value, "--protocol");
        }
    }
}
