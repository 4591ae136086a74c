package io.typedoo.testkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * XML-RPC and JSON-RPC calls ({@code execute_kw}) bind their positional and keyword arguments by the same
 * signatures JSON-2 binds by name ({@link OrmSignatures}), in the version the database answers as.
 */
class LegacyBindingTest {

    @Test
    void defaultGetTakesTheParameterNameOfTheVersion() {
        try (Database db = Database.demo(18)) {
            Calls calls = new Calls(db);
            assertEquals(Map.of("priority", "0"), calls.admin("todo.task", "default_get", List.of(),
                    Map.of("fields_list", List.of("priority"))));
            OdooError renamed = assertThrows(OdooError.class, () -> calls.admin("todo.task", "default_get",
                    List.of(), Map.of("fields", List.of("priority"))));
            assertEquals("BaseModel.default_get() got an unexpected keyword argument 'fields'", renamed.message());
        }
        try (Database db = Database.demo(19)) {
            Calls calls = new Calls(db);
            assertEquals(Map.of("priority", "0"), calls.admin("todo.task", "default_get", List.of(),
                    Map.of("fields", List.of("priority"))));
            assertEquals(Map.of("priority", "0"), calls.admin("todo.task", "default_get",
                    List.of(List.of("priority")), Map.of()));
            OdooError renamed = assertThrows(OdooError.class, () -> calls.admin("todo.task", "default_get",
                    List.of(), Map.of("fields_list", List.of("priority"))));
            assertEquals("BaseModel.default_get() got an unexpected keyword argument 'fields_list'",
                    renamed.message());
        }
    }

    @Test
    void searchReadPassesItsOtherKeywordsToRead() {
        try (Database db = Database.demo(19)) {
            Calls calls = new Calls(db);
            assertEquals(List.of(Map.of("id", 17L, "parent_id", 8L)), calls.admin("res.partner", "search_read",
                    List.of(List.of(List.of("id", "=", 17L)), List.of("parent_id")), Map.of("load", false)));
            OdooError unknown = assertThrows(OdooError.class, () -> calls.admin("res.partner", "search_read",
                    List.of(List.of()), Map.of("foo", 1L)));
            assertEquals("BaseModel.read() got an unexpected keyword argument 'foo'", unknown.message());
            OdooError tooMany = assertThrows(OdooError.class, () -> calls.admin("res.partner", "search",
                    List.of(List.of(), 0L, 1L, "id", "extra"), Map.of()));
            assertEquals("BaseModel.search() takes from 2 to 5 positional arguments but 6 were given",
                    tooMany.message());
        }
    }
}
