package io.typedoo.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.error.CallSite;
import io.typedoo.error.OdooProtocolException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerVersionsTest {

    private final CallSite site = CallSite.of("http://localhost:8069", "demo", null, "version");

    @Test
    void readsOdoo18() {
        ServerVersion v = ServerVersions.fromWire(Map.of("server_version", "18.0",
                "server_version_info", List.of(18L, 0L, 0L, "final", 0L, ""), "server_serie", "18.0",
                "protocol_version", 1L), site);
        assertEquals(18, v.major());
        assertTrue(v.hasWebSearchReadSpecification());
    }

    @Test
    void readsSaasAndOlderServers() {
        ServerVersion saas = ServerVersions.fromWire(Map.of("server_version", "saas~17.2+e",
                "server_serie", "saas~17.2"), site);
        assertEquals(17, saas.major());
        assertEquals(1, saas.protocolVersion());
        ServerVersion sixteen = ServerVersions.fromWire(Map.of("server_version", "16.0"), site);
        assertEquals(16, sixteen.major());
        assertTrue(sixteen.hasNameGet());
    }

    @Test
    void refusesSomethingElse() {
        OdooProtocolException e = assertThrows(OdooProtocolException.class, () -> ServerVersions.fromWire(5L, site));
        assertTrue(e.getMessage().endsWith("[server http://localhost:8069, database demo, method version]"));
    }
}
