package io.typedoo.notes.note;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A note as the server has it: a todo.task with its id, content and the time of its last change.
 *
 * @param id the task's id
 * @param content what the note holds
 * @param writeDate the task's {@code write_date} (UTC, as Odoo keeps it), the version used to detect changes
 *     made elsewhere
 */
public record Note(long id, NoteContent content, LocalDateTime writeDate) {

    public Note {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(writeDate, "writeDate");
    }

    /** The note's title on the desktop: {@code #<id>}. */
    public String title() {
        return "#" + id;
    }
}
