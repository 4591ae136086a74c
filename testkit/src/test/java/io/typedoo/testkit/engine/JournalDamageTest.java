package io.typedoo.testkit.engine;

import static io.typedoo.testkit.engine.Calls.domain;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal against damage that no crash causes: every byte of an entry in the middle flipped in turn is found
 * on start, the database refuses to open and says where, the damaged file is kept aside, and repair keeps every
 * intact entry before and after it. Also compaction and file permissions.
 */
class JournalDamageTest {

    @TempDir
    Path dir;

    private static List<String> taskNames(Database db) {
        Calls calls = new Calls(db);
        return calls.read("todo.task", calls.search("todo.task", domain()), "name").stream()
                .map(r -> (String) r.get("name")).filter(n -> n.startsWith("task ")).sorted().toList();
    }

    /** Journals {@code count} creations, one entry each, and returns each entry's byte offset. */
    private List<Integer> journalTasks(int count) throws IOException {
        try (Database db = Database.open(dir)) {
            for (int i = 0; i < count; i++) {
                new Calls(db).create("todo.task", Map.of("name", String.format("task %02d", i)));
            }
        }
        byte[] bytes = Files.readAllBytes(dir.resolve(Journal.FILE_NAME));
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] == '\n') {
                starts.add(i + 1);
            }
        }
        assertEquals(count, starts.size());
        return starts;
    }

    @Test
    void everyByteOfAnEntryInTheMiddleDamagedIsFoundAndNothingIsTruncated() throws IOException {
        List<Integer> starts = journalTasks(12);
        Path journal = dir.resolve(Journal.FILE_NAME);
        byte[] original = Files.readAllBytes(journal);
        int entry = 6; // the 6th entry, with 6 intact ones after it
        int from = starts.get(entry - 1);
        int to = starts.get(entry);
        for (int i = from; i < to; i++) {
            byte[] damaged = original.clone();
            damaged[i] ^= 0x10;
            Files.write(journal, damaged);
            JournalDamagedException e;
            // The journal alone, without the demo data a Database installs first: the same check, quicker.
            try (Journal j = Journal.open(dir)) {
                e = assertThrows(JournalDamagedException.class, () -> j.replay(new Store()), "byte " + i);
            }
            assertEquals(from, e.offset(), "byte " + i);
            assertEquals(entry, e.entry(), "byte " + i);
            assertTrue(e.getMessage().contains("damaged at byte offset " + from + " (entry 6)"), e.getMessage());
            assertTrue(e.getMessage().contains("--repair"), e.getMessage());
            assertArrayEquals(damaged, Files.readAllBytes(journal), "nothing truncated");
            assertArrayEquals(damaged, Files.readAllBytes(e.keptAside()), "kept aside as it was");
            Files.delete(e.keptAside());
        }
        Files.write(journal, original);
        original[from + 12] ^= 0x04;
        Files.write(journal, original);
        JournalDamagedException e = assertThrows(JournalDamagedException.class, () -> Database.open(dir));
        assertEquals(from, e.offset());
    }

    @Test
    void refusesOnEveryStartUntilRepairedThenKeepsEveryIntactEntry() throws IOException {
        List<Integer> starts = journalTasks(12);
        Path journal = dir.resolve(Journal.FILE_NAME);
        byte[] damaged = Files.readAllBytes(journal);
        damaged[starts.get(4) + 20] ^= 0x01; // entry 5: "task 04"
        Files.write(journal, damaged);
        assertThrows(JournalDamagedException.class, () -> Database.open(dir));
        assertThrows(JournalDamagedException.class, () -> Database.open(dir), "no silent start the second time");

        List<String> report = Database.repair(dir);
        assertEquals(1, report.size(), report.toString());
        assertTrue(report.get(0).startsWith("typedoo-testkit.journal: kept 11 intact entries, dropped 1 damaged"),
                report.get(0));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith(Journal.FILE_NAME + ".damaged-")));
        }
        try (Database db = Database.open(dir)) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                if (i != 4) {
                    expected.add(String.format("task %02d", i));
                }
            }
            assertEquals(expected, taskNames(db));
        }
    }

    @Test
    void aTornFinalEntryIsStillTheSilentCaseOfACrash() throws IOException {
        journalTasks(5);
        Path journal = dir.resolve(Journal.FILE_NAME);
        byte[] bytes = Files.readAllBytes(journal);
        Files.write(journal, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        try (Database db = Database.open(dir)) {
            assertEquals(List.of("task 00", "task 01", "task 02", "task 03"), taskNames(db));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().contains(".damaged-")));
        }
    }

    private static String longText(int i) {
        return ("revision " + i + " ").repeat(400);
    }

    @Test
    void aLargeJournalIsCompactedIntoASnapshotAndNothingIsLost() throws IOException {
        long kept;
        long deleted;
        try (Database db = Database.open(dir)) {
            Calls calls = new Calls(db);
            kept = calls.create("todo.task", Map.of("name", "task kept"));
            deleted = calls.create("todo.task", Map.of("name", "task deleted"));
            calls.call("todo.task", "unlink", List.of(deleted));
            for (int i = 0; i < 400; i++) {
                calls.call("todo.task", "write", List.of(kept), Map.of("description", longText(i)));
            }
        }
        Path snapshot = dir.resolve(Journal.SNAPSHOT_NAME);
        assertTrue(Files.exists(snapshot), "compacted");
        assertTrue(Files.size(dir.resolve(Journal.FILE_NAME)) < Journal.COMPACT_AFTER_BYTES);
        assertTrue(Files.size(snapshot) < 64 * 1024, "one entry per record: " + Files.size(snapshot));
        try (Database db = Database.open(dir)) {
            Calls calls = new Calls(db);
            assertEquals(List.of("task kept"), taskNames(db));
            assertEquals(longText(399), calls.readOne("todo.task", kept, "description").get("description"));
            assertEquals(deleted + 1, calls.create("todo.task", Map.of("name", "task next")));
        }
    }

    @Test
    void aCrashBetweenTheSnapshotAndEmptyingTheJournalLosesNothing() throws IOException {
        Path journal = dir.resolve(Journal.FILE_NAME);
        long kept;
        byte[] beforeCompaction = null;
        try (Database db = Database.open(dir)) {
            Calls calls = new Calls(db);
            kept = calls.create("todo.task", Map.of("name", "task kept"));
            for (int i = 0; i < 400 && !Files.exists(dir.resolve(Journal.SNAPSHOT_NAME)); i++) {
                beforeCompaction = Files.readAllBytes(journal);
                calls.call("todo.task", "write", List.of(kept), Map.of("description", longText(i)));
            }
        }
        assertTrue(Files.exists(dir.resolve(Journal.SNAPSHOT_NAME)));
        // As if the process died after the snapshot was moved in place, before the journal was emptied: the
        // whole journal (but its last entry, which is in the snapshot) is replayed over the snapshot.
        Files.write(journal, beforeCompaction);
        try (Database db = Database.open(dir)) {
            String description = (String) new Calls(db).readOne("todo.task", kept, "description").get("description");
            assertTrue(description.startsWith("revision "), description);
            assertEquals(List.of("task kept"), taskNames(db));
        }
    }

    @Test
    void journalAndSnapshotAreOwnerOnlyAndHoldNoPlainPassword() throws IOException {
        long eve;
        try (Database db = Database.open(dir)) {
            Calls calls = new Calls(db);
            eve = calls.create("res.users", Map.of("login", "eve", "name", "Eve", "password", "Plain-Text-Pa55"));
            for (int i = 0; i < 300; i++) {
                calls.create("todo.task", Map.of("name", "filler", "description", longText(i)));
            }
            assertEquals(eve, db.authenticate("eve", "Plain-Text-Pa55"));
        }
        for (String name : List.of(Journal.FILE_NAME, Journal.SNAPSHOT_NAME)) {
            Path file = dir.resolve(name);
            assertTrue(Files.exists(file), name);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), name);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(text.contains("Plain-Text-Pa55"), name);
        }
        String snapshot = Files.readString(dir.resolve(Journal.SNAPSHOT_NAME));
        assertTrue(snapshot.contains("\"password\":\"$pbkdf2-sha512$25000$"), "hashed as Odoo hashes it");
        try (Database db = Database.open(dir)) {
            assertEquals(eve, db.authenticate("eve", "Plain-Text-Pa55"));
            assertEquals(null, db.authenticate("eve", "wrong"));
        }
    }
}
