package io.typedoo.testkit.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Short-hands for calling a {@link Database} as admin, demo or portal in tests. */
final class Calls {

    final Database db;

    Calls(Database db) {
        this.db = db;
    }

    @Nullable Object admin(String model, String method, List<?> args, Map<String, ?> kwargs) {
        return as(2, "admin", model, method, args, kwargs);
    }

    /** Positional arguments only. */
    @Nullable Object call(String model, String method, Object... args) {
        return as(2, "admin", model, method, Arrays.asList(args), Map.of());
    }

    @Nullable Object as(long uid, String password, String model, String method, List<?> args,
            Map<String, ?> kwargs) {
        return db.execute(uid, password, model, method, new ArrayList<>(args), new LinkedHashMap<>(kwargs));
    }

    OdooError fails(String model, String method, Object... args) {
        return assertThrows(OdooError.class, () -> call(model, method, args));
    }

    @SuppressWarnings("unchecked")
    List<Long> search(String model, Object domain) {
        return (List<Long>) call(model, "search", domain);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> read(String model, List<Long> ids, String... fields) {
        return (List<Map<String, Object>>) admin(model, "read", List.of(ids), Map.of("fields", List.of(fields)));
    }

    Map<String, Object> readOne(String model, long id, String... fields) {
        return read(model, List.of(id), fields).get(0);
    }

    long create(String model, Map<String, ?> values) {
        return (Long) call(model, "create", values);
    }

    static List<Object> leaf(String field, String operator, @Nullable Object value) {
        List<Object> leaf = new ArrayList<>();
        leaf.add(field);
        leaf.add(operator);
        leaf.add(value);
        return leaf;
    }

    static List<Object> domain(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }
}
