package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.testkit.junit.OdooTest;
import org.junit.jupiter.api.Test;

/** {@link TypedModelTest} over JSON-2, against the test server answering as Odoo 19. */
@OdooTest(odooVersion = 19, protocol = Protocol.JSON2)
class TypedModelJson2Test extends TypedModelTest {

    @Test
    void theInjectedClientsSpeakJson2(OdooClient odoo) {
        assertEquals(Protocol.JSON2, odoo.protocol());
        assertEquals(19, odoo.version().major());
    }
}
