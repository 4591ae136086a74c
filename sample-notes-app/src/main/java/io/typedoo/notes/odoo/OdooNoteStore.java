package io.typedoo.notes.odoo;

import io.typedoo.client.OdooClient;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooRemoteException;
import io.typedoo.error.OdooTransportException;
import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteContent;
import io.typedoo.notes.note.NoteStore;
import io.typedoo.notes.note.NoteStoreException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link NoteStore} on an Odoo server: each note is a {@code todo.task} of the logged-in user, reached through
 * the generated {@link TodoTaskModel} only. Thread-safe, as the generated model is.
 *
 * <p>Errors become {@link NoteStoreException}s: no answer (connection refused, timeout, a broken or garbled answer)
 * is {@link NoteStoreException.Reason#UNREACHABLE}, worth retrying; an answer with an error (access, validation,
 * login) is {@link NoteStoreException.Reason#REFUSED}.
 */
public final class OdooNoteStore implements NoteStore {

    private final TodoTaskModel tasks;
    private final String description;

    /**
     * @param client the connection, logged in as the user whose tasks are the notes
     * @param description where the notes live, for the user
     */
    public OdooNoteStore(OdooClient client, String description) {
        this.tasks = TodoTaskModel.of(client);
        this.description = description;
    }

    @Override
    public List<Note> openNotes() {
        return call("load the notes", () -> {
            long uid = tasks.client().uid();
            return tasks.search(TodoTaskModel.IS_DONE.eq(false).and(TodoTaskModel.USER.eq(uid)),
                    TodoTaskModel.ID.asc()).stream().map(OdooNoteStore::toNote).toList();
        });
    }

    @Override
    public Optional<Note> find(long id) {
        return call("read note " + id, () -> tasks.search(TodoTaskModel.ID.eq(id)).stream().findFirst()
                .map(OdooNoteStore::toNote));
    }

    @Override
    public Note create(NoteContent content) {
        return call("create the note", () -> {
            long uid = tasks.client().uid();
            TodoTaskRecord created = tasks.create(v -> fill(v, content).user(uid));
            return toNote(created);
        });
    }

    @Override
    public Note write(long id, NoteContent content) {
        return call("save note " + id, () -> {
            TodoTaskRecord task = tasks.browse(id);
            tasks.write(task, v -> fill(v, content));
            return toNote(task);
        });
    }

    @Override
    public void delete(long id) {
        call("delete note " + id, () -> {
            tasks.unlink(tasks.browse(id));
            return id;
        });
    }

    @Override
    public String describe() {
        return description;
    }

    private static TodoTaskValues fill(TodoTaskValues values, NoteContent content) {
        return values.name(content.text()).isDone(content.done()).dateDeadline(content.deadline())
                .priority(content.highPriority() ? TaskPriority.HIGH : TaskPriority.NORMAL);
    }

    private static Note toNote(TodoTask task) {
        return new Note(task.id(), new NoteContent(task.name(), task.dateDeadline(),
                task.priority() == TaskPriority.HIGH, task.isDone()), task.writeDate());
    }

    private <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (OdooTransportException e) {
            throw new NoteStoreException(NoteStoreException.Reason.UNREACHABLE,
                    "Could not " + what + ": the server does not answer (" + e.detail() + ") [" + description + "]", e);
        } catch (OdooRemoteException e) {
            throw new NoteStoreException(NoteStoreException.Reason.REFUSED,
                    "Could not " + what + ": " + e.detail() + " [" + description + "]", e);
        } catch (OdooException e) {
            throw new NoteStoreException(NoteStoreException.Reason.REFUSED,
                    "Could not " + what + ": " + e.getMessage(), e);
        }
    }
}
