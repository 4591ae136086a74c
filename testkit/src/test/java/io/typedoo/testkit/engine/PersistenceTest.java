package io.typedoo.testkit.engine;

import static io.typedoo.testkit.engine.Calls.domain;
import static io.typedoo.testkit.engine.Calls.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Database.open: demo data on first start, every acknowledged write after a restart or a torn journal. */
class PersistenceTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestart() {
        long task;
        long tag;
        try (Database db = Database.open(dir)) {
            Calls calls = new Calls(db);
            assertEquals(37L, calls.call("res.partner", "search_count", List.of()));
            tag = calls.create("todo.task.tag", Map.of("name", "kept"));
            task = calls.create("todo.task", Map.of("name", "Survive", "tag_ids", List.of(tag),
                    "date_deadline", "2027-01-15"));
            calls.call("res.partner", "write", List.of(9L), Map.of("partner_latitude", 50.8503, "name", "Wood Corner"));
            calls.call("res.partner", "unlink", List.of(41L));
            calls.fails("todo.task", "create", Map.of("description", "no name"));
        }
        try (Database db = Database.open(dir)) {
            Calls calls = new Calls(db);
            assertEquals(Map.of("id", task, "name", "Survive", "tag_ids", List.of(tag), "date_deadline", "2027-01-15"),
                    calls.readOne("todo.task", task, "name", "tag_ids", "date_deadline"));
            assertEquals(50.8503, calls.readOne("res.partner", 9, "partner_latitude").get("partner_latitude"));
            assertEquals(36L, calls.call("res.partner", "search_count", List.of()));
            // Ids are not reused after a restart, as a PostgreSQL sequence would not reuse them.
            calls.call("todo.task", "unlink", List.of(task));
        }
        try (Database db = Database.open(dir)) {
            Calls calls = new Calls(db);
            assertEquals(List.of(), calls.search("todo.task", domain()));
            assertEquals(task + 1, calls.create("todo.task", Map.of("name", "next")));
        }
    }

    @Test
    void aTornLastEntryIsDroppedAndEverythingBeforeItKept() throws IOException {
        try (Database db = Database.open(dir)) {
            Calls calls = new Calls(db);
            calls.create("todo.task", Map.of("name", "first"));
            calls.create("todo.task", Map.of("name", "second"));
        }
        Path journal = dir.resolve(Journal.FILE_NAME);
        byte[] bytes = Files.readAllBytes(journal);
        // A crash in the middle of the second append: only part of its line reached the disk.
        Files.write(journal, Arrays.copyOf(bytes, bytes.length - 25));
        try (Database db = Database.open(dir)) {
            Calls calls = new Calls(db);
            List<Map<String, Object>> rows = calls.read("todo.task", calls.search("todo.task", domain()), "name");
            assertEquals(List.of("first"), rows.stream().map(r -> r.get("name")).toList());
            calls.create("todo.task", Map.of("name", "third"));
        }
        try (Database db = Database.open(dir)) {
            Calls calls = new Calls(db);
            assertEquals(List.of("first", "third"), calls.read("todo.task",
                    calls.search("todo.task", domain(leaf("name", "!=", false))), "name").stream()
                    .map(r -> r.get("name")).toList());
        }
    }

    @Test
    void aCorruptedEntryStopsTheReplayThere() throws IOException {
        try (Database db = Database.open(dir)) {
            new Calls(db).create("todo.task", Map.of("name", "good"));
            new Calls(db).create("todo.task", Map.of("name", "flipped"));
        }
        Path journal = dir.resolve(Journal.FILE_NAME);
        String text = Files.readString(journal);
        Files.writeString(journal, text.replace("flipped", "flopped"));
        try (Database db = Database.open(dir)) {
            Calls calls = new Calls(db);
            assertEquals(List.of("good"), calls.read("todo.task", calls.search("todo.task", domain()), "name")
                    .stream().map(r -> r.get("name")).toList());
        }
    }

    @Test
    void oneDirectoryServesOneDatabaseAtATime() {
        try (Database db = Database.open(dir)) {
            assertThrows(IllegalStateException.class, () -> Database.open(dir));
            assertEquals("demo", db.name());
        }
        Database.open(dir).close();
    }

    @Test
    void aClosedDatabaseRefusesCalls() {
        Database db = Database.open(dir);
        db.close();
        assertThrows(IllegalStateException.class, () -> db.authenticate("admin", "admin"));
    }
}
