package io.typedoo.notes.note;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the user edits in a note window: the text (the task's name), an optional deadline, the priority star and the
 * done flag.
 *
 * @param text the note's text, never null (an empty note has "")
 * @param deadline the task's deadline, or null for none
 * @param highPriority true when the task is starred (Odoo priority '1')
 * @param done true when the task is done (it then leaves the desktop)
 */
public record NoteContent(String text, @Nullable LocalDate deadline, boolean highPriority, boolean done) {

    /** The content of a new, empty note. */
    public static final NoteContent EMPTY = new NoteContent("", null, false, false);

    public NoteContent {
        Objects.requireNonNull(text, "text");
    }

    /** This content with another text. */
    public NoteContent withText(String newText) {
        return new NoteContent(newText, deadline, highPriority, done);
    }

    /** This content marked done. */
    public NoteContent markedDone() {
        return new NoteContent(text, deadline, highPriority, true);
    }
}
