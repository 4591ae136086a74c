package io.typedoo.untyped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.domain.Domain;
import io.typedoo.error.OdooValueException;
import io.typedoo.wire.ReplayServer;
import io.typedoo.wire.ReplayServer.Response;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values a server sends in a shape their reader cannot take are the server's fault: an {@link OdooValueException}
 * naming the model, field and record, never an {@code IllegalArgumentException} or a parse exception.
 */
class MalformedValuesTest {

    private ReplayServer server;
    private List<Row> rows;

    @BeforeEach
    void read() throws IOException {
        server = new ReplayServer();
        server.enqueue(Response.of(200, "application/json", "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": 2}"));
        server.enqueue(Response.of(200, "application/json", "{\"jsonrpc\": \"2.0\", \"id\": 2, \"result\": ["
                + "{\"id\": 7, \"date_deadline\": \"2026-13-45\", \"priority\": \"high\", \"user_id\": \"admin\","
                + " \"write_date\": \"yesterday\"},"
                + "{\"name\": \"no id\"}, {\"id\": \"seven\"}]}"));
        OdooClient odoo = OdooClient.builder().url(server.url()).database("demo").login("admin").password("admin")
                .protocol(Protocol.JSONRPC).build();
        rows = odoo.model("todo.task").searchRead(Domain.all(), "date_deadline", "priority");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anImpossibleDateNamesModelFieldAndRecord() {
        OdooValueException e = assertThrows(OdooValueException.class, () -> rows.get(0).getDate("date_deadline"));
        assertTrue(e.getMessage().startsWith("todo.task(7).date_deadline: "), e.getMessage());
        assertTrue(e.getMessage().contains("2026-13-45"), e.getMessage());
        assertEquals("todo.task", e.model());
        assertEquals("date_deadline", e.field());
        assertEquals(7L, e.recordId());
        assertThrows(OdooValueException.class, () -> rows.get(0).getDateTime("write_date"));
    }

    @Test
    void aValueOfTheWrongTypeNamesModelFieldAndRecord() {
        OdooValueException e = assertThrows(OdooValueException.class, () -> rows.get(0).getLong("priority"));
        assertTrue(e.getMessage().startsWith("todo.task(7).priority: "), e.getMessage());
        assertThrows(OdooValueException.class, () -> rows.get(0).getMany2one("user_id"));
        assertThrows(OdooValueException.class, () -> rows.get(0).getDouble("priority"));
    }

    @Test
    void aRowWithoutANumericIdSaysSo() {
        OdooValueException missing = assertThrows(OdooValueException.class, () -> rows.get(1).id());
        assertTrue(missing.getMessage().contains("no numeric id"), missing.getMessage());
        assertFalse(missing.getMessage().contains("Add it to the fields"), missing.getMessage());
        OdooValueException text = assertThrows(OdooValueException.class, () -> rows.get(2).id());
        assertTrue(text.getMessage().contains("no numeric id (seven)"), text.getMessage());
    }

    @Test
    void aFieldThatWasNotReadIsStillTheCallersMistake() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rows.get(0).get("phone"));
        assertTrue(e.getMessage().contains("Add it to the fields to read"), e.getMessage());
    }
}
