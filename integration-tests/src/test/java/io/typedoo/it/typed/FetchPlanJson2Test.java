package io.typedoo.it.typed;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import io.typedoo.typed.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link FetchPlanTest} over JSON-2, against the test server answering as Odoo 19, where the byte ceilings hold on
 * all three protocols.
 */
@OdooTest(odooVersion = 19, protocol = Protocol.JSON2)
class FetchPlanJson2Test extends FetchPlanTest {

    @Override
    @Test
    void theFirstSearchAtALineBringsTheDefaultsAndTheNextOnesWhatWasRead(OdooClient odoo, OdooTestServer server) {
        assertDefaultsFirstThenLearnt(odoo, server, FetchPlanJson2Test.class,
                tasks -> tasks.search(TodoTaskModel.NAME.ilike(PREFIX), Page.first(10)));
    }

    @Override
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aLearntPlanStaysWithinTheByteCeiling(Protocol protocol, OdooTestServer server) {
        super.aLearntPlanStaysWithinTheByteCeiling(protocol, server);
    }

    @Override
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void anExplicitPlanBringsWhatItSaysWithinTheByteCeiling(Protocol protocol, OdooTestServer server) {
        super.anExplicitPlanBringsWhatItSaysWithinTheByteCeiling(protocol, server);
    }

    @Override
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void theFewestBytesAreAnExplicitPlanOfTwoCalls(Protocol protocol, OdooTestServer server) {
        super.theFewestBytesAreAnExplicitPlanOfTwoCalls(protocol, server);
    }

    @Override
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aPairBringsTheDisplayNameNeverTheName(Protocol protocol, OdooTestServer server) {
        super.aPairBringsTheDisplayNameNeverTheName(protocol, server);
    }
}
