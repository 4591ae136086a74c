package io.typedoo.testkit.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The API keys of a database, as Odoo's {@code res.users.apikeys}: each belongs to a user, has a scope
 * ({@code null} for a global key, else a name such as {@code "rpc"}) and may expire. Odoo checks keys for the
 * scope {@code rpc} on JSON-2 and when a key is given as the password of the legacy endpoints: a global key or an
 * {@code rpc} key that has not expired is accepted, any other is not.
 *
 * <p>Keys live in memory only: a persistent database gets its demo keys again at every start.
 */
final class ApiKeys {

    /** The scope Odoo checks for the external API. */
    static final String RPC = "rpc";

    private record Key(long uid, String key, @Nullable String scope, @Nullable Instant expiresAt) {
    }

    private final List<Key> keys = new CopyOnWriteArrayList<>();

    void add(long uid, String key, @Nullable String scope, @Nullable Instant expiresAt) {
        Objects.requireNonNull(key, "key");
        keys.add(new Key(uid, key, scope, expiresAt));
    }

    /** The user of {@code key} when it is valid for the external API at {@code now}, else null. */
    @Nullable Long rpcUser(String key, Instant now) {
        for (Key candidate : keys) {
            if (candidate.key().equals(key) && usableForRpc(candidate, now)) {
                return candidate.uid();
            }
        }
        return null;
    }

    /** Whether {@code key} is a valid external-API key of {@code uid} at {@code now}. */
    boolean matches(long uid, String key, Instant now) {
        Long owner = rpcUser(key, now);
        return owner != null && owner == uid;
    }

    private static boolean usableForRpc(Key key, Instant now) {
        boolean scoped = key.scope() == null || RPC.equals(key.scope());
        return scoped && (key.expiresAt() == null || now.isBefore(key.expiresAt()));
    }
}
