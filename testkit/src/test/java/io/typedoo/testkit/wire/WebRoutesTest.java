package io.typedoo.testkit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.typedoo.testkit.ServerOverHttp;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web client's routes that Odooly's default mode and OdooRPC's constructor use, over real HTTP with a cookie
 * jar as those clients keep one: JSON-RPC envelopes, the {@code session_id} cookie, {@code call_kw} as the
 * session's user, Odoo's "Session Expired" error (code 100) without a session, and {@code /}'s 303 redirects.
 */
class WebRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerOverHttp wire = new ServerOverHttp();

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private JsonNode call(String path, String params) throws Exception {
        HttpResponse<String> answer = post(path, params);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("application/json; charset=utf-8", answer.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(answer.body().startsWith("{\"jsonrpc\": \"2.0\", \"id\": 7"), answer.body());
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> post(String path, String params) throws Exception {
        String body = "{\"jsonrpc\": \"2.0\", \"method\": \"call\", \"params\": " + params + ", \"id\": 7}";
        return browser.send(HttpRequest.newBuilder(URI.create(wire.server().url() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void versionInfoAndDatabaseListNeedNoSession() throws Exception {
        JsonNode version = call("/web/webclient/version_info", "{}").get("result");
        assertEquals("18.0", version.get("server_version").asText());
        assertEquals("[18,0,0,\"final\",0,\"\"]", version.get("server_version_info").toString());
        assertEquals("[\"demo\"]", call("/web/database/list", "{}").get("result").toString());
    }

    @Test
    void authenticateSetsTheSessionCookieAndCallKwRunsAsThatUser() throws Exception {
        HttpResponse<String> login = post("/web/session/authenticate",
                "{\"db\": \"demo\", \"login\": \"demo\", \"password\": \"demo\"}");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.matches("session_id=[A-Za-z0-9_-]{84}; Expires=.+; Max-Age=604800; HttpOnly; Path=/"),
                cookie);
        JsonNode info = JSON.readTree(login.body()).get("result");
        assertEquals(6, info.get("uid").asLong());
        assertEquals("{\"lang\":\"en_US\",\"tz\":\"Europe/Brussels\",\"uid\":6}", info.get("user_context").toString());
        assertEquals("demo", info.get("db").asText());
        assertEquals("demo", info.get("username").asText());
        assertEquals("Marc Demo", info.get("name").asText());
        assertEquals(7, info.get("partner_id").asLong());
        assertFalse(info.get("is_system").asBoolean());
        assertTrue(info.get("is_internal_user").asBoolean());
        assertEquals(1, info.get("user_companies").get("current_company").asLong());
        assertEquals("YourCompany", info.get("user_companies").get("allowed_companies").get("1").get("name").asText());

        JsonNode count = call("/web/dataset/call_kw/res.partner/search_count",
                "{\"model\": \"res.partner\", \"method\": \"search_count\", \"args\": [[]], \"kwargs\": {}}");
        assertEquals(37, count.get("result").asLong());
        JsonNode denied = call("/web/dataset/call_kw",
                "{\"model\": \"res.users\", \"method\": \"unlink\", \"args\": [[2]], \"kwargs\": {}}").get("error");
        assertEquals(200, denied.get("code").asInt());
        assertEquals("odoo.exceptions.AccessError", denied.get("data").get("name").asText());
        assertEquals(6, call("/web/session/get_session_info", "{}").get("result").get("uid").asLong());

        JsonNode destroyed = call("/web/session/destroy", "{}");
        assertFalse(destroyed.has("result"), "destroy returns None: no result member");
        assertFalse(destroyed.has("error"));
        JsonNode expired = call("/web/dataset/call_kw/res.partner/search_count",
                "{\"model\": \"res.partner\", \"method\": \"search_count\", \"args\": [[]], \"kwargs\": {}}")
                .get("error");
        assertEquals(100, expired.get("code").asInt());
        assertEquals("Odoo Session Expired", expired.get("message").asText());
        assertEquals("odoo.http.SessionExpiredException", expired.get("data").get("name").asText());
        assertEquals("Session expired", expired.get("data").get("message").asText());
    }

    @Test
    void aWrongPasswordOrDatabaseIsAnErrorNotASession() throws Exception {
        HttpResponse<String> wrong = post("/web/session/authenticate",
                "{\"db\": \"demo\", \"login\": \"admin\", \"password\": \"nope\"}");
        assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());
        JsonNode error = JSON.readTree(wrong.body()).get("error");
        assertEquals("odoo.exceptions.AccessDenied", error.get("data").get("name").asText());
        assertEquals("Access Denied", error.get("data").get("message").asText());
        JsonNode noDb = call("/web/session/authenticate",
                "{\"db\": \"nodb\", \"login\": \"admin\", \"password\": \"admin\"}").get("error");
        assertEquals("odoo.exceptions.AccessError", noDb.get("data").get("name").asText());
        assertEquals("Database not found.", noDb.get("data").get("message").asText());
        assertEquals(100, call("/web/session/get_session_info", "{}").get("error").get("code").asInt());
        JsonNode missing = call("/web/session/authenticate", "{\"db\": \"demo\"}").get("error").get("data");
        assertEquals("Session.authenticate() missing 2 required positional arguments: 'login' and 'password'",
                missing.get("message").asText());
    }

    @Test
    void theRootRedirectsAsOdooDoes() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        for (String method : List.of("HEAD", "GET")) {
            HttpResponse<String> root = plain.send(HttpRequest.newBuilder(URI.create(wire.server().url() + "/"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, root.statusCode(), method);
            assertEquals("/odoo", root.headers().firstValue("Location").orElseThrow());
        }
        HttpResponse<String> odoo = plain.send(HttpRequest.newBuilder(URI.create(wire.server().url() + "/odoo"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, odoo.statusCode());
        assertEquals("/web/login?redirect=%2Fodoo%3F", odoo.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> followed = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(wire.server().url() + "/"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, followed.statusCode());
        assertEquals("/web/login", followed.uri().getPath());
    }
}
