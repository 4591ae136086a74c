package io.typedoo.internal.record;

import io.typedoo.client.OdooClient;
import io.typedoo.client.ServerVersion;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the record layer remembers per connection: an object of each type, made on first use and shared by an
 * {@link OdooClient} and every client derived from it with {@code withContext}. The record layer keeps there, for
 * one, whether the server takes Odoo 17's {@code web_search_read} specification, so that it asks at most once.
 *
 * <p>The state lives inside the client, which alone knows which clients share a connection; it is reached through
 * {@link Access}, installed by {@code OdooClient} when its class is initialised (the JDK's {@code SharedSecrets}
 * pattern), so that {@code OdooClient} carries no public method for it.
 */
public final class ConnectionState {

    /** How the state of a client's connection is reached; implemented by {@code OdooClient} only. */
    public interface Access {
        /** The object of {@code type} of {@code client}'s connection, made by {@code create} on first use. */
        <T> T attachment(OdooClient client, Class<T> type, Supplier<? extends T> create);

        /** The server's version if {@code client}'s connection has asked it already; null, never a call, if not. */
        @Nullable ServerVersion knownVersion(OdooClient client);
    }

    private static volatile @Nullable Access access;

    private ConnectionState() {
    }

    /**
     * Installs the way in; called once, by {@code OdooClient}'s class initialisation.
     *
     * @throws IllegalStateException when it was installed already
     */
    public static synchronized void install(Access way) {
        if (access != null) {
            throw new IllegalStateException("ConnectionState is installed by OdooClient only");
        }
        access = way;
    }

    /**
     * The object of {@code type} attached to {@code client}'s connection, made by {@code create} on first use and
     * shared with every client derived from it.
     */
    public static <T> T of(OdooClient client, Class<T> type, Supplier<? extends T> create) {
        return way().attachment(client, type, create);
    }

    /**
     * The version of {@code client}'s server if its connection has asked it already ({@code version()}), else
     * null: never a call of its own.
     */
    public static @Nullable ServerVersion knownVersion(OdooClient client) {
        return way().knownVersion(client);
    }

    private static Access way() {
        // An OdooClient instance exists, so its class is initialised and has installed the way in.
        Access way = access;
        if (way == null) {
            throw new IllegalStateException("OdooClient did not install its ConnectionState access");
        }
        return way;
    }
}
