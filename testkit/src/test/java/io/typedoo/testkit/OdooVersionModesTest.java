package io.typedoo.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.domain.Domain;
import io.typedoo.untyped.Model;
import io.typedoo.value.Many2one;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Odoo 16 and 17 modes over real HTTP, each difference from 18 asked over XML-RPC (the Apache client) and
 * JSON-RPC (plain JSON): the version they answer as, {@code web_search_read}'s parameters, the methods 17
 * removed ({@code name_get}, {@code fields_get_keys}) or added ({@code web_read}), {@code has_access} from 18, no
 * JSON-2 before 19, and the versions refused.
 */
class OdooVersionModesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> SPECIFICATION = Map.of("name", Map.of(),
            "parent_id", Map.of("fields", Map.of("name", Map.of())));

    private static OdooTestServer odoo16;
    private static OdooTestServer odoo17;
    private static OdooTestServer odoo18;

    @BeforeAll
    static void start() {
        odoo16 = OdooTestServer.builder().odooVersion(16).start();
        odoo17 = OdooTestServer.builder().odooVersion(17).start();
        odoo18 = OdooTestServer.builder().odooVersion(18).start();
    }

    @AfterAll
    static void stop() {
        odoo16.close();
        odoo17.close();
        odoo18.close();
    }

    @Test
    void eachModeAnswersAsItsVersionOnEveryVersionCall() throws Exception {
        for (OdooTestServer server : List.of(odoo16, odoo17)) {
            int v = server.odooVersion();
            Map<?, ?> overXml = (Map<?, ?>) xmlRpc(server, "common", "version");
            assertEquals(v + ".0", overXml.get("server_version"));
            assertArrayEquals(new Object[] {v, 0, 0, "final", 0, ""}, (Object[]) overXml.get("server_version_info"));
            assertEquals(v + ".0", overXml.get("server_serie"));
            assertEquals(1, overXml.get("protocol_version"));
            assertEquals("{\"server_version\":\"%1$d.0\",\"server_version_info\":[%1$d,0,0,\"final\",0,\"\"],"
                    .formatted(v) + "\"server_serie\":\"%d.0\",\"protocol_version\":1}".formatted(v),
                    RawJsonRpc.call(server.url(), "common", "version").get("result").toString());
            assertEquals("{\"version_info\": [%1$d, 0, 0, \"final\", 0, \"\"], \"version\": \"%1$d.0\"}".formatted(v),
                    get(server, "/web/version").body());
        }
    }

    @Test
    void odoo17TakesTheNestedSpecificationAs18Does() throws Exception {
        for (OdooTestServer server : List.of(odoo17, odoo18)) {
            Map<String, Object> kwargs = Map.of("specification", SPECIFICATION, "domain", List.of(List.of("id", "=", 3)));
            Map<?, ?> overXml = (Map<?, ?>) xmlRpc(server, "object", "execute_kw", "demo", 2, "admin", "res.partner",
                    "web_search_read", List.of(), kwargs);
            Map<?, ?> record = (Map<?, ?>) ((Object[]) overXml.get("records"))[0];
            assertEquals(Map.of("id", 1, "name", "YourCompany"), record.get("parent_id"));
            JsonNode overJson = executeKw(server, "res.partner", "web_search_read", List.of(), kwargs).get("result");
            assertEquals("{\"id\":1,\"name\":\"YourCompany\"}",
                    overJson.get("records").get(0).get("parent_id").toString());
            assertEquals("Mitchell Admin", executeKw(server, "res.partner", "web_read", List.of(List.of(3)),
                    Map.of("specification", SPECIFICATION)).get("result").get(0).get("name").asText());
        }
    }

    @Test
    void odoo16RefusesASpecificationWithTheTypeErrorOfItsFlatSignature() throws Exception {
        Map<String, Object> kwargs = Map.of("specification", SPECIFICATION, "domain", List.of());
        String message = "BaseModel.web_search_read() got an unexpected keyword argument 'specification'";
        XmlRpcException fault = assertThrows(XmlRpcException.class, () -> xmlRpc(odoo16, "object", "execute_kw",
                "demo", 2, "admin", "res.partner", "web_search_read", List.of(), kwargs));
        assertEquals(1, fault.code);
        assertTrue(fault.getMessage().startsWith("Traceback (most recent call last):\n"), fault.getMessage());
        assertTrue(fault.getMessage().endsWith("\nTypeError: " + message + "\n"), fault.getMessage());
        JsonNode error = executeKw(odoo16, "res.partner", "web_search_read", List.of(), kwargs).get("error");
        assertEquals(200, error.get("code").asInt());
        assertEquals("Odoo Server Error", error.get("message").asText());
        assertEquals("builtins.TypeError", error.get("data").get("name").asText());
        assertEquals(message, error.get("data").get("message").asText());
    }

    @Test
    void odoo16WebSearchReadTakesAFieldListAndAnswersSearchReadsRecords() throws Exception {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("domain", List.of(List.of("id", "in", List.of(1, 3))));
        kwargs.put("fields", List.of("name", "parent_id"));
        kwargs.put("order", "id");
        Map<?, ?> overXml = (Map<?, ?>) xmlRpc(odoo16, "object", "execute_kw", "demo", 2, "admin", "res.partner",
                "web_search_read", List.of(), kwargs);
        assertEquals(2, overXml.get("length"));
        Object[] records = (Object[]) overXml.get("records");
        assertEquals(Map.of("id", 3, "name", "Mitchell Admin", "parent_id", List.of(1, "YourCompany")),
                normalise(records[1]));
        JsonNode overJson = executeKw(odoo16, "res.partner", "web_search_read", List.of(), kwargs).get("result");
        assertEquals(executeKw(odoo16, "res.partner", "search_read", List.of(), kwargs).get("result"),
                overJson.get("records"), "the records of search_read with the same arguments");
        assertEquals("[1,\"YourCompany\"]", overJson.get("records").get(1).get("parent_id").toString());
        Map<String, Object> nothing = Map.of("domain", List.of(List.of("id", "=", -1)), "offset", 5);
        assertEquals("{\"length\":0,\"records\":[]}",
                executeKw(odoo16, "res.partner", "web_search_read", List.of(), nothing).get("result").toString());
    }

    @Test
    void nameGetAndFieldsGetKeysExistUntil16() throws Exception {
        Object[] names = (Object[]) xmlRpc(odoo16, "object", "execute_kw", "demo", 2, "admin", "res.partner",
                "name_get", List.of(List.of(1, 3)), Map.of());
        assertEquals(List.of(1, "YourCompany"), List.of((Object[]) names[0]));
        JsonNode displayNames = executeKw(odoo16, "res.partner", "read", List.of(List.of(1, 3)),
                Map.of("fields", List.of("display_name"))).get("result");
        assertEquals("[[1,\"YourCompany\"],[3,%s]]".formatted(displayNames.get(1).get("display_name")),
                executeKw(odoo16, "res.partner", "name_get", List.of(List.of(1, 3)), Map.of()).get("result")
                        .toString());

        List<Object> keys = Arrays.asList((Object[]) xmlRpc(odoo16, "object", "execute_kw", "demo", 2, "admin",
                "res.partner", "fields_get_keys", List.of(), Map.of()));
        JsonNode fields = executeKw(odoo16, "res.partner", "fields_get", List.of(), Map.of("attributes",
                List.of("type"))).get("result");
        assertEquals(JSON.convertValue(fields, Map.class).keySet().stream().toList(), keys);
        assertTrue(keys.containsAll(List.of("id", "name", "parent_id", "display_name")), keys::toString);
        assertEquals(JSON.valueToTree(keys), executeKw(odoo16, "res.partner", "fields_get_keys", List.of(),
                Map.of()).get("result"));
    }

    @Test
    void odoo16CallsTheDomainArgsAndCountsWithSearch() throws Exception {
        List<Object> companies = List.of(List.of("is_company", "=", true));
        JsonNode ids = executeKw(odoo18, "res.partner", "search", List.of(), Map.of("domain", companies))
                .get("result");
        assertEquals(ids, executeKw(odoo16, "res.partner", "search", List.of(), Map.of("args", companies))
                .get("result"));
        assertEquals(ids.size(), xmlRpc(odoo16, "object", "execute_kw", "demo", 2, "admin", "res.partner", "search",
                List.of(companies), Map.of("count", true)));
        assertEquals(ids.size(), executeKw(odoo16, "res.partner", "search_count", List.of(),
                Map.of("args", companies)).get("result").asInt());
        assertEquals(executeKw(odoo18, "res.partner", "name_search", List.of("a"), Map.of("domain", companies)),
                executeKw(odoo16, "res.partner", "name_search", List.of("a"), Map.of("args", companies)));
        for (OdooTestServer server : List.of(odoo16, odoo17)) {
            String refused = server.odooVersion() == 16 ? "domain" : "args";
            for (String method : List.of("search", "search_count")) {
                JsonNode error = executeKw(server, "res.partner", method, List.of(), Map.of(refused, companies))
                        .get("error");
                assertEquals("BaseModel." + method + "() got an unexpected keyword argument '" + refused + "'",
                        error.get("data").get("message").asText(), server.odooVersion() + " " + method);
            }
        }
    }

    @Test
    void typedoosUntypedCallsWorkInEveryMode() {
        Domain companies = Domain.leaf("is_company", "=", true);
        for (OdooTestServer server : List.of(odoo16, odoo17, odoo18)) {
            for (Protocol protocol : List.of(Protocol.XMLRPC, Protocol.JSONRPC)) {
                try (OdooClient admin = server.client(protocol)) {
                    Model partners = admin.model("res.partner");
                    List<Long> ids = partners.search(companies);
                    assertEquals(ids.size(), partners.count(companies), server.odooVersion() + " " + protocol);
                    assertEquals(List.of(1L), partners.nameSearch("YourCompany", companies, 5).stream()
                            .map(Many2one::id).toList(), server.odooVersion() + " " + protocol);
                }
            }
        }
    }

    @Test
    void before18CopyTakesOneRecordAndAnswersItsId() throws Exception {
        for (OdooTestServer server : List.of(odoo16, odoo17)) {
            Object copy = xmlRpc(server, "object", "execute_kw", "demo", 2, "admin", "res.partner.category", "copy",
                    List.of(List.of(1)), Map.of());
            assertTrue(copy instanceof Integer, server.odooVersion() + ": " + copy);
            JsonNode error = executeKw(server, "res.partner.category", "copy", List.of(List.of(1, 2)), Map.of())
                    .get("error");
            assertEquals("builtins.ValueError", error.get("data").get("name").asText());
            assertEquals("Expected singleton: res.partner.category(1, 2)", error.get("data").get("message").asText());
        }
        Object[] copies = (Object[]) xmlRpc(odoo18, "object", "execute_kw", "demo", 2, "admin",
                "res.partner.category", "copy", List.of(List.of(1, 2)), Map.of());
        assertEquals(2, copies.length);
    }

    @Test
    void methodsAVersionLacksAreUnknownAs18WordsIt() throws Exception {
        assertUnknown(odoo16, "web_read", List.of(List.of(3)), Map.of("specification", SPECIFICATION));
        assertUnknown(odoo16, "has_access", List.of(List.of(3)), Map.of("operation", "read"));
        for (OdooTestServer server : List.of(odoo17, odoo18)) {
            assertUnknown(server, "name_get", List.of(List.of(3)), Map.of());
            assertUnknown(server, "fields_get_keys", List.of(), Map.of());
        }
        assertUnknown(odoo17, "has_access", List.of(List.of(3)), Map.of("operation", "read"));
        assertEquals(true, xmlRpc(odoo18, "object", "execute_kw", "demo", 2, "admin", "res.partner", "has_access",
                List.of(List.of(3), "read"), Map.of()));
    }

    @Test
    void json2AndItsDocumentationComeOnlyWith19() throws Exception {
        assertEquals(404, json2SearchCount(odoo18).statusCode(), "no JSON-2 in 18");
        for (OdooTestServer server : List.of(odoo16, odoo17)) {
            assertEquals(404, json2SearchCount(server).statusCode(), server.odooVersion() + ": as 18");
            for (String path : List.of("/doc-bearer/index.json", "/json/version")) {
                assertEquals(get(odoo18, path).statusCode(), get(server, path).statusCode(),
                        server.odooVersion() + " " + path + ": as 18");
            }
        }
    }

    private static HttpResponse<String> json2SearchCount(OdooTestServer server) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url() + "/json/2/res.partner/search_count"))
                .header("Authorization", "bearer " + OdooTestServer.ADMIN_API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"domain\": []}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void versionsBefore16AreRefusedNamingTheSupportedOnes() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> OdooTestServer.builder().odooVersion(15));
        assertEquals("The testkit answers as Odoo 16, 17, 18, 19 or 20 (a forecast), not 15; Odoo 15 differs in ways"
                + " it does not reproduce", refused.getMessage());
    }

    private static void assertUnknown(OdooTestServer server, String method, List<?> args, Map<String, ?> kwargs) {
        String message = "The method '" + method + "' does not exist on the model 'res.partner'";
        XmlRpcException fault = assertThrows(XmlRpcException.class, () -> xmlRpc(server, "object", "execute_kw",
                "demo", 2, "admin", "res.partner", method, args, kwargs), server.odooVersion() + " " + method);
        assertEquals(1, fault.code);
        assertTrue(fault.getMessage().endsWith("\nAttributeError: " + message + "\n"), fault.getMessage());
        JsonNode error = executeKw(server, "res.partner", method, args, kwargs).get("error");
        assertEquals("builtins.AttributeError", error.get("data").get("name").asText());
        assertEquals(message, error.get("data").get("message").asText());
    }

    private static Object xmlRpc(OdooTestServer server, String service, String method, Object... params)
            throws Exception {
        XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
        config.setServerURL(URI.create(server.url() + "/xmlrpc/2/" + service).toURL());
        XmlRpcClient client = new XmlRpcClient();
        client.setConfig(config);
        return client.execute(method, params);
    }

    /** The whole JSON-RPC answer of {@code execute_kw} as admin: {@code result} or {@code error}. */
    private static JsonNode executeKw(OdooTestServer server, String model, String method, List<?> args,
            Map<String, ?> kwargs) {
        return RawJsonRpc.call(server.url(), "object", "execute_kw", "demo", 2, "admin", model, method, args, kwargs);
    }

    private static HttpResponse<String> get(OdooTestServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Apache's arrays as lists, so that records compare with {@code equals}. */
    private static Object normalise(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(OdooVersionModesTest::normalise).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, normalise(v)));
            return out;
        }
        return value;
    }
}
