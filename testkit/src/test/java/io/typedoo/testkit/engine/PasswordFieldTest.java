package io.typedoo.testkit.engine;

import static io.typedoo.testkit.engine.Calls.domain;
import static io.typedoo.testkit.engine.Calls.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code res.users.password} is never readable, as in Odoo: not by reading, grouping, ordering or searching, which
 * would each tell its value, and it is stored hashed.
 */
class PasswordFieldTest {

    private final Database db = Database.demo();
    private final Calls calls = new Calls(db);

    @Test
    void readGroupByPasswordIsRefused() {
        OdooError e = assertThrows(OdooError.class, () -> calls.admin("res.users", "read_group",
                List.of(List.of(), List.of("login"), List.of("password")), Map.of()));
        assertTrue(e.getMessage().contains("Invalid field 'password'"), e.getMessage());
        assertThrows(OdooError.class, () -> calls.admin("res.users", "read_group",
                List.of(List.of(), List.of("password:max"), List.of("login")), Map.of()));
        // A portal user, who may read users, is refused the same way.
        assertThrows(OdooError.class, () -> calls.as(7, "portal", "res.users", "read_group",
                List.of(List.of(), List.of("login"), List.of("password")), Map.of()));
    }

    @Test
    void orderingOrSearchingByPasswordIsRefused() {
        OdooError order = assertThrows(OdooError.class, () -> calls.admin("res.users", "search",
                List.of(List.of()), Map.of("order", "password")));
        assertTrue(order.getMessage().contains("Invalid field 'password'"), order.getMessage());
        assertThrows(OdooError.class, () -> calls.admin("res.users", "search_read",
                List.of(List.of()), Map.of("order", "password desc", "fields", List.of("login"))));
        assertThrows(OdooError.class, () -> calls.admin("res.users", "search",
                List.of(domain(leaf("password", "=like", "a%"))), Map.of()));
    }

    @Test
    void readingShowsNothingAndTheStoreHoldsAHash() {
        assertEquals("", calls.readOne("res.users", 2, "password").get("password"));
        String stored = (String) db.engine().store().row("res.users", 2).get("password");
        assertTrue(stored.startsWith("$pbkdf2-sha512$25000$"), stored);
        calls.call("res.users", "write", List.of(6L), Map.of("password", "n3w-Secret"));
        assertEquals(6L, db.authenticate("demo", "n3w-Secret"));
        assertEquals(null, db.authenticate("demo", "demo"));
    }
}
