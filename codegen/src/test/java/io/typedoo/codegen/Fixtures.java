package io.typedoo.codegen;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.typedoo.untyped.FieldInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The recorded fields_get answer of a real Odoo 18 for todo.task, from the repository's odoo-wire folder. */
final class Fixtures {

    private Fixtures() {
    }

    /** The repository's odoo-wire folder; tests run in the module's folder. */
    static Path odooWire() {
        return Path.of("").toAbsolutePath().getParent().resolve("odoo-wire");
    }

    /** todo.task's fields as recorded in jsonrpc/10-fields-get. */
    @SuppressWarnings("unchecked")
    static ServerModel todoTask() {
        try {
            Map<String, Object> answer = new ObjectMapper().readValue(
                    odooWire().resolve("jsonrpc/10-fields-get.response.json").toFile(), Map.class);
            Map<String, Object> result = (Map<String, Object>) answer.get("result");
            Map<String, FieldInfo> fields = new LinkedHashMap<>();
            result.forEach((name, attributes) -> fields.put(name,
                    FieldInfo.fromWire(name, (Map<String, Object>) attributes)));
            return new ServerModel("todo.task", "To-do Task", fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
