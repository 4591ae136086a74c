package io.typedoo.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.cli.CliRunner;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import org.junit.jupiter.api.Test;

/**
 * {@link SubcommandsTest} with the admin's API key against the test server answering as Odoo 19: given a key and
 * no protocol, the command speaks JSON-2 there.
 */
@OdooTest(odooVersion = 19)
class SubcommandsJson2Test extends SubcommandsTest {

    @Test
    void aKeyOnOdoo19SpeaksJson2AndDebugOutputNeverShowsIt() {
        CliRunner.Result result = typedoo("count", "res.partner", "--debug");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.err().contains("json2 res.partner search_count: "), result.err());
        assertTrue(result.err().contains("json2 res.users context_get: "), "the key checked at once: " + result.err());
        assertFalse(result.err().contains("xmlrpc"), "no login round trip: " + result.err());
        assertFalse(result.err().contains(OdooTestServer.ADMIN_API_KEY), result.err());
        assertFalse(result.out().contains(OdooTestServer.ADMIN_API_KEY), result.out());
    }

    @Test
    void json2CanBeNamedAndOtherProtocolsForced() {
        assertEquals(ok("count", "res.partner").out(), ok("count", "res.partner", "--protocol", "json2").out());
        assertEquals(ok("count", "res.partner").out(), ok("count", "res.partner", "--protocol", "xmlrpc").out(),
                "the key stands in for the password on XML-RPC");
        CliRunner.Result unknown = typedoo("count", "res.partner", "--protocol", "soap");
        assertTrue(unknown.err().contains("Unknown protocol 'soap' in --protocol: use json2, xmlrpc or jsonrpc"),
                unknown.toString());
    }
}
