package io.typedoo.notes.config;

import java.util.Objects;

/**
 * The server, database and login of a connection to Odoo, and whether its secret is an API key; never the secret.
 *
 * @param server the server's base URL, such as {@code https://mycompany.odoo.com}
 * @param database the database name
 * @param login the user's login
 * @param apiKey true when the user signs in with an API key rather than a password: on Odoo 19 and later the app
 *     then speaks JSON-2, the protocol Odoo keeps once XML-RPC and JSON-RPC are gone
 */
public record ConnectionSettings(String server, String database, String login, boolean apiKey) {

    public ConnectionSettings {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(login, "login");
    }

    /** A connection signed in to with a password. */
    public ConnectionSettings(String server, String database, String login) {
        this(server, database, login, false);
    }

    /** True when every part is filled in. */
    public boolean isComplete() {
        return !server.isBlank() && !database.isBlank() && !login.isBlank();
    }

    /** For the user: {@code login@database on server}. */
    public String describe() {
        return login + "@" + database + " on " + server;
    }
}
