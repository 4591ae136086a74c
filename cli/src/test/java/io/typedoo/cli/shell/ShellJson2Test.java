package io.typedoo.cli.shell;

import io.typedoo.client.Protocol;
import io.typedoo.testkit.junit.OdooTest;

/**
 * {@link ShellTest} against the test server answering as Odoo 19: the completing shell on a JSON-2 client, and the
 * {@code shell} command given the admin's API key, which speaks JSON-2 there.
 */
@OdooTest(odooVersion = 19, protocol = Protocol.JSON2)
class ShellJson2Test extends ShellTest {
}
