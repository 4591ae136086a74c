package io.typedoo.notes.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.notes.NotesServer;
import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteContent;
import io.typedoo.notes.note.NoteStoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The save loop against a real testkit server over HTTP, stopped and started as a real one goes away. */
class SyncServiceTest {

    @TempDir
    Path dir;

    private NotesServer server;
    private DraftStore drafts;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private SyncService sync;

    /** Writes each event as one line, such as {@code saved k #12 text}. */
    private final SyncListener recorder = new SyncListener() {
        @Override
        public void attempting(String key) {
        }

        @Override
        public void saved(String key, Note note) {
            events.add("saved " + key + " " + note.content().text());
        }

        @Override
        public void unreachable(String key, NoteStoreException error, Duration retryIn) {
            events.add("unreachable " + key + " " + retryIn.toMillis());
        }

        @Override
        public void refused(String key, NoteStoreException error) {
            events.add("refused " + key + " " + error.getMessage());
        }

        @Override
        public void conflict(String key, Draft mine, Optional<Note> theirs) {
            events.add("conflict " + key + " " + theirs.map(n -> n.content().text()).orElse("(deleted)"));
        }
    };

    @BeforeEach
    void start() {
        server = NotesServer.start(dir.resolve("server"));
        drafts = DraftStore.open(dir.resolve("drafts.json"));
        sync = new SyncService(server.store(), drafts, new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)),
                recorder);
    }

    @AfterEach
    void stop() {
        sync.close();
        server.close();
    }

    private String next() throws InterruptedException {
        String event = events.poll(15, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event within 15 s");
        }
        return event;
    }

    @Test
    void aNewNoteIsCreatedAndLeavesTheDraftsFile() throws InterruptedException {
        sync.save(Draft.ofNew("k", new NoteContent("buy milk", null, true, false)));
        assertEquals("saved k buy milk", next());
        assertEquals(List.of(), DraftStore.open(dir.resolve("drafts.json")).all());
        Note onServer = server.openNotes().get(0);
        assertEquals(new NoteContent("buy milk", null, true, false), onServer.content());
    }

    @Test
    void whileTheServerIsAwayTheDraftWaitsAndIsSavedWhenItComesBack() throws InterruptedException {
        long id = server.add(new NoteContent("buy milk", null, false, false));
        Note loaded = server.find(id).orElseThrow();
        server.stop();

        sync.save(Draft.ofChange("k", loaded, new NoteContent("buy milk and bread", null, false, false)));

        assertEquals("unreachable k 50", next());
        assertEquals("unreachable k 100", next());
        assertEquals("unreachable k 200", next());
        assertEquals("unreachable k 200", next());
        assertEquals(1, DraftStore.open(dir.resolve("drafts.json")).all().size());
        server.start();
        String event;
        do {
            event = next();
        } while (event.startsWith("unreachable"));
        assertEquals("saved k buy milk and bread", event);
        assertEquals("buy milk and bread", server.find(id).orElseThrow().content().text());
        assertEquals(List.of(), DraftStore.open(dir.resolve("drafts.json")).all());
    }

    @Test
    void draftsLeftByAnEarlierRunAreSavedByRetryAll() throws InterruptedException {
        drafts.put(Draft.ofNew("left", new NoteContent("from yesterday", null, false, false)));
        try (SyncService restarted = new SyncService(server.store(), DraftStore.open(dir.resolve("drafts.json")),
                Backoff.DEFAULT, recorder)) {
            restarted.retryAll();
            assertEquals("saved left from yesterday", next());
        }
        assertEquals(List.of("from yesterday"), server.openNotes().stream().map(n -> n.content().text()).toList());
    }

    @Test
    void aChangeMadeElsewhereStopsTheDraftUntilTheUserChooses() throws InterruptedException {
        long id = server.add(new NoteContent("buy milk", null, false, false));
        Note loaded = server.find(id).orElseThrow();
        Note theirs = server.write(id, new NoteContent("buy oat milk", null, false, false));

        sync.save(Draft.ofChange("k", loaded, new NoteContent("buy milk and bread", null, false, false)));

        assertEquals("conflict k buy oat milk", next());
        assertEquals("buy oat milk", server.find(id).orElseThrow().content().text());
        assertTrue(drafts.get("k").isPresent(), "the draft is kept until the user chooses");

        sync.keepMine("k", Optional.of(theirs));
        assertEquals("saved k buy milk and bread", next());
        assertEquals("buy milk and bread", server.find(id).orElseThrow().content().text());
    }

    @Test
    void aTaskDeletedElsewhereIsAConflictAndForgetDropsTheDraft() throws InterruptedException {
        long id = server.add(new NoteContent("buy milk", null, false, false));
        Note loaded = server.find(id).orElseThrow();
        server.elsewhereDelete(id);

        sync.save(Draft.ofChange("k", loaded, new NoteContent("buy milk and bread", null, false, false)));

        assertEquals("conflict k (deleted)", next());
        sync.forget("k");
        assertTrue(sync.call(() -> drafts.get("k")).join().isEmpty());
    }

    @Test
    void aSaveTheServerRefusesIsReportedAndNotRetried() throws InterruptedException {
        try (SyncService wrongPassword = new SyncService(server.store("admin", "not the password"), drafts,
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)), recorder)) {
            wrongPassword.save(Draft.ofNew("k", new NoteContent("buy milk", null, false, false)));
            String event = next();
            assertTrue(event.startsWith("refused k Could not create the note: "), event);
            assertTrue(drafts.get("k").isPresent(), "the draft is kept");
            assertEquals(null, events.poll(300, TimeUnit.MILLISECONDS), "no retry");
        }
    }

    /** Round trips, counted on the server: what one save costs on the wire. */
    @Test
    void roundTripsPerSave() throws InterruptedException {
        // As the app does at start: log in, learn the server's version, load the notes.
        sync.save(Draft.ofNew("warm", new NoteContent("logs in", null, false, false)));
        assertEquals("saved warm logs in", next());
        Note loaded = sync.call(() -> sync.store().openNotes()).join().get(0);

        server.resetRequestCount();
        sync.save(Draft.ofNew("k", new NoteContent("buy milk", null, false, false)));
        assertEquals("saved k buy milk", next());
        assertEquals(2, server.requestCount(), "create: create, read back");

        server.resetRequestCount();
        sync.save(Draft.ofChange("w", loaded, new NoteContent("logs in twice", null, false, false)));
        assertEquals("saved w logs in twice", next());
        assertEquals(3, server.requestCount(), "write: read the version, write, read back");

        server.resetRequestCount();
        assertEquals(2, sync.call(() -> sync.store().openNotes()).join().size());
        assertEquals(1, server.requestCount(), "all open notes in one call");
    }

    @Test
    void aSaveAskedForJustBeforeClosingStillHappens() {
        sync.save(Draft.ofNew("k", new NoteContent("last words", null, false, false)));
        sync.close(Duration.ofSeconds(10));
        assertEquals(List.of(), DraftStore.open(dir.resolve("drafts.json")).all());
        assertEquals(List.of("last words"), server.openNotes().stream().map(n -> n.content().text()).toList());
        assertTrue(sync.call(() -> 1).isCompletedExceptionally(), "nothing is sent once closed");
    }
}
