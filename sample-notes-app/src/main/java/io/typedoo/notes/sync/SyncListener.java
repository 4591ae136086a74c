package io.typedoo.notes.sync;

import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteStoreException;
import java.time.Duration;
import java.util.Optional;

/**
 * Hears what became of each save. Called on the {@link SyncService}'s own thread: a user interface hands the call
 * over to its event thread.
 */
public interface SyncListener {

    /** An attempt to save the draft {@code key} starts. */
    void attempting(String key);

    /** The draft {@code key} is on the server now, as {@code note}; it has left the drafts file. */
    void saved(String key, Note note);

    /** The server did not answer; the draft stays in the drafts file and is tried again in {@code retryIn}. */
    void unreachable(String key, NoteStoreException error, Duration retryIn);

    /** The server refused the save; the draft stays in the drafts file and is not tried again until saved again. */
    void refused(String key, NoteStoreException error);

    /**
     * The task was changed ({@code theirs} present) or deleted ({@code theirs} empty) on the server since the draft's
     * version was loaded. The draft stays in the drafts file and is not tried again until the user chooses.
     */
    void conflict(String key, Draft mine, Optional<Note> theirs);
}
