package io.typedoo.notes.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreTest {

    @TempDir
    Path dir;

    private final Note loaded = new Note(12, new NoteContent("Call Packt", LocalDate.of(2026, 12, 31), true, false),
            LocalDateTime.of(2026, 11, 30, 9, 15, 0));

    @Test
    void draftsSurviveReopening() {
        Path file = dir.resolve("sub/drafts.json");
        DraftStore store = DraftStore.open(file);
        Draft change = Draft.ofChange("k1", loaded, new NoteContent("Call Packt at 10\nthen lunch \u00e9\u2603",
                null, false, true));
        Draft created = Draft.ofNew("k2", new NoteContent("a new note", LocalDate.of(2027, 1, 2), true, false));
        store.put(change);
        store.put(created);

        DraftStore reopened = DraftStore.open(file);
        assertEquals(List.of(change, created), reopened.all());
        assertEquals(change, reopened.get("k1").orElseThrow());
    }

    @Test
    void putReplacesTheDraftWithTheSameKeyAndRemoveDropsIt() {
        Path file = dir.resolve("drafts.json");
        DraftStore store = DraftStore.open(file);
        store.put(Draft.ofNew("k", new NoteContent("one", null, false, false)));
        Draft second = Draft.ofNew("k", new NoteContent("two", null, false, false));
        store.put(second);
        assertEquals(List.of(second), DraftStore.open(file).all());

        store.remove("k");
        store.remove("not there");
        assertEquals(List.of(), DraftStore.open(file).all());
    }

    @Test
    void writesLeaveNoTemporaryFileBehind() throws IOException {
        DraftStore store = DraftStore.open(dir.resolve("drafts.json"));
        store.put(Draft.ofNew("k", NoteContent.EMPTY));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("drafts.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void anUnreadableFileIsMovedAsideNotLost() throws IOException {
        Path file = dir.resolve("drafts.json");
        Files.writeString(file, "{\"drafts\": [ {\"key\": \"k\", \"content\": ", StandardCharsets.UTF_8);

        DraftStore store = DraftStore.open(file);

        assertEquals(List.of(), store.all());
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("drafts.json.unreadable-"))
                    .findFirst().orElseThrow();
            assertTrue(Files.readString(aside).startsWith("{\"drafts\": [ {\"key\""));
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void aFailedWriteKeepsTheEarlierStateAndSaysWhy() throws IOException {
        Path file = dir.resolve("drafts.json");
        DraftStore store = DraftStore.open(file);
        Draft first = Draft.ofNew("k1", NoteContent.EMPTY);
        store.put(first);
        // A directory where the temporary file must go makes the next write fail.
        Files.createDirectory(dir.resolve("drafts.json.tmp"));

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> store.put(Draft.ofNew("k2", NoteContent.EMPTY)));

        assertTrue(e.getMessage().startsWith("Cannot write the drafts file " + file.toAbsolutePath()), e.getMessage());
        assertEquals(List.of(first), store.all());
        assertEquals(List.of(first), DraftStore.open(file).all());
    }
}
