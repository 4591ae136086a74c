package io.typedoo.it.typed;

import io.typedoo.client.Protocol;
import io.typedoo.testkit.junit.OdooTest;

/** {@link RecordSemanticsTest} over JSON-2, against the test server answering as Odoo 19. */
@OdooTest(odooVersion = 19, protocol = Protocol.JSON2)
class RecordSemanticsJson2Test extends RecordSemanticsTest {
}
