package io.typedoo.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.untyped.Model;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OdooClientBuilderTest {

    private static OdooClient.Builder valid() {
        return OdooClient.builder().url("http://localhost:8069").database("demo").login("admin").password("pw-123");
    }

    @Test
    void requiresUrlDatabaseLoginAndSecret() {
        assertTrue(assertThrows(NullPointerException.class, () -> OdooClient.builder().build()).getMessage()
                .startsWith("url is required"));
        assertThrows(NullPointerException.class, () -> valid().password(null).build());
    }

    @Test
    void refusesUrlsThatAreNotAServerBase() {
        assertThrows(IllegalArgumentException.class, () -> valid().url("ftp://localhost").build());
        assertThrows(IllegalArgumentException.class, () -> valid().url("localhost:8069").build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> valid().url("http://admin:pw-123@localhost:8069").build());
        assertFalse(e.getMessage().contains("pw-123"), e.getMessage());
    }

    @Test
    void refusesNonPositiveLimits() {
        assertThrows(IllegalArgumentException.class, () -> valid().requestTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> valid().connectTimeout(Duration.ofSeconds(-1)).build());
        assertThrows(IllegalArgumentException.class, () -> valid().maxResponseBytes(0).build());
    }

    @Test
    void contextsDeriveWithoutTouchingTheOriginal() {
        OdooClient odoo = valid().context(Context.empty().lang("fr_FR")).build();
        OdooClient brussels = odoo.withContext(Context.empty().tz("Europe/Brussels"));
        assertEquals(Context.empty().lang("fr_FR"), odoo.context());
        assertEquals(Context.empty().lang("fr_FR").tz("Europe/Brussels"), brussels.context());
        Model partners = brussels.model("res.partner").withContext(Context.empty().activeTest(false));
        assertEquals(false, partners.context().get("active_test"));
        assertEquals("Europe/Brussels", partners.context().get("tz"));
        assertFalse(odoo.toString().contains("pw-123"));
        assertEquals(Protocol.XMLRPC, odoo.protocol());
    }
}
