package io.typedoo.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedoo.client.Context;
import io.typedoo.client.OdooClient;
import io.typedoo.client.ServerVersion;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The record layer's per-connection state: one object per type and connection, shared by derived clients, made
 * once; reached without any public method on {@link OdooClient}.
 */
class ConnectionStateTest {

    private static OdooClient client() {
        // Building a client sends nothing; the state needs no server.
        return OdooClient.builder().url("http://127.0.0.1:9").database("demo").login("admin").password("admin")
                .build();
    }

    @Test
    void oneObjectPerConnectionSharedByDerivedClientsAndMadeOnce() {
        OdooClient odoo = client();
        AtomicInteger made = new AtomicInteger();
        StringBuilder first = ConnectionState.of(odoo, StringBuilder.class, () -> {
            made.incrementAndGet();
            return new StringBuilder();
        });
        OdooClient derived = odoo.withContext(Context.of(java.util.Map.of("lang", "fr_FR")));
        assertSame(first, ConnectionState.of(derived, StringBuilder.class, StringBuilder::new));
        assertSame(first, ConnectionState.of(odoo, StringBuilder.class, StringBuilder::new));
        assertEquals(1, made.get());
        assertNotSame(first, ConnectionState.of(client(), StringBuilder.class, StringBuilder::new),
                "another client is another connection");
    }

    @Test
    void aVersionNotAskedYetIsUnknownAndNotAskedFor() {
        // Nothing listens on port 9: a call would throw. (Known once asked: OlderServerTest, against a server.)
        assertNull(ConnectionState.knownVersion(client().withContext(Context.empty())));
    }

    @Test
    void onlyOdooClientInstallsTheWayInAndItHasNoPublicMethodForIt() {
        client();
        assertThrows(IllegalStateException.class, () -> ConnectionState.install(new ConnectionState.Access() {
            @Override
            public <T> T attachment(OdooClient client, Class<T> type, java.util.function.Supplier<? extends T> c) {
                return c.get();
            }

            @Override
            public ServerVersion knownVersion(OdooClient client) {
                return null;
            }
        }));
        assertFalse(Arrays.stream(OdooClient.class.getMethods()).map(Method::getName)
                .anyMatch(name -> name.equals("attachment") || name.equals("knownVersion")), "neither is API");
        assertFalse(Arrays.stream(OdooClient.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("attachment")).anyMatch(m -> Modifier.isPublic(m.getModifiers())));
    }
}
