package io.typedoo.notes.note;

import java.util.List;
import java.util.Optional;

/**
 * Where notes live: the port between the app and the server. Every method makes blocking calls to the server, so
 * the user interface never calls it on the Swing event thread.
 *
 * <p>Every method throws {@link NoteStoreException} when the server cannot be reached or refuses the call;
 * implementations are thread-safe.
 */
public interface NoteStore {

    /** The open (not done, active) notes of the logged-in user, by id. */
    List<Note> openNotes();

    /** The note with this id as the server has it now, or empty when it was deleted. */
    Optional<Note> find(long id);

    /** Creates a note and returns it as stored. */
    Note create(NoteContent content);

    /**
     * Writes {@code content} over the note {@code id} unconditionally and returns it as stored. Callers that must not
     * overwrite changes made elsewhere check the {@link Note#writeDate()} first (see
     * {@link io.typedoo.notes.sync.ConflictDetector}).
     */
    Note write(long id, NoteContent content);

    /** Deletes the note. Deleting a note that is already gone is not an error. */
    void delete(long id);

    /** Where the notes live, for the user: such as {@code admin@demo on http://localhost:8069}. */
    String describe();
}
