package io.typedoo.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.error.OdooConnectionException;
import io.typedoo.wire.Json2Transcripts;
import io.typedoo.wire.Transcripts;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TLS is verified: an untrusted certificate and a certificate for another host name are refused, and a server
 * whose certificate the caller chose to trust (as with a company CA) is reached. The self-signed test
 * certificates are in {@code src/test/resources/tls} (see the README there).
 */
class TlsVerificationTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private static KeyStore forLoopback;
    private static KeyStore forOtherHost;

    @BeforeAll
    static void makeCertificates() throws Exception {
        forLoopback = keyStore("loopback.p12");
        forOtherHost = keyStore("other-host.p12");
    }

    @Test
    void certificatesAndHostNamesAreChecked() throws Exception {
        HttpsServer server = httpsServer(forLoopback);
        try {
            String url = "https://127.0.0.1:" + server.getAddress().getPort();
            OdooConnectionException untrusted = assertThrows(OdooConnectionException.class,
                    () -> client(url, Protocol.XMLRPC, null).version());
            assertTrue(untrusted.getMessage().contains("TLS failed"), untrusted.getMessage());
            for (Protocol p : Protocol.values()) {
                assertEquals(p == Protocol.JSON2 ? "19.0" : "18.0",
                        client(url, p, trusting(forLoopback)).version().serverVersion(), p.name());
            }
        } finally {
            server.stop(0);
        }

        HttpsServer wrongHost = httpsServer(forOtherHost);
        try {
            String url = "https://127.0.0.1:" + wrongHost.getAddress().getPort();
            assertThrows(OdooConnectionException.class,
                    () -> client(url, Protocol.JSONRPC, trusting(forOtherHost)).version(),
                    "a trusted certificate for another host name is refused");
        } finally {
            wrongHost.stop(0);
        }
    }

    private static OdooClient client(String url, Protocol p, SSLContext ssl) {
        OdooClient.Builder b = OdooClient.builder().url(url).database("demo").protocol(p);
        if (p == Protocol.JSON2) {
            b.apiKey("key");
        } else {
            b.login("admin").password("admin");
        }
        if (ssl != null) {
            b.sslContext(ssl);
        }
        return b.build();
    }

    private static KeyStore keyStore(String resource) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = TlsVerificationTest.class.getResourceAsStream("/tls/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test key store /tls/" + resource);
            }
            store.load(in, PASSWORD);
        }
        return store;
    }

    private static SSLContext trusting(KeyStore store) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }

    /** Answers every request with the recorded {@code version()} of its protocol (Odoo 19's for JSON-2). */
    private static HttpsServer httpsServer(KeyStore store) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, PASSWORD);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().equals("/web/version")) {
                Json2Transcripts.Exchange version = Json2Transcripts.load("001-web-version");
                exchange.getResponseHeaders().add("Content-Type", version.contentType());
                exchange.sendResponseHeaders(200, version.responseBody().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(version.responseBody());
                }
                return;
            }
            Transcripts.Exchange answer = Transcripts.load(
                    exchange.getRequestURI().getPath().startsWith("/xmlrpc") ? "xmlrpc" : "jsonrpc", "01");
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(200, answer.response().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.response());
            }
        });
        server.start();
        return server;
    }
}
