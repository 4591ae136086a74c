package io.typedoo.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.testkit.OdooTestServer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A server that restarts between two calls closes the connection the client keeps for the next one. The next call
 * must not be written to that dead connection (it would fail, and a POST cannot safely be sent twice): it goes out
 * on a new one and succeeds, on every protocol, even when it comes 50 ms after the restart.
 */
class ServerRestartTest {

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void theFirstCallAfterARestartSucceeds(Protocol protocol) throws InterruptedException {
        OdooTestServer server = OdooTestServer.builder().odooVersion(protocol == Protocol.JSON2 ? 19 : 18).start();
        int port = server.port();
        OdooClient.Builder builder = OdooClient.builder().url(server.url()).database(server.databaseName())
                .login("admin").protocol(protocol);
        try (OdooClient odoo = protocol == Protocol.JSON2 ? builder.apiKey(OdooTestServer.ADMIN_API_KEY).build()
                : builder.password("admin").build()) {
            long partners = (Long) odoo.execute("res.partner", "search_count", List.of(List.of()));
            for (int restart = 0; restart < 2; restart++) {
                server.close();
                server = OdooTestServer.builder().odooVersion(protocol == Protocol.JSON2 ? 19 : 18).port(port)
                        .start();
                Thread.sleep(50);
                assertEquals(partners, odoo.execute("res.partner", "search_count", List.of(List.of())),
                        "restart " + restart);
            }
        } finally {
            server.close();
        }
    }
}
