package io.typedoo.notes.sync;

import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteContent;
import java.util.Optional;

/**
 * Decides whether a draft may be written over the task as the server has it now, so that a change made elsewhere
 * since the note was loaded is never silently overwritten.
 *
 * <p>The version is Odoo's {@code write_date}. It has a precision of one second, so where the draft knows the content
 * it was based on, that content decides: a task whose {@code write_date} moved but whose content is what the user
 * started from had no visible change and may be written; a task with the same {@code write_date} but other content
 * was changed twice within a second and may not.
 */
public final class ConflictDetector {

    /** What to do with a draft. */
    public enum Verdict {
        /** The task is as the user loaded it: write the draft. */
        WRITE,
        /** The server already holds exactly the draft's content (an earlier attempt got through): nothing to write. */
        ALREADY_SAVED,
        /** Someone changed the task since it was loaded: the user chooses. */
        CHANGED_ON_SERVER,
        /** The task was deleted on the server: the user chooses. */
        DELETED_ON_SERVER
    }

    private ConflictDetector() {
    }

    /**
     * Compares a draft of an existing task with the task as the server has it now.
     *
     * @param draft a draft with a task id
     * @param server the task as read just now, or empty when it no longer exists
     */
    public static Verdict check(Draft draft, Optional<Note> server) {
        if (draft.isNew()) {
            throw new IllegalArgumentException("draft " + draft.key() + " has no task on the server to conflict with");
        }
        if (server.isEmpty()) {
            return Verdict.DELETED_ON_SERVER;
        }
        Note current = server.get();
        if (current.content().equals(draft.content())) {
            return Verdict.ALREADY_SAVED;
        }
        boolean sameVersion = current.writeDate().equals(draft.baseWriteDate());
        NoteContent base = draft.base();
        if (base == null) {
            return sameVersion ? Verdict.WRITE : Verdict.CHANGED_ON_SERVER;
        }
        // write_date moved without a visible change (a touch elsewhere): safe. Same write_date but other content
        // (two writes within one second): not safe.
        return current.content().equals(base) ? Verdict.WRITE : Verdict.CHANGED_ON_SERVER;
    }
}
