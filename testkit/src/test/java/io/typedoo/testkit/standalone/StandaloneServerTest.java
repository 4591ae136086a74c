package io.typedoo.testkit.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.RawJsonRpc;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StandaloneServerTest {

    private static final Pattern URL = Pattern.compile("server at (http://127\\.0\\.0\\.1:\\d+)");

    @Test
    void optionsStartTheServerTheyDescribe(@TempDir Path data) {
        StandaloneServer command = new StandaloneServer();
        new CommandLine(command).parseArgs("--port", "0", "--data", data.toString());
        try (OdooTestServer server = command.start()) {
            assertEquals(2L, RawJsonRpc.call(server.url(), "common", "authenticate", "demo", "admin", "admin",
                    Map.of()).get("result").asLong());
        }
    }

    @Test
    void odooVersionAndApiKeys() throws Exception {
        StandaloneServer command = new StandaloneServer();
        new CommandLine(command).parseArgs("--port", "0", "--odoo-version", "19", "--api-key", "demo=k-demo-1",
                "--api-key", "admin=k-admin-1");
        try (OdooTestServer server = command.start()) {
            assertEquals(19, server.odooVersion());
            for (String key : List.of("k-demo-1", "k-admin-1", OdooTestServer.ADMIN_API_KEY)) {
                java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url()
                                + "/json/2/res.partner/search_count")).header("Authorization", "bearer " + key)
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"domain\": []}")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), answer.body());
            }
        }
        StandaloneServer odoo16 = new StandaloneServer();
        new CommandLine(odoo16).parseArgs("--port", "0", "--odoo-version", "16");
        try (OdooTestServer server = odoo16.start()) {
            assertEquals("16.0", RawJsonRpc.call(server.url(), "common", "version").get("result")
                    .get("server_version").asText());
        }
        StandaloneServer odoo15 = new StandaloneServer();
        new CommandLine(odoo15).parseArgs("--port", "0", "--odoo-version", "15");
        assertEquals("The testkit answers as Odoo 16, 17, 18, 19 or 20 (a forecast), not 15; Odoo 15 differs in ways"
                + " it does not reproduce", org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalArgumentException.class, odoo15::start).getMessage());
        StandaloneServer bad = new StandaloneServer();
        new CommandLine(bad).parseArgs("--port", "0", "--api-key", "demo-secret-without-login");
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, bad::start);
        assertTrue(!refused.getMessage().contains("secret"), "the key is never echoed: " + refused.getMessage());
    }

    @Test
    void helpAndBadOptions() {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new StandaloneServer()).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(out));
        assertEquals(0, line.execute("--help"));
        assertTrue(out.toString().contains("--port=PORT"), out.toString());
        assertTrue(out.toString().contains("--data=DIR"), out.toString());
        assertTrue(out.toString().contains("--odoo-version=VERSION"), out.toString());
        assertTrue(out.toString().contains("--api-key=LOGIN=KEY"), out.toString());
        assertEquals(2, line.execute("--port", "eighty"));
        assertTrue(out.toString().contains("Invalid value for option '--port'"), out.toString());
    }

    /** The real thing: a separate JVM, its banner, a call, and a clean stop on SIGTERM (what Ctrl+C sends). */
    @Test
    void runsAsItsOwnProcessAndStopsCleanly(@TempDir Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StandaloneServer.class.getName(), "--port", "0", "--data", data.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String banner = out.readLine();
            Matcher url = URL.matcher(String.valueOf(banner));
            assertTrue(url.find(), "banner: " + banner);
            long id = RawJsonRpc.executeKw(url.group(1), "todo.task", "create", List.of(Map.of("name", "Kept")),
                    Map.of()).asLong();
            assertTrue(id > 0);
            process.destroy();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "stops on SIGTERM");
            assertEquals(143, process.exitValue(), "ended by the signal, after the shutdown hook ran");
        } finally {
            process.destroyForcibly();
        }
        try (OdooTestServer again = OdooTestServer.builder().dataDir(data).start()) {
            assertEquals(1, RawJsonRpc.executeKw(again.url(), "todo.task", "search_count",
                    List.of(List.of(List.of("name", "=", "Kept"))), Map.of()).asInt());
        }
    }
}
