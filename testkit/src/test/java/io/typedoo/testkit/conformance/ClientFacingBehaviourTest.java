package io.typedoo.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.typedoo.testkit.RawJsonRpc;
import io.typedoo.testkit.ServerOverHttp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What well-known clients (ERPpeek, Odooly, OdooRPC, the npm clients) rely on right after login and in their
 * everyday calls, over real HTTP with plain JSON-RPC and XML-RPC, each answer as Odoo 18 gives it: the user's
 * context, copies, access checks, the context language, grouping by a many2many, the models and fields clients
 * read, defaults, field descriptions, order errors, the extra service methods and Python's TypeError texts.
 */
class ClientFacingBehaviourTest {

    /** The demo partners, whatever other tests of the class create: {@code [('id', '<=', 41)]}. */
    private static final List<?> DEMO_PARTNERS = List.of(List.of("id", "<=", 41));

    @RegisterExtension
    static final ServerOverHttp wire = new ServerOverHttp();

    private static String url() {
        return wire.server().url();
    }

    private static JsonNode admin(String model, String method, List<?> args, Map<String, ?> kwargs) {
        return RawJsonRpc.executeKw(url(), model, method, args, kwargs);
    }

    /** The JSON-RPC error of a call as {@code uid}/{@code password}. */
    private static JsonNode error(long uid, String password, String model, String method, List<?> args,
            Map<String, ?> kwargs) {
        JsonNode answer = RawJsonRpc.call(url(), "object", "execute_kw", "demo", uid, password, model, method, args,
                kwargs);
        assertTrue(answer.has("error"), () -> "expected an error, got " + answer);
        return answer.get("error").get("data");
    }

    private static JsonNode as(long uid, String password, String model, String method, List<?> args) {
        JsonNode answer = RawJsonRpc.call(url(), "object", "execute_kw", "demo", uid, password, model, method, args,
                Map.of());
        assertFalse(answer.has("error"), () -> "unexpected error " + answer);
        return answer.get("result");
    }

    @Test
    void contextGetGivesTheUsersLanguageTimeZoneAndUid() {
        // Odoo 18 for admin: {'lang': 'en_US', 'tz': 'Europe/Brussels', 'uid': 2} (as Odoo 19's recording 075).
        assertEquals("{\"lang\":\"en_US\",\"tz\":\"Europe/Brussels\",\"uid\":2}",
                admin("res.users", "context_get", List.of(), Map.of()).toString());
        assertEquals("{\"lang\":\"en_US\",\"tz\":\"Europe/Brussels\",\"uid\":6}",
                as(6, "demo", "res.users", "context_get", List.of()).toString());
    }

    @Test
    void copyReturnsAListAndOnlyOverridingModelsSayCopy() {
        long task = admin("todo.task", "create", List.of(Map.of("name", "Plain")), Map.of()).asLong();
        JsonNode copies = admin("todo.task", "copy", List.of(List.of(task)), Map.of());
        assertTrue(copies.isArray() && copies.size() == 1, copies::toString);
        assertEquals("Plain", admin("todo.task", "read", List.of(List.of(copies.get(0).asLong()), List.of("name")),
                Map.of()).get(0).get("name").asText());
        JsonNode partner = admin("res.partner", "copy", List.of(List.of(13)), Map.of());
        assertEquals("OpenWood (copy)", admin("res.partner", "read", List.of(List.of(partner.get(0).asLong()),
                List.of("name")), Map.of()).get(0).get("name").asText());
    }

    @Test
    void accessChecksAndGroupMembership() {
        assertTrue(admin("ir.model.access", "check", List.of("res.partner", "read"), Map.of()).asBoolean());
        assertFalse(as(6, "demo", "ir.model.access", "check", List.of("res.users", "unlink", false)).asBoolean());
        JsonNode refused = error(6, "demo", "ir.model.access", "check", List.of("res.users", "unlink"), Map.of());
        assertEquals("odoo.exceptions.AccessError", refused.get("name").asText());
        assertTrue(refused.get("message").asText().startsWith(
                "You are not allowed to delete 'User' (res.users) records."), refused::toString);
        assertTrue(admin("res.users", "has_group", List.of(List.of(2), "base.group_system"), Map.of()).asBoolean());
        assertFalse(as(6, "demo", "res.users", "has_group", List.of(List.of(6), "base.group_system")).asBoolean());
        assertTrue(as(6, "demo", "res.users", "has_group", List.of(List.of(6), "base.group_user")).asBoolean());
        assertEquals("External ID 'group_user' must be fully qualified",
                error(2, "admin", "res.users", "has_group", List.of(List.of(2), "group_user"), Map.of())
                        .get("message").asText());
    }

    @Test
    void aContextLanguageThatIsNotInstalledIsRefused() throws Exception {
        JsonNode refused = error(2, "admin", "res.country", "read", List.of(List.of(75), List.of("name")),
                Map.of("context", Map.of("lang", "fr_FR")));
        assertEquals("odoo.exceptions.UserError", refused.get("name").asText());
        assertEquals("Invalid language code: fr_FR", refused.get("message").asText());
        String fault = xmlRpc("<string>res.country</string>", "<string>search_count</string>",
                "<array><data><value><array><data></data></array></value></data></array>",
                "<struct><member><name>context</name><value><struct><member><name>lang</name><value>"
                        + "<string>fr_FR</string></value></member></struct></value></member></struct>");
        assertTrue(fault.contains("<name>faultCode</name>\n<value><int>2</int></value>"), fault);
        assertTrue(fault.contains("<string>Invalid language code: fr_FR</string>"), fault);
        assertEquals(37, admin("res.partner", "search_count", List.of(DEMO_PARTNERS),
                Map.of("context", Map.of("lang", "en_US"))).asLong());
    }

    @Test
    void readGroupByAManyToManyPutsARecordInEachOfItsGroups() {
        // 37 active demo partners, 7 of them tagged (Wood Corner twice): each tag a group, the 30 others False.
        JsonNode groups = admin("res.partner", "read_group", List.of(DEMO_PARTNERS, List.of("category_id"),
                List.of("category_id")), Map.of());
        assertEquals(7, groups.size(), groups::toString);
        assertEquals("{\"category_id\":[5,\"Components Buyer\"],\"category_id_count\":2,"
                + "\"__domain\":[\"&\",[\"id\",\"<=\",41],[\"category_id\",\"=\",5]]}", groups.get(0).toString());
        assertEquals("[6,\"Services\"]", groups.get(4).get("category_id").toString());
        assertEquals(2, groups.get(4).get("category_id_count").asLong());
        assertEquals("{\"category_id\":false,\"category_id_count\":30,"
                + "\"__domain\":[\"&\",[\"id\",\"<=\",41],[\"category_id\",\"=\",false]]}",
                groups.get(6).toString());
        JsonNode fields = admin("res.partner", "fields_get", List.of(List.of("category_id", "child_ids")),
                Map.of("attributes", List.of("groupable", "sortable")));
        assertEquals("{\"groupable\":true,\"sortable\":false}", fields.get("category_id").toString());
        assertEquals("{\"groupable\":false,\"sortable\":false}", fields.get("child_ids").toString());
    }

    @Test
    void theModelsAndFieldsClientsRead() {
        assertEquals("[{\"id\":1,\"code\":\"en_US\",\"name\":\"English (US)\"}]",
                admin("res.lang", "search_read", List.of(List.of()), Map.of("fields", List.of("code", "name")))
                        .toString());
        assertEquals("[\"res.lang\",1]", admin("ir.model.data", "check_object_reference",
                List.of("base", "lang_en"), Map.of()).toString());
        assertEquals("[\"res.users\",6]", as(6, "demo", "ir.model.data", "check_object_reference",
                List.of("base", "user_demo")).toString());
        assertEquals("External ID not found in the system: base.nothing", error(2, "admin", "ir.model.data",
                "check_object_reference", List.of("base", "nothing"), Map.of()).get("message").asText());
        JsonNode admin = admin("res.users", "read", List.of(List.of(2),
                List.of("company_id", "company_ids", "lang", "tz")), Map.of()).get(0);
        assertEquals("{\"id\":2,\"company_id\":[1,\"YourCompany\"],\"company_ids\":[1],\"lang\":\"en_US\","
                + "\"tz\":\"Europe/Brussels\"}", admin.toString());
        assertEquals("[{\"id\":233,\"currency_id\":[1,\"USD\"]}]", admin("res.country", "read",
                List.of(List.of(233), List.of("currency_id")), Map.of()).toString());
        assertEquals("[{\"id\":1,\"name\":\"USD\",\"rounding\":0.01,\"decimal_places\":2,\"active\":true}]",
                admin("res.currency", "read", List.of(List.of(1),
                        List.of("name", "rounding", "decimal_places", "active")), Map.of()).toString());
        assertEquals("[{\"id\":1,\"name\":\"YourCompany\",\"currency_id\":[1,\"USD\"],\"partner_id\":[1,"
                + "\"YourCompany\"]}]", admin("res.company", "read", List.of(List.of(1),
                List.of("name", "currency_id", "partner_id")), Map.of()).toString());
        JsonNode ron = admin("res.partner", "read", List.of(List.of(18), List.of("company_type",
                "commercial_partner_id", "email_formatted", "country_code", "tz")), Map.of()).get(0);
        assertEquals("{\"id\":18,\"company_type\":\"person\",\"commercial_partner_id\":[9,\"Wood Corner\"],"
                + "\"email_formatted\":\"\\\"Ron Gibson\\\" <ron.gibson76@example.com>\",\"country_code\":\"US\","
                + "\"tz\":false}", ron.toString());
        JsonNode described = admin("res.users", "fields_get", List.of(List.of("company_id", "tz")),
                Map.of("attributes", List.of("string", "type", "relation")));
        assertEquals("{\"relation\":\"res.company\",\"string\":\"Company\",\"type\":\"many2one\"}",
                described.get("company_id").toString());
        assertEquals("{\"string\":\"Timezone\",\"type\":\"selection\"}", described.get("tz").toString());
    }

    @Test
    void defaultGetLeavesOutFieldsWithoutDefaults() {
        // As recorded from Odoo 19 (json2/027, same todo_app): only defaulted fields appear.
        assertEquals("{\"user_id\":2,\"priority\":\"0\",\"active\":true}", admin("todo.task", "default_get",
                List.of(List.of("name", "user_id", "priority", "active", "is_done")), Map.of()).toString());
    }

    @Test
    void fieldsGetWithoutAttributesDescribesFieldsAsOdoo() {
        JsonNode fields = admin("todo.task", "fields_get", List.of(), Map.of());
        JsonNode name = fields.get("name");
        assertFalse(name.has("help"), "Odoo leaves out help when a field has none");
        assertEquals("[]", name.get("depends").toString());
        assertTrue(name.get("exportable").asBoolean());
        assertFalse(name.get("default_export_compatible").asBoolean());
        assertEquals("[\"name\"]", fields.get("display_name").get("depends").toString());
        assertFalse(name.has("aggregator"));
        JsonNode color = admin("res.partner", "fields_get", List.of(List.of("color")), Map.of()).get("color");
        assertEquals("sum", color.get("aggregator").asText());
    }

    @Test
    void anInvalidOrderIsAUserError() throws Exception {
        JsonNode refused = error(2, "admin", "res.partner", "search", List.of(List.of()),
                Map.of("order", "name; drop"));
        assertEquals("odoo.exceptions.UserError", refused.get("name").asText());
        assertTrue(refused.get("message").asText().startsWith("Invalid \"order\" specified (name; drop)."),
                refused::toString);
        String fault = xmlRpc("<string>res.partner</string>", "<string>search</string>",
                "<array><data><value><array><data></data></array></value></data></array>",
                "<struct><member><name>order</name><value><string>name; drop</string></value></member></struct>");
        assertTrue(fault.contains("<name>faultCode</name>\n<value><int>2</int></value>"), fault);
    }

    @Test
    void theDatabaseAndCommonServicesAnswerTheirOtherMethods() {
        JsonNode languages = RawJsonRpc.call(url(), "db", "list_lang").get("result");
        assertTrue(languages.toString().contains("[\"en_US\",\"English (US)\"]"), languages::toString);
        assertTrue(languages.toString().contains("[\"fr_FR\",\"French / Français\"]"), languages::toString);
        assertTrue(RawJsonRpc.call(url(), "db", "db_exist", "demo").get("result").asBoolean());
        assertFalse(RawJsonRpc.call(url(), "db", "db_exist", "nodb").get("result").asBoolean());
        assertEquals("See http://openerp.com", RawJsonRpc.call(url(), "common", "about").get("result").asText());
        assertEquals("[\"See http://openerp.com\",\"18.0\"]",
                RawJsonRpc.call(url(), "common", "about", true).get("result").toString());
    }

    @Test
    void wrongArgumentCountsAreWordedAsPython() {
        assertEquals("BaseModel.search() takes from 2 to 5 positional arguments but 6 were given",
                error(2, "admin", "res.partner", "search", List.of(List.of(), 0, 1, "name", "extra"), Map.of())
                        .get("message").asText());
        assertEquals("BaseModel.default_get() takes 2 positional arguments but 3 were given",
                error(2, "admin", "todo.task", "default_get", List.of(List.of("name"), "extra"), Map.of())
                        .get("message").asText());
        JsonNode answer = RawJsonRpc.call(url(), "object", "execute_kw", "demo", 2, "admin", "res.partner");
        assertEquals("execute_kw() missing 2 required positional arguments: 'method' and 'args'",
                answer.get("error").get("data").get("message").asText());
    }

    @Test
    void webReadGivesX2manyRecordsPastTheLimitAsIdsOnly() {
        JsonNode company = admin("res.partner", "web_read", List.of(List.of(1)), Map.of("specification",
                Map.of("child_ids", Map.of("fields", Map.of("name", Map.of()), "limit", 1)))).get(0);
        assertEquals("[{\"id\":7,\"name\":\"Marc Demo\"},{\"id\":3}]", company.get("child_ids").toString());
    }

    /** An {@code execute_kw} as admin over {@code /xmlrpc/2/object} with these values after the password. */
    private static String xmlRpc(String... values) throws Exception {
        StringBuilder call = new StringBuilder("<?xml version='1.0'?>\n<methodCall><methodName>execute_kw"
                + "</methodName><params>");
        for (String value : List.of("<string>demo</string>", "<int>2</int>", "<string>admin</string>")) {
            call.append("<param><value>").append(value).append("</value></param>");
        }
        for (String value : values) {
            call.append("<param><value>").append(value).append("</value></param>");
        }
        call.append("</params></methodCall>");
        HttpResponse<String> answer = wire.post("/xmlrpc/2/object", call.toString());
        return answer.body();
    }
}
