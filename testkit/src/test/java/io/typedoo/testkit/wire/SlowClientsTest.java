package io.typedoo.testkit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.Protocol;
import io.typedoo.testkit.OdooTestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real sockets that send their headers or body slowly, or never finish them: more of them than the server has
 * threads for calls must not stop anyone else's call, and each is cut off after the request read timeout (2 s in
 * this module's test configuration, {@value RpcHttpServer#REQUEST_READ_TIMEOUT_SECONDS} s by default).
 */
class SlowClientsTest {

    private OdooTestServer server;
    private final List<Socket> slow = new ArrayList<>();

    @BeforeEach
    void start() {
        server = OdooTestServer.builder().threads(4).start();
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : slow) {
            s.close();
        }
        server.stop();
    }

    private Socket open(String partialRequest) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        slow.add(s);
        OutputStream out = s.getOutputStream();
        out.write(partialRequest.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    @Test
    void slowHeadersAndBodiesDoNotBlockOtherCalls() throws IOException {
        for (Protocol p : List.of(Protocol.XMLRPC, Protocol.JSONRPC)) {
            // Warm: the first login derives the password hash, which a loaded machine may take a while to do.
            assertEquals(2L, server.client("admin", "admin", p).authenticate());
        }
        for (int i = 0; i < 20; i++) {
            open("POST /xmlrpc/2/common HTTP/1.1\r\nHost: x\r\nContent-Type: text/xml\r\n");
            open("POST /jsonrpc HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n"
                    + "\r\n{\"jsonrpc\":");
        }
        for (Protocol p : List.of(Protocol.XMLRPC, Protocol.JSONRPC)) {
            long start = System.nanoTime();
            assertEquals(2L, server.client("admin", "admin", p).authenticate());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1_500, "answered before any slow client was cut off: " + millis + " ms");
        }
    }

    @Test
    void aStalledRequestIsCutOffAfterTheReadTimeout() throws IOException {
        assertEquals("2", System.getProperty(RpcHttpServer.REQUEST_READ_TIMEOUT_PROPERTY));
        Socket headers = open("POST /jsonrpc HTTP/1.1\r\nHost: x\r\n");
        Socket body = open("POST /jsonrpc HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{");
        for (Socket s : List.of(headers, body)) {
            s.setSoTimeout(15_000);
            long start = System.nanoTime();
            InputStream in = s.getInputStream();
            int read;
            try {
                read = in.read();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server kept a stalled request open for 15 s", e);
            } catch (IOException reset) {
                read = -1;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(-1, read, "closed without an answer");
            assertTrue(millis < 10_000, "cut off after the 2 s timeout: " + millis + " ms");
        }
    }
}
