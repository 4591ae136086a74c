package io.typedoo.cli.config;

import io.typedoo.client.Protocol;
import org.jspecify.annotations.Nullable;

/**
 * Where and as whom to connect, as far as it is known: each part may be missing until the command line, a
 * config file section and the environment have been merged with {@link #orElse}.
 *
 * @param server the server's base URL, such as {@code https://erp.example.com}
 * @param database the database name
 * @param user the login
 * @param protocol XML-RPC or JSON-RPC
 * @param password a password or API key written deliberately in a config file; never stored by typedoo
 */
public record ConnectionProfile(@Nullable String server, @Nullable String database, @Nullable String user,
        @Nullable Protocol protocol, @Nullable String password) {

    /** A profile that knows nothing. */
    public static ConnectionProfile empty() {
        return new ConnectionProfile(null, null, null, null, null);
    }

    /** This profile, with each missing part taken from {@code fallback}. */
    public ConnectionProfile orElse(ConnectionProfile fallback) {
        return new ConnectionProfile(
                server != null ? server : fallback.server,
                database != null ? database : fallback.database,
                user != null ? user : fallback.user,
                protocol != null ? protocol : fallback.protocol,
                password != null ? password : fallback.password);
    }

    @Override
    public String toString() {
        // Never print the password, even when a config file holds one.
        return "ConnectionProfile[server=" + server + ", database=" + database + ", user=" + user + ", protocol="
                + protocol + (password == null ? "" : ", password=***") + "]";
    }
}
