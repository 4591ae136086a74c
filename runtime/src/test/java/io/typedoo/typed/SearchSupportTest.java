package io.typedoo.typed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.ServerVersion;
import io.typedoo.error.CallSite;
import io.typedoo.error.OdooAccessException;
import io.typedoo.error.OdooServerException;
import io.typedoo.error.OdooUnknownMethodException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which failures of {@code web_search_read} mean "this server is older than 17" and send a search elsewhere. */
class SearchSupportTest {

    private final CallSite site = CallSite.of("http://localhost:8069", "demo", "todo.task", "web_search_read");

    @Test
    void oldServersRefusalsAreRecognised() {
        // Odoo 14 to 16: web_search_read(domain, fields, offset, limit, order, count_limit) has no specification.
        assertTrue(SearchSupport.refusesSpecification(new OdooServerException(
                "web_search_read() got an unexpected keyword argument 'specification'", site, "TypeError", null)));
        // Before 14: no web_search_read at all.
        assertTrue(SearchSupport.refusesSpecification(new OdooServerException(
                "type object 'todo.task' has no attribute 'web_search_read'", site, "AttributeError", null)));
        assertTrue(SearchSupport.refusesSpecification(new OdooUnknownMethodException(
                "The method 'web_search_read' does not exist on the model 'todo.task'", site, "AttributeError",
                null)));
    }

    @Test
    void theSearchsOwnFailuresAreNot() {
        assertFalse(SearchSupport.refusesSpecification(new OdooAccessException(
                "You are not allowed to access 'To-do' (todo.task) records.", site,
                "odoo.exceptions.AccessError", null)));
        assertFalse(SearchSupport.refusesSpecification(new OdooServerException(
                "unsupported operand type(s) for +: 'int' and 'str'", site, "TypeError", null)));
    }

    @Test
    void aVersionAskedAlreadyDecidesBeforeTheFirstSearch() {
        assertFalse(new SearchSupport(new ServerVersion("16.0", List.of(16, 0, 0, "final", 0, ""), "16.0", 1))
                .mayTakeSpecification(), "16: search_read at once");
        SearchSupport seventeen = new SearchSupport(new ServerVersion("17.0", List.of(17, 0, 0, "final", 0, ""),
                "17.0", 1));
        seventeen.refusedSpecification();
        assertFalse(seventeen.mayTakeSpecification(), "what a search learns still counts");
        assertTrue(new SearchSupport(new ServerVersion("?", List.of(), "", 1)).mayTakeSpecification(),
                "no major version: try");
        assertTrue(new SearchSupport(null).mayTakeSpecification(), "not asked: try");
    }

    @Test
    void theAnswerIsRememberedBothWays() {
        SearchSupport support = new SearchSupport();
        assertTrue(support.mayTakeSpecification(), "unknown: try");
        support.refusedSpecification();
        assertFalse(support.mayTakeSpecification());
        support.tookSpecification();
        assertTrue(support.mayTakeSpecification());
    }
}
