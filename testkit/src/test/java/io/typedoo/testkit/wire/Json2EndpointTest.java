package io.typedoo.testkit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.ServerOverHttp;
import io.typedoo.testkit.engine.MethodSignature;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * JSON-2 over HTTP on a server answering as Odoo 19: each fact of {@code odoo-wire/json2/README.md} the endpoint
 * reproduces, asserted on status, headers and body as a JSON client sees them. The replay of every recorded
 * exchange is {@code RecordedJson2ExchangesTest}; these tests also cover what the recordings do not show.
 */
class Json2EndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = OdooTestServer.ADMIN_API_KEY;

    @RegisterExtension
    static final ServerOverHttp wire = new ServerOverHttp(19);

    @Test
    void aCallAnswersItsBareResultWithoutSession() throws Exception {
        HttpResponse<String> answer = wire.json2(ADMIN, "res.partner/search_count",
                "{\"domain\": [[\"is_company\", \"=\", true]]}");
        assertEquals(200, answer.statusCode());
        assertEquals("application/json; charset=utf-8", header(answer, "Content-Type"));
        assertEquals("nosniff", header(answer, "X-Content-Type-Options"));
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), "JSON-2 is stateless");
        assertTrue(answer.body().matches("\\d+"), answer.body());
        assertEquals("null", wire.json2(ADMIN, "todo.task/do_nothing", "{\"ids\": [1]}").body());
    }

    @Test
    void theGuidesCurlExample() throws Exception {
        assertEquals("[{\"id\": 9, \"name\": \"Acme Corporation\"}, {\"id\": 15, \"name\": \"Azure Interior\"}]",
                wire.send("POST", "/json/2/res.partner/search_read", "{\"domain\": [[\"is_company\", \"=\", true]], "
                        + "\"fields\": [\"name\"], \"limit\": 2}", "Authorization", "bearer " + ADMIN,
                        "Content-Type", "application/json").body(), "docs/readme/testkit.md");
    }

    @Test
    void createAlwaysAnswersAListAndRecordsetsAreIdLists() throws Exception {
        JsonNode single = body(wire.json2(ADMIN, "todo.task/create", "{\"vals_list\": {\"name\": \"one\"}}"));
        assertTrue(single.isArray() && single.size() == 1 && single.get(0).isIntegralNumber(), single.toString());
        JsonNode two = body(wire.json2(ADMIN, "todo.task/create",
                "{\"vals_list\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}"));
        assertEquals(2, two.size());
        JsonNode found = body(wire.json2(ADMIN, "todo.task/search",
                "{\"domain\": [[\"name\", \"in\", [\"a\", \"b\"]]], \"order\": \"id\"}"));
        assertEquals(two, found);
    }

    @Test
    void idsAndContextAreTheEndpointsKeys() throws Exception {
        JsonNode read = body(wire.json2(ADMIN, "res.partner/read",
                "{\"ids\": [17], \"fields\": [\"parent_id\"], \"load\": null}"));
        assertTrue(read.get(0).get("parent_id").isIntegralNumber(), "load=None gives bare ids: " + read);
        long active = body(wire.json2(ADMIN, "res.partner/search_count", "{\"domain\": []}")).asLong();
        long all = body(wire.json2(ADMIN, "res.partner/search_count",
                "{\"domain\": [], \"context\": {\"active_test\": false}}")).asLong();
        assertTrue(all > active, all + " with archived, " + active + " without");
    }

    @Test
    void argumentsBindByNameWithPythonsTexts() throws Exception {
        assertError(wire.json2(ADMIN, "res.partner/search", "{\"domian\": []}"), 422,
                "werkzeug.exceptions.UnprocessableEntity", "missing a required argument: 'domain'");
        assertError(wire.json2(ADMIN, "res.partner/search", "{\"domain\": [], \"foo\": 1}"), 422,
                "werkzeug.exceptions.UnprocessableEntity", "got an unexpected keyword argument 'foo'");
        assertError(wire.json2(ADMIN, "res.partner/search", "{\"args\": [[]]}"), 422,
                "werkzeug.exceptions.UnprocessableEntity", "missing a required argument: 'domain'");
        assertError(wire.json2(ADMIN, "todo.task/create", "{\"vals\": {\"name\": \"x\"}}"), 422,
                "werkzeug.exceptions.UnprocessableEntity", "missing a required argument: 'vals_list'");
        assertError(wire.json2(ADMIN, "res.partner/search", "{\"ids\": [1], \"domain\": []}"), 422,
                "werkzeug.exceptions.UnprocessableEntity", "cannot call res.partner.search with ids");
        assertError(wire.json2(ADMIN, "res.partner/search_count", "[[]]"), 422,
                "werkzeug.exceptions.UnprocessableEntity", "missing a required argument: 'domain'");
        JsonNode error = body(wire.json2(ADMIN, "res.partner/search", "{}"));
        assertEquals(List.of("missing a required argument: 'domain'", 422L),
                List.of(error.get("arguments").get(0).asText(), error.get("arguments").get(1).asLong()));
        assertTrue(error.get("debug").asText().endsWith("werkzeug.exceptions.UnprocessableEntity: "
                + "422 Unprocessable Entity: missing a required argument: 'domain'\n"), error.toString());
    }

    @Test
    void authenticationIsABearerApiKey() throws Exception {
        HttpResponse<String> none = wire.send("POST", "/json/2/res.partner/search_count", "{\"domain\": []}",
                "Content-Type", "application/json");
        assertError(none, 401, "werkzeug.exceptions.Unauthorized",
                "User not authenticated, use an API Key with a Bearer Authorization header.");
        assertEquals("Bearer", header(none, "WWW-Authenticate").strip(), "Odoo sends 'Bearer '");
        assertError(wire.send("POST", "/json/2/res.partner/search_count", "{\"domain\": []}", "Content-Type",
                "application/json", "Authorization", "Basic YWRtaW46YWRtaW4="), 401,
                "werkzeug.exceptions.Unauthorized",
                "User not authenticated, use an API Key with a Bearer Authorization header.");
        assertError(wire.json2("admin", "res.partner/search_count", "{\"domain\": []}"), 401,
                "werkzeug.exceptions.Unauthorized", "Invalid apikey");
        assertEquals(200, wire.send("POST", "/json/2/res.partner/search_count", "{\"domain\": []}",
                "Content-Type", "application/json", "Authorization", "Bearer " + ADMIN).statusCode());
        assertEquals(401, wire.send("OPTIONS", "/json/2/res.partner/search_count", null,
                "Origin", "http://example.com").statusCode());
    }

    @Test
    void keysHaveUsersScopesAndExpiry() throws Exception {
        OdooTestServer server = wire.server();
        String demoKey = server.createApiKey("demo");
        assertEquals(40, demoKey.length());
        assertError(wire.json2(demoKey, "res.users/unlink", "{\"ids\": [2]}"), 403,
                "odoo.exceptions.AccessError", "You are not allowed to delete 'User' (res.users) records.\n\n"
                        + "This operation is allowed for the following groups:\n\t- Access Rights\n\n"
                        + "Contact your administrator to request access if necessary.");
        assertEquals(200, wire.json2(OdooTestServer.DEMO_API_KEY, "todo.task/search_count", "{\"domain\": []}")
                .statusCode());
        String rpc = server.createApiKey("demo", "rpc", null);
        String other = server.createApiKey("demo", "other", null);
        String expired = server.createApiKey("demo", null, Instant.now().minusSeconds(1));
        String later = server.createApiKey("demo", null, Instant.now().plusSeconds(3600));
        assertEquals(200, wire.json2(rpc, "res.partner/search_count", "{\"domain\": []}").statusCode());
        assertEquals(200, wire.json2(later, "res.partner/search_count", "{\"domain\": []}").statusCode());
        assertError(wire.json2(other, "res.partner/search_count", "{\"domain\": []}"), 401,
                "werkzeug.exceptions.Unauthorized", "Invalid apikey");
        assertError(wire.json2(expired, "res.partner/search_count", "{\"domain\": []}"), 401,
                "werkzeug.exceptions.Unauthorized", "Invalid apikey");
    }

    @Test
    void anApiKeyIsAPasswordOnTheLegacyEndpoints() throws Exception {
        String body = "{\"jsonrpc\": \"2.0\", \"method\": \"call\", \"params\": {\"service\": \"object\", \"method\":"
                + " \"execute_kw\", \"args\": [\"demo\", 2, \"" + ADMIN + "\", \"res.partner\", \"search_count\","
                + " [[]]]}, \"id\": 4}";
        JsonNode answer = body(wire.send("POST", "/jsonrpc", body, "Content-Type", "application/json"));
        assertTrue(answer.get("result").isIntegralNumber(), answer.toString());
        String withBadKey = body.replace(ADMIN, "0000000000000000000000000000000000000000");
        JsonNode refused = body(wire.send("POST", "/jsonrpc", withBadKey, "Content-Type", "application/json"));
        assertEquals(0, refused.get("error").get("code").asInt(), "Odoo 19's JSON-RPC error code");
        assertEquals("odoo.exceptions.AccessDenied", refused.get("error").get("data").get("name").asText());
    }

    @Test
    void wrongRoutesVerbsAndContentTypes() throws Exception {
        String hint = "Did you mean POST /json/2/<model>/<method>?";
        assertError(wire.send("GET", "/json/2", null), 404, "werkzeug.exceptions.NotFound", hint);
        assertError(wire.send("POST", "/json/2", "{}", "Content-Type", "application/json"), 404,
                "werkzeug.exceptions.NotFound", hint);
        assertError(wire.send("GET", "/json/2/res.partner/search_count", null, "Authorization", "bearer " + ADMIN),
                404, "werkzeug.exceptions.NotFound", hint);
        assertError(wire.send("PUT", "/json/2/res.partner/search_count", "{}", "Authorization", "bearer " + ADMIN,
                "Content-Type", "application/json"), 404, "werkzeug.exceptions.NotFound", hint);
        HttpResponse<String> text = wire.send("POST", "/json/2/res.partner/search_count", "{\"domain\": []}",
                "Authorization", "bearer " + ADMIN, "Content-Type", "text/plain");
        assertEquals(415, text.statusCode());
        assertEquals("text/html; charset=utf-8", header(text, "Content-Type"));
        assertEquals("application/json", header(text, "Accept"));
        assertTrue(text.body().contains("&#39;/json/2/&lt;__model__&gt;/&lt;__method__&gt;&#39; is "
                + "type=&#39;json2&#39;"), text.body());
        assertError(wire.send("POST", "/json/2/res.partner/search_count", null, "Authorization", "bearer " + ADMIN,
                "Content-Type", "application/json"), 422, "werkzeug.exceptions.UnprocessableEntity",
                "missing a required argument: 'domain'");
        assertError(wire.json2(ADMIN, "res.partner/search_count", "{\"domain\": [}"), 400,
                "werkzeug.exceptions.BadRequest",
                "could not parse the body as json: Expecting value: line 1 column 13 (char 12)");
    }

    @Test
    void modelsMethodsAndTheirErrors() throws Exception {
        assertError(wire.json2(ADMIN, "no.such.model/search", "{\"domain\": []}"), 404,
                "werkzeug.exceptions.NotFound", "the model 'no.such.model' does not exist");
        assertError(wire.json2(ADMIN, "res.partner/no_such_method", "{}"), 404,
                "werkzeug.exceptions.NotFound", "The method 'res.partner.no_such_method' does not exist");
        assertError(wire.json2(ADMIN, "res.partner/_read_group", "{}"), 403, "odoo.exceptions.AccessError",
                "Private methods (such as 'res.partner._read_group') cannot be called remotely.");
        assertError(wire.json2(ADMIN, "res.partner/search", "{\"domain\": [[\"no_such_field\", \"=\", 1]]}"),
                500, "builtins.ValueError",
                "Invalid field res.partner.no_such_field in condition ('no_such_field', '=', 1)");
        HttpResponse<String> missing = wire.json2(ADMIN, "todo.task/do_toggle_done", "{\"ids\": [999999]}");
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals("odoo.exceptions.MissingError", body(missing).get("name").asText());
        HttpResponse<String> invalid = wire.json2(ADMIN, "todo.task/create", "{\"vals_list\": [{\"is_done\": true}]}");
        assertEquals(422, invalid.statusCode(), invalid.body());
        assertEquals("odoo.exceptions.ValidationError", body(invalid).get("name").asText());
        assertFalse(invalid.headers().firstValue("X-Content-Type-Options").isPresent(), "errors carry no nosniff");
    }

    @Test
    void theDatabaseHeaderAndTheSingleDatabaseFallback() throws Exception {
        assertEquals(200, wire.send("POST", "/json/2/res.partner/search_count", "{\"domain\": []}",
                "Authorization", "bearer " + ADMIN, "Content-Type", "application/json", "X-Odoo-Database", "demo")
                .statusCode());
        HttpResponse<String> unknown = wire.send("POST", "/json/2/res.partner/search_count", "{\"domain\": []}",
                "Authorization", "bearer " + ADMIN, "Content-Type", "application/json", "X-Odoo-Database", "nosuchdb");
        assertEquals(404, unknown.statusCode());
        assertEquals("text/html; charset=utf-8", header(unknown, "Content-Type"));
        assertTrue(unknown.body().contains("No database is selected"), unknown.body());
    }

    @Test
    void versionDocuments() throws Exception {
        String nineteen = "{\"version_info\": [19, 0, 0, \"final\", 0, \"\"], \"version\": \"19.0\"}";
        assertEquals(nineteen, wire.get("/web/version").body());
        assertEquals(nineteen, wire.get("/json/version").body());
        try (OdooTestServer eighteen = OdooTestServer.start()) {
            assertEquals(18, eighteen.odooVersion());
            assertEquals("18.0", eighteen.client().version().serverVersion());
            HttpResponse<String> none = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(eighteen.url() + "/json/version")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, none.statusCode(), "no /json/version before Odoo 19");
        }
    }

    @Test
    void theOdoo20ForecastHasNoXmlRpcOrJsonRpc() throws Exception {
        try (OdooTestServer twenty = OdooTestServer.builder().odooVersion(20).start()) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            for (String path : List.of("/xmlrpc/2/common", "/xmlrpc/2/object", "/xmlrpc/common", "/jsonrpc")) {
                HttpResponse<String> gone = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(twenty.url() + path)).POST(java.net.http.HttpRequest.BodyPublishers
                        .ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(404, gone.statusCode(), path);
            }
            HttpResponse<String> json2 = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(twenty.url() + "/json/2/res.partner/search_count"))
                    .header("Authorization", "bearer " + ADMIN).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"domain\": []}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, json2.statusCode(), json2.body());
            HttpResponse<String> version = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(twenty.url() + "/json/version")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("{\"version_info\": [20, 0, 0, \"final\", 0, \"\"], \"version\": \"20.0\"}",
                    version.body());
        }
    }

    @Test
    void registeredMethodsBindTheirDeclaredParametersByName() throws Exception {
        wire.server().database().models().method("res.partner", "greet",
                MethodSignature.onRecords("(greeting, punctuation='!')"),
                call -> call.argument("greeting") + " " + call.ids() + call.argument("punctuation"));
        assertEquals("\"Hello [1, 8]!\"", wire.json2(ADMIN, "res.partner/greet",
                "{\"ids\": [1, 8], \"greeting\": \"Hello\"}").body());
        assertError(wire.json2(ADMIN, "res.partner/greet", "{\"ids\": [1], \"greting\": \"Hi\"}"), 422,
                "werkzeug.exceptions.UnprocessableEntity", "missing a required argument: 'greeting'");
        assertEquals("Hi [1]?", wire.server().client().execute("res.partner", "greet", List.of(List.of(1L), "Hi",
                "?"), Map.of()), "positional arguments over XML-RPC find the same names");
    }

    @Test
    void theApiDocumentationWithABearerKey() throws Exception {
        HttpResponse<String> doc = wire.send("GET", "/doc-bearer/todo.task.json", null, "Authorization",
                "bearer " + ADMIN);
        assertEquals(200, doc.statusCode(), doc.body());
        assertFalse(header(doc, "ETag").isEmpty());
        JsonNode model = body(doc);
        assertEquals("To-do Task", model.get("name").asText());
        assertEquals("char", model.get("fields").get("name").get("type").asText());
        JsonNode search = model.get("methods").get("search_read");
        assertEquals("(domain=None, fields=None, offset=0, limit=None, order=None, read_kwargs) -> list[ValuesType]",
                search.get("signature").asText());
        assertEquals("VAR_KEYWORD", search.get("parameters").get("read_kwargs").get("kind").asText());
        assertEquals("[\"model\",\"readonly\"]", search.get("api").toString());
        assertEquals("()", model.get("methods").get("do_toggle_done").get("signature").asText());
        assertTrue(model.get("methods").get("check_access_rights") == null, "deprecated methods are not listed");
        JsonNode index = body(wire.send("GET", "/doc-bearer/index.json", null, "Authorization", "bearer " + ADMIN));
        assertTrue(index.get("modules").toString().contains("\"todo_app\""), index.get("modules").toString());
        assertTrue(index.get("models").toString().contains("\"model\":\"res.partner\""));
        assertError(wire.send("GET", "/doc-bearer/todo.task.json", null, "Authorization",
                "bearer " + OdooTestServer.DEMO_API_KEY), 403, "odoo.exceptions.AccessError",
                "This page is only accessible to Technical Documentation users.");
        assertError(wire.send("GET", "/doc-bearer/todo.task.json", null), 401, "werkzeug.exceptions.Unauthorized",
                "User not authenticated, use an API Key with a Bearer Authorization header.");
        HttpResponse<String> page = wire.send("GET", "/doc", null);
        assertEquals(303, page.statusCode());
        assertEquals("/web/login?redirect=%2Fdoc%3F", header(page, "Location"));
    }

    private static void assertError(HttpResponse<String> answer, int status, String name, String message)
            throws IOException {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/json; charset=utf-8", header(answer, "Content-Type"));
        JsonNode error = JSON.readTree(answer.body());
        assertEquals(name, error.get("name").asText(), answer.body());
        assertEquals(message, error.get("message").asText());
        assertTrue(error.get("context").isObject() && error.get("debug").asText().startsWith("Traceback"));
    }

    private static JsonNode body(HttpResponse<String> answer) throws IOException {
        return JSON.readTree(answer.body());
    }

    private static String header(HttpResponse<String> answer, String name) {
        return answer.headers().firstValue(name).orElse("");
    }
}
