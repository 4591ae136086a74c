package io.typedoo.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.untyped.FieldInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterfaceGeneratorTest {

    private static String generate(List<String> models, ServerModel description) {
        return new InterfaceGenerator("com.example.odoo", models).generate(description).toString();
    }

    private static void assertContains(String source, String... lines) {
        for (String line : lines) {
            assertTrue(source.contains(line), "missing\n  " + line + "\nin\n" + source);
        }
    }

    @Test
    void todoTaskFromTheRecordedFieldsGet() {
        String source = generate(List.of("todo.task", "res.users"), Fixtures.todoTask());
        assertContains(source,
                "package com.example.odoo;",
                "@OdooModel(\"todo.task\")",
                "@NullMarked",
                "public interface TodoTask {",
                " * To-do Task ({@code todo.task}).",
                // char, required: not nullable
                "String name();",
                " * Title.",
                "Odoo field {@code name}, char, required.",
                "boolean isDone();",
                "boolean active();",
                // many2one to a generated model: typed, named after the relation
                "@OdooField(\"user_id\")",
                "@Nullable ResUsers user();",
                "@Nullable LocalDate dateDeadline();",
                "@Nullable Priority priority();",
                "enum Priority implements OdooSelection {",
                "NORMAL(\"0\")",
                "HIGH(\"1\")",
                "public String odooValue() {",
                "@Nullable String description();",
                // many2many to a model not generated: ids, named after the field
                "List<Long> tagIds();",
                "@Nullable String displayName();",
                "@Nullable ResUsers createUid();",
                "@Nullable LocalDateTime writeDate();");
        assertFalse(source.contains(" id();"), source);
        assertFalse(source.contains("@OdooField(\"is_done\")"), "no annotation where the name rule finds the field");
    }

    @Test
    void relationsToGeneratedModelsAreTypedAndOthersAreIds() {
        String typed = generate(List.of("todo.task", "todo.task.tag"), Fixtures.todoTask());
        assertContains(typed, "@OdooField(\"tag_ids\")", "List<TodoTaskTag> tags();", "@Nullable Long userId();");
    }

    @Test
    void unusualNamesBecomeValidJava() {
        Map<String, FieldInfo> fields = new LinkedHashMap<>();
        fields.put("class", FieldInfo.fromWire("class", Map.of("type", "char", "string", "Class")));
        fields.put("x_studio_2", FieldInfo.fromWire("x_studio_2", Map.of("type", "integer", "string", "Two")));
        fields.put("get_rate", FieldInfo.fromWire("get_rate", Map.of("type", "float", "string", "Rate")));
        fields.put("state", FieldInfo.fromWire("state", Map.of("type", "selection", "string", "State <b>",
                "selection", List.of(List.of("draft", "Draft"), List.of("done", "Done */"), List.of("2", "2")))));
        fields.put("amount", FieldInfo.fromWire("amount", Map.of("type", "monetary", "string", "Amount")));
        fields.put("image", FieldInfo.fromWire("image", Map.of("type", "binary", "string", "Image")));
        fields.put("ref", FieldInfo.fromWire("ref", Map.of("type", "reference", "string", "Ref")));
        fields.put("props", FieldInfo.fromWire("props", Map.of("type", "properties", "string", "Props")));
        String source = generate(List.of("x.odd"), new ServerModel("x.odd", null, fields));
        assertContains(source,
                "public interface XOdd {",
                "@OdooField(\"class\")", "@Nullable String class_();",
                "@OdooField(\"get_rate\")", "double getRate();",
                "long xStudio2();",
                "DRAFT(\"draft\")", "DONE(\"done\")", "VALUE_2(\"2\")",
                "State &lt;b&gt;.",
                "Done *&#47;",
                "BigDecimal amount();",
                "byte @Nullable [] image();",
                "@Nullable String ref();",
                "Fields left out (types the processor does not map): props (properties).");
        assertFalse(source.contains("props()"), source);
    }

    @Test
    void namesFollowTheProcessorsRule() {
        assertEquals("TodoTaskTag", JavaNames.typeName("todo.task.tag"));
        assertEquals("dateDeadline", JavaNames.accessorName("date_deadline"));
        assertEquals("class_", JavaNames.accessorName("class"));
        assertEquals("field2fa", JavaNames.accessorName("2fa"));
        assertEquals("user", JavaNames.relationBase("user_id"));
        assertEquals("tags", JavaNames.relationBase("tag_ids"));
    }

    @Test
    void badPackageIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new InterfaceGenerator("com.1bad", List.of("a.b")));
    }
}
