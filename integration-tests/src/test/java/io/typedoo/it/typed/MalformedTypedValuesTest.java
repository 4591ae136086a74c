package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooValueException;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The generated accessors against answers a front rewrites on their way from the testkit: an impossible date, a
 * value of the wrong type, a record without a numeric id. Each is an {@link OdooException} naming the model, the
 * field and the record, never an {@code IllegalArgumentException} or a parse exception.
 */
@OdooTest
class MalformedTypedValuesTest {

    private static OdooClient through(TamperingFront front, OdooTestServer server) {
        return OdooClient.builder().url(front.url()).database(server.databaseName()).login(OdooTestServer.ADMIN)
                .password(OdooTestServer.ADMIN).build();
    }

    private static long task(OdooClient admin) {
        return TodoTaskModel.of(admin).create(v -> v.name("Tampered").dateDeadline(LocalDate.of(2027, 1, 15))
                .priority(Priority.HIGH)).id();
    }

    private static void withFront(OdooTestServer server, UnaryOperator<String> rewrite, java.util.function.Consumer<OdooClient> test) {
        try (TamperingFront front = TamperingFront.start(server.url(), rewrite); OdooClient odoo = through(front, server)) {
            test.accept(odoo);
        }
    }

    @Test
    void anImpossibleDateThroughATypedAccessor(OdooClient admin, OdooTestServer server) {
        long id = task(admin);
        withFront(server, answer -> answer.replace("2027-01-15", "2026-13-45"), odoo -> {
            TodoTask task = TodoTaskModel.of(odoo).browse(id);
            OdooValueException e = assertThrows(OdooValueException.class, task::dateDeadline);
            assertTrue(e.getMessage().startsWith("todo.task(" + id + ").date_deadline: "), e.getMessage());
            assertEquals("date_deadline", e.field());
            assertEquals(id, e.recordId());
            assertTrue(e.getMessage().contains("[server " + odoo.url()), e.getMessage());
        });
    }

    @Test
    void aValueOfTheWrongTypeThroughATypedAccessor(OdooClient admin, OdooTestServer server) {
        long id = task(admin);
        withFront(server, answer -> answer.replace("<string>Tampered</string>", "<array><data></data></array>"),
                odoo -> {
                    TodoTask task = TodoTaskModel.of(odoo).browse(id);
                    OdooValueException e = assertThrows(OdooValueException.class, task::name);
                    assertTrue(e.getMessage().startsWith("todo.task(" + id + ").name: "), e.getMessage());
                });
    }

    @Test
    void aRecordWithoutANumericIdIsAnOdooException(OdooClient admin, OdooTestServer server) {
        long id = task(admin);
        withFront(server, answer -> answer.replace("<name>id</name>\n<value><int>" + id + "</int>",
                "<name>id</name>\n<value><string>x</string>"), odoo -> {
                    OdooException e = assertThrows(OdooException.class, () -> {
                        List<TodoTaskRecord> found = TodoTaskModel.of(odoo).search(TodoTaskModel.NAME.eq("Tampered"));
                        for (TodoTask t : found) {
                            t.name();
                        }
                    });
                    assertTrue(e.getMessage().contains("todo.task"), e.getMessage());
                });
    }
}
