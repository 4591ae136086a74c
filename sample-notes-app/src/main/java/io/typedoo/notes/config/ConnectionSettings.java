package io.typedoo.notes.config;

import java.util.Objects;

/**
 * The server, database and login of a connection to Odoo; never the password.
 *
 * @param server the server's base URL, such as {@code https://mycompany.odoo.com}
 * @param database the database name
 * @param login the user's login
 */
public record ConnectionSettings(String server, String database, String login) {

    public ConnectionSettings {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(login, "login");
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
