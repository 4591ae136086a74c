package io.typedoo.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed {@code @OdooMethod} declarations from the signatures a real Odoo 19 documents for todo.task. */
class MethodGeneratorTest {

    /** The methods of /doc-bearer/todo.task.json as recorded in json2/006. */
    @SuppressWarnings("unchecked")
    private static Map<String, ServerMethod> recorded() throws IOException {
        Map<String, Object> exchange = new ObjectMapper().readValue(
                Fixtures.odooWire().resolve("json2/006-doc-bearer-model.json").toFile(), Map.class);
        Map<String, Object> response = (Map<String, Object>) exchange.get("response");
        Map<String, Object> doc = (Map<String, Object>) response.get("body_json");
        return ServerMethod.fromDoc(doc);
    }

    private static String generate(List<String> names, List<String> undocumented) throws IOException {
        Map<String, ServerMethod> documented = recorded();
        List<ServerMethod> methods = new ArrayList<>();
        names.forEach(name -> methods.add(documented.get(name)));
        return new InterfaceGenerator("com.example.odoo", List.of("todo.task"))
                .generate(Fixtures.todoTask(), methods, undocumented).toString();
    }

    private static void assertContains(String source, String... lines) {
        for (String line : lines) {
            assertTrue(source.contains(line), "missing\n  " + line + "\nin\n" + source);
        }
    }

    @Test
    void theRecordedDocumentReadsAsSignatures() throws IOException {
        Map<String, ServerMethod> methods = recorded();
        assertEquals(49, methods.size());
        ServerMethod nameSearch = methods.get("name_search");
        assertEquals(List.of("name", "domain", "operator", "limit"),
                nameSearch.parameters().stream().map(ServerMethod.Parameter::name).toList());
        assertEquals("int", nameSearch.parameters().get(3).annotation());
        assertEquals(100, nameSearch.parameters().get(3).defaultValue());
        assertTrue(nameSearch.modelMethod());
        assertEquals("typing.Literal[True]", methods.get("write").returns());
        assertFalse(methods.get("write").modelMethod());
        assertEquals(null, methods.get("do_toggle_done").returns());
    }

    @Test
    void typedParametersAndResultsWithTheirOdooNames() throws IOException {
        String source = generate(List.of("do_toggle_done", "has_access", "get_field_translations",
                "update_field_translations", "copy", "name_search", "unlink", "get_base_url"), List.of("no_such"));
        assertContains(source,
                "@OdooMethod(\"do_toggle_done\")\n    void doToggleDone();",
                "Odoo does not document the result, so it is ignored",
                "@OdooMethod(\"has_access\")\n    boolean hasAccess(String operation);",
                " * @param operation {@code operation}, a Python <code>str</code>",
                " * @return a Python <code>bool</code>",
                "@OdooMethod(\"get_base_url\")\n    String getBaseUrl();",
                "<li>{@code get_field_translations}: its parameter langs is a Python Collection[str] | None, which"
                        + " typedoo does not send as a typed argument",
                "<li>{@code update_field_translations}: its parameter translations is a Python",
                "<li>{@code copy}: its parameter default is a Python ValuesType | None",
                "<li>{@code name_search}: it runs on no record (&#64;api.model)",
                "@OdooMethod(\"unlink\")\n    boolean unlink();",
                "<li>{@code no_such}: the server does not document it for this model");
    }

    @Test
    void aMethodNamedLikeOneOfTheRecordsIsLeftOut() {
        ServerMethod refresh = new ServerMethod("refresh", "()", List.of(), null, false);
        assertEquals("the generated record already has a method refresh()",
                MethodGenerator.generate(refresh, java.util.Set.of()).skipped());
        ServerMethod named = new ServerMethod("name", "()", List.of(), "str", false);
        assertEquals("a field accessor is named name() already",
                MethodGenerator.generate(named, java.util.Set.of("name")).skipped());
    }

    @Test
    void aJavaKeywordParameterKeepsItsOdooNameAndNoneIsNullable() {
        ServerMethod method = new ServerMethod("action_plan", "(default, days=None, when_done=False) -> int | None",
                List.of(new ServerMethod.Parameter("default", "str", null, false),
                        new ServerMethod.Parameter("days", "int | None", null, true),
                        new ServerMethod.Parameter("when_done", "bool", false, true)),
                "int | None", false);
        String source = MethodGenerator.generate(method, java.util.Set.of()).method().toString();
        assertContains(source,
                "@io.typedoo.annotations.OdooMethod(\"action_plan\")",
                "@org.jspecify.annotations.Nullable Long actionPlan(",
                "@io.typedoo.annotations.OdooParam(\"default\") java.lang.String default_",
                "@org.jspecify.annotations.Nullable Long days",
                "boolean whenDone",
                "Odoo's default is <code>None</code>",
                "Odoo's default is <code>False</code>");
        assertFalse(source.contains("OdooParam(\"when_done\")"), "the snake_case of whenDone is when_done: " + source);
    }
}
