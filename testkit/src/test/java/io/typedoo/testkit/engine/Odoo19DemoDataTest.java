package io.typedoo.testkit.engine;

import static io.typedoo.testkit.engine.Calls.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A database answering as Odoo 19 has Odoo 19's demo records where Odoo 18's differ (the conformance suite checks
 * them against the recordings), and a database answering as Odoo 18 keeps Odoo 18's.
 */
class Odoo19DemoDataTest {

    @Test
    void usersComeOneIdEarlierWithoutTheDefaultUserTemplate() {
        try (Database db = Database.demo(19)) {
            assertEquals(2L, db.authenticate("admin", "admin"));
            assertEquals(5L, db.authenticate("demo", "demo"));
            assertEquals(6L, db.authenticate("portal", "portal"));
            Calls calls = new Calls(db);
            assertEquals(List.of(), calls.search("res.users", List.of(leaf("login", "=", "default"))));
            assertEquals(List.of(List.of(5L, "Marc Demo")), calls.admin("res.users", "name_search",
                    List.of("Marc"), Map.of()));
        }
        try (Database db = Database.demo(18)) {
            assertEquals(6L, db.authenticate("demo", "demo"));
        }
    }

    @Test
    void groupIdsHoldTheGivenGroupsAndTheImpliedOnesStillCount() {
        try (Database db = Database.demo(19)) {
            Calls calls = new Calls(db);
            assertEquals(List.of(Map.of("id", 2L, "group_ids", List.of(Groups.SETTINGS))),
                    calls.read("res.users", List.of(2L), "group_ids"));
            assertEquals(true, calls.call("res.users", "has_group", "base.group_user"));
            // demo is an internal user, not an access-rights manager: Odoo's ACL refuses him deleting users
            OdooError denied = assertThrows(OdooError.class,
                    () -> calls.as(5, "demo", "res.users", "unlink", List.of(List.of(2L)), Map.of()));
            assertEquals(OdooError.Kind.ACCESS_ERROR, denied.kind());
            assertEquals(7L, calls.as(5, "demo", "res.partner", "search_count",
                    List.of(List.of(leaf("country_id.code", "=", "US"), leaf("is_company", "=", true))), Map.of()));
        }
    }

    @Test
    void partnersAndCountriesAreOdoo19s() {
        try (Database db = Database.demo(19)) {
            Calls calls = new Calls(db);
            assertEquals(38L, calls.call("res.partner", "search_count", List.of()));
            assertEquals(10L, calls.call("res.partner", "search_count", List.of(leaf("is_company", "=", true))));
            assertEquals(List.of(Map.of("id", 9L, "name", "Acme Corporation")),
                    calls.read("res.partner", List.of(9L), "name"));
            assertEquals(List.of(20L), calls.search("res.country", List.of(leaf("code", "=", "BE"))));
        }
        try (Database db = Database.demo(18)) {
            Calls calls = new Calls(db);
            assertEquals(37L, calls.call("res.partner", "search_count", List.of()));
            assertEquals(List.of(Map.of("id", 10L, "name", "Deco Addict")),
                    calls.read("res.partner", List.of(10L), "name"));
        }
    }
}
