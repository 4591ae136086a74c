package io.typedoo.notes.sync;

import static io.typedoo.notes.sync.ConflictDetector.Verdict.ALREADY_SAVED;
import static io.typedoo.notes.sync.ConflictDetector.Verdict.CHANGED_ON_SERVER;
import static io.typedoo.notes.sync.ConflictDetector.Verdict.DELETED_ON_SERVER;
import static io.typedoo.notes.sync.ConflictDetector.Verdict.WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteContent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConflictDetectorTest {

    private static final LocalDateTime LOADED_AT = LocalDateTime.of(2026, 11, 30, 9, 15, 0);
    private static final NoteContent LOADED = new NoteContent("buy milk", null, false, false);
    private static final NoteContent MINE = new NoteContent("buy milk and bread", null, false, false);

    private final Draft draft = Draft.ofChange("k", new Note(7, LOADED, LOADED_AT), MINE);

    @Test
    void unchangedOnTheServerIsWritten() {
        assertEquals(WRITE, ConflictDetector.check(draft, Optional.of(new Note(7, LOADED, LOADED_AT))));
    }

    @Test
    void aNewerWriteDateWithOtherContentIsAConflict() {
        Note theirs = new Note(7, new NoteContent("buy oat milk", null, false, false), LOADED_AT.plusSeconds(40));
        assertEquals(CHANGED_ON_SERVER, ConflictDetector.check(draft, Optional.of(theirs)));
    }

    @Test
    void otherChangesThanTheTextCountToo() {
        Note doneElsewhere = new Note(7, LOADED.markedDone(), LOADED_AT.plusMinutes(1));
        Note newDeadline = new Note(7, new NoteContent("buy milk", LocalDate.of(2026, 12, 1), false, false),
                LOADED_AT.plusMinutes(1));
        assertEquals(CHANGED_ON_SERVER, ConflictDetector.check(draft, Optional.of(doneElsewhere)));
        assertEquals(CHANGED_ON_SERVER, ConflictDetector.check(draft, Optional.of(newDeadline)));
    }

    @Test
    void twoWritesWithinOneSecondAreCaughtByTheContent() {
        Note sameSecond = new Note(7, new NoteContent("buy oat milk", null, false, false), LOADED_AT);
        assertEquals(CHANGED_ON_SERVER, ConflictDetector.check(draft, Optional.of(sameSecond)));
    }

    @Test
    void aNewerWriteDateWithoutVisibleChangeIsWritten() {
        assertEquals(WRITE, ConflictDetector.check(draft, Optional.of(new Note(7, LOADED, LOADED_AT.plusHours(1)))));
    }

    @Test
    void theServerHoldingTheDraftAlreadyNeedsNoWrite() {
        Note alreadyThere = new Note(7, MINE, LOADED_AT.plusSeconds(3));
        assertEquals(ALREADY_SAVED, ConflictDetector.check(draft, Optional.of(alreadyThere)));
    }

    @Test
    void aDeletedTaskIsReported() {
        assertEquals(DELETED_ON_SERVER, ConflictDetector.check(draft, Optional.empty()));
    }

    @Test
    void withoutTheBaseContentTheWriteDateDecides() {
        Draft noBase = new Draft("k", 7L, MINE, LOADED_AT, null, Instant.now());
        Note other = new Note(7, new NoteContent("buy oat milk", null, false, false), LOADED_AT);
        assertEquals(WRITE, ConflictDetector.check(noBase, Optional.of(other)));
        assertEquals(CHANGED_ON_SERVER, ConflictDetector.check(noBase,
                Optional.of(new Note(7, other.content(), LOADED_AT.plusSeconds(1)))));
    }

    @Test
    void aNewNoteCannotConflict() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConflictDetector.check(Draft.ofNew("n", MINE), Optional.empty()));
        assertEquals("draft n has no task on the server to conflict with", e.getMessage());
    }
}
