package io.typedoo.testkit.engine;

import static io.typedoo.testkit.engine.Calls.domain;
import static io.typedoo.testkit.engine.Calls.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Declaring models by the builder and from @OdooModel interfaces, registering methods, seeding, introspection. */
class SchemaApiTest {

    private final Database db = Database.demo();
    private final Calls calls = new Calls(db);

    @AfterEach
    void close() {
        db.close();
    }

    @OdooModel("library.author")
    interface Author {
        String getName();
    }

    enum Condition { NEW, USED }

    @OdooModel("library.book")
    interface Book {
        String name();

        boolean isAvailable();

        @Nullable LocalDate publishedOn();

        @OdooField("author_id")
        Author author();

        List<Author> coAuthors();

        Condition condition();

        BigDecimal price();

        long pages();
    }

    @Test
    void builderDeclaresFieldsDefaultsAndRequired() {
        db.models().define("library.shelf").description("Shelf").order("name")
                .charField("name").required().label("Label")
                .integerField("capacity").defaultValue(10L)
                .many2oneField("keeper_id", "res.users").defaultValue(uid -> uid)
                .booleanField("active")
                .register();
        long shelf = calls.create("library.shelf", Map.of("name", "A"));
        assertEquals(Map.of("id", shelf, "name", "A", "capacity", 10L, "keeper_id", List.of(2L, "Mitchell Admin"),
                "active", true), calls.readOne("library.shelf", shelf, "name", "capacity", "keeper_id", "active"));
        OdooError missing = calls.fails("library.shelf", "create", Map.of());
        assertTrue(missing.message().endsWith("Model: Shelf (library.shelf)\nField: Label (name)\n"));
        assertThrows(IllegalArgumentException.class, () -> db.models().define("Bad Name"));
        assertThrows(IllegalStateException.class, () -> db.models().define("x.y").required());
    }

    @Test
    void interfacesBecomeModels() {
        db.models().define(Author.class);
        ModelDef book = db.models().define(Book.class);
        assertEquals(FieldType.CHAR, book.field("name").type());
        assertEquals(FieldType.BOOLEAN, book.field("is_available").type());
        assertEquals(FieldType.DATE, book.field("published_on").type());
        assertEquals("library.author", book.field("author_id").relation());
        assertEquals(FieldType.MANY2MANY, book.field("co_authors").type());
        assertEquals(List.of(List.of("new", "New"), List.of("used", "Used")), book.field("condition").selection());
        assertEquals(FieldType.MONETARY, book.field("price").type());
        assertEquals(FieldType.INTEGER, book.field("pages").type());
        assertEquals(FieldType.CHAR, db.models().model("library.author").field("name").type());

        long author = db.models().seed("library.author", Map.of("name", "Frank Herbert"));
        long dune = db.models().seed("library.book", Map.of("name", "Dune", "author_id", author,
                "condition", "used", "co_authors", List.of(author), "pages", 412L));
        assertEquals(List.of(dune), calls.search("library.book", domain(leaf("author_id.name", "ilike", "herbert"))));
        assertEquals(List.of(author, "Frank Herbert"), calls.readOne("library.book", dune, "author_id")
                .get("author_id"));
    }

    @Test
    void registeredMethodsRunInTheCallersTransaction() {
        db.models().method("todo.task", "action_rename_all", call -> {
            for (Long id : call.ids()) {
                call.execute("todo.task", "write", List.of(List.of(id), Map.of("name", call.args().get(0))),
                        Map.of());
            }
            if (call.kwargs().containsKey("fail")) {
                throw OdooError.userError("refused after writing");
            }
            return call.ids().size();
        });
        long task = calls.create("todo.task", Map.of("name", "old"));
        assertEquals(1, calls.admin("todo.task", "action_rename_all", List.of(List.of(task), "new"), Map.of()));
        assertEquals("new", calls.readOne("todo.task", task, "name").get("name"));
        OdooError refused = assertThrows(OdooError.class, () -> calls.admin("todo.task", "action_rename_all",
                List.of(List.of(task), "newer"), Map.of("fail", true)));
        assertEquals("refused after writing", refused.message());
        assertEquals("new", calls.readOne("todo.task", task, "name").get("name"));
        assertThrows(IllegalArgumentException.class, () -> db.models().method("todo.task", "_secret", c -> null));
        assertThrows(IllegalArgumentException.class, () -> db.models().method("no.model", "x", c -> null));
    }

    @Test
    void irModelDescribesEveryModelIncludingDeclaredOnes() {
        db.models().define("library.shelf").charField("name").register();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> models = (List<Map<String, Object>>) calls.admin("ir.model", "search_read",
                List.of(List.of(leaf("model", "in", List.of("todo.task", "library.shelf")))),
                Map.of("fields", List.of("model", "name")));
        assertEquals(List.of("library.shelf", "todo.task"), models.stream().map(m -> m.get("model")).toList());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) calls.admin("ir.model.fields", "search_read",
                List.of(List.of(leaf("model", "=", "todo.task"), leaf("ttype", "=", "many2many"))),
                Map.of("fields", List.of("name", "relation", "model_id")));
        assertEquals(1, fields.size());
        assertEquals("tag_ids", fields.get(0).get("name"));
        assertEquals("todo.task.tag", fields.get(0).get("relation"));
        assertEquals("To-do Task", ((List<?>) fields.get(0).get("model_id")).get(1));
        assertEquals(OdooError.Kind.ACCESS_ERROR, calls.fails("ir.model", "unlink", List.of(1L)).kind());
    }

    @Test
    void modulesInstallUpgradeAndUninstall() {
        List<Long> crm = calls.search("ir.module.module", domain(leaf("name", "=", "crm")));
        assertEquals("uninstalled", calls.readOne("ir.module.module", crm.get(0), "state").get("state"));
        assertEquals(Map.of("type", "ir.actions.client", "tag", "reload"),
                calls.call("ir.module.module", "button_immediate_install", crm));
        assertEquals("installed", calls.readOne("ir.module.module", crm.get(0), "state").get("state"));
        for (String dependency : List.of("calendar", "contacts", "mail")) {
            List<Long> id = calls.search("ir.module.module", domain(leaf("name", "=", dependency)));
            assertEquals("installed", calls.readOne("ir.module.module", id.get(0), "state").get("state"),
                    dependency + ", which crm depends on, is installed with it");
        }
        calls.call("ir.module.module", "button_immediate_upgrade", crm);
        calls.call("ir.module.module", "button_immediate_uninstall", crm);
        assertEquals("uninstalled", calls.readOne("ir.module.module", crm.get(0), "state").get("state"));
        assertEquals(OdooError.Kind.USER_ERROR, calls.fails("ir.module.module", "button_immediate_upgrade", crm)
                .kind());
        List<Long> base = calls.search("ir.module.module", domain(leaf("name", "=", "base")));
        assertEquals("The `base` module cannot be uninstalled",
                calls.fails("ir.module.module", "button_immediate_uninstall", base).message());
    }
}
