package io.typedoo.notes.sync;

import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteContent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A note the user saved that the server does not have yet, as kept in the drafts file.
 *
 * @param key the note window's key, unique on this desktop
 * @param taskId the task it belongs to, or null for a note not yet created on the server
 * @param content what the user saved
 * @param baseWriteDate the task's {@code write_date} when the note was loaded or last saved; null for a new note
 * @param base the task's content at that time; null for a new note
 * @param savedAt when the user saved it
 */
public record Draft(String key, @Nullable Long taskId, NoteContent content, @Nullable LocalDateTime baseWriteDate,
        @Nullable NoteContent base, Instant savedAt) {

    public Draft {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /** A fresh key for a note window. */
    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** A draft of a note that is not on the server yet. */
    public static Draft ofNew(String key, NoteContent content) {
        return new Draft(key, null, content, null, null, Instant.now());
    }

    /** A draft of changes to {@code loaded}, the version of the task the user started from. */
    public static Draft ofChange(String key, Note loaded, NoteContent content) {
        return new Draft(key, loaded.id(), content, loaded.writeDate(), loaded.content(), Instant.now());
    }

    /** This draft based on {@code server}: what the user keeps is written over that version. */
    public Draft rebasedOn(Note server) {
        return new Draft(key, server.id(), content, server.writeDate(), server.content(), savedAt);
    }

    /** True when the task does not exist on the server yet. */
    public boolean isNew() {
        return taskId == null;
    }
}
