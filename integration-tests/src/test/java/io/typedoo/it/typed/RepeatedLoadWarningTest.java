package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The N+1 pattern names itself: one warning per model after a run of single-record reads, captured from the log. */
@OdooTest
class RepeatedLoadWarningTest {

    private final Logger logger = Logger.getLogger(OdooClient.class.getName());
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (warnings) {
                    warnings.add(record);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    private static OdooClient client(OdooTestServer server, int threshold) {
        return OdooClient.builder().url(server.url()).database(server.databaseName()).login(OdooTestServer.ADMIN)
                .password(OdooTestServer.ADMIN).repeatedLoadWarning(threshold).build();
    }

    private static List<Long> taskIds(OdooClient odoo, int count) {
        List<TodoTaskValues> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(new TodoTaskValues().name("One at a time " + i).user(odoo.uid()));
        }
        return TodoTaskModel.of(odoo).createAll(values).stream().map(TodoTaskRecord::id).toList();
    }

    private List<String> messages() {
        synchronized (warnings) {
            return warnings.stream().map(LogRecord::getMessage).toList();
        }
    }

    @Test
    void browsingOneRecordAtATimeWarnsOncePerModelWithTheCountAndTheFix(OdooTestServer server) {
        try (OdooClient odoo = client(server, 5)) {
            List<Long> ids = taskIds(odoo, 12);
            TodoTaskModel tasks = TodoTaskModel.of(odoo);
            for (long id : ids) {
                tasks.browse(id).user().getName();   // the task, then its user: one read of one record each
            }

            List<String> logged = messages();
            assertEquals(2, logged.size(), logged.toString());
            String task = logged.get(0);
            assertTrue(task.startsWith("todo.task was read one record at a time 5 times in a row"), task);
            assertTrue(task.contains("browse(ids)") && task.contains("search(domain)"), task);
            assertTrue(task.contains("server " + server.url()) && !task.contains(OdooTestServer.ADMIN + ","), task);
            assertTrue(logged.get(1).startsWith("res.users was read one record at a time 5 times in a row"),
                    logged.get(1));
        }
    }

    @Test
    void readingTheRecordsTogetherDoesNotWarn(OdooTestServer server) {
        try (OdooClient odoo = client(server, 5)) {
            List<Long> ids = taskIds(odoo, 12);
            for (TodoTaskRecord task : TodoTaskModel.of(odoo).browse(ids)) {
                task.user().getName();
            }
            for (int i = 0; i < 12; i++) {
                odoo.model("todo.task").read(ids.subList(0, 4), "name");
            }
            assertEquals(List.of(), messages());
        }
    }

    @Test
    void aBatchedReadEndsTheRunAndTheThresholdZeroTurnsItOff(OdooTestServer server) {
        try (OdooClient odoo = client(server, 5)) {
            List<Long> ids = taskIds(odoo, 8);
            for (int round = 0; round < 3; round++) {
                for (long id : ids.subList(0, 4)) {
                    odoo.model("todo.task").read(List.of(id), "name");
                }
                odoo.model("todo.task").read(ids, "name");
            }
            assertEquals(List.of(), messages(), "runs of 4 broken by a read of 8");
        }
        try (OdooClient off = client(server, 0)) {
            for (long id : off.model("todo.task").search(Domain.all())) {
                off.model("todo.task").read(List.of(id), "name");
            }
            assertEquals(List.of(), messages());
        }
    }

    @Test
    void byDefaultTheWarningComesAtTheTwentiethReadInARow(OdooTestServer server) {
        try (OdooClient odoo = OdooClient.builder().url(server.url()).database(server.databaseName())
                .login(OdooTestServer.ADMIN).password(OdooTestServer.ADMIN).build()) {
            List<Long> ids = taskIds(odoo, 20);
            for (long id : ids.subList(0, 19)) {
                odoo.model("todo.task").read(List.of(id), "name");
            }
            assertEquals(List.of(), messages(), "19 in a row");
            odoo.model("todo.task").read(List.of(ids.get(19)), "name");
            List<String> logged = messages();
            assertEquals(1, logged.size(), logged.toString());
            assertTrue(logged.get(0).startsWith("todo.task was read one record at a time 20 times in a row"),
                    logged.get(0));
        }
    }
}
