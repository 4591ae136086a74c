package io.typedoo.notes.ui;

import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteContent;
import io.typedoo.notes.note.NoteStore;
import io.typedoo.notes.note.NoteStoreException;
import io.typedoo.notes.sync.Backoff;
import io.typedoo.notes.sync.Draft;
import io.typedoo.notes.sync.DraftStore;
import io.typedoo.notes.sync.SyncListener;
import io.typedoo.notes.sync.SyncService;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.jspecify.annotations.Nullable;

/**
 * Runs the note windows: opens one per open task at start (with the drafts an earlier run left), carries out each
 * window's commands through the {@link SyncService}, shows what became of each save, and ends the app when its last
 * window closes.
 *
 * <p>Event thread only, except {@link #start()}, which may be called from any thread.
 */
public final class NotesDesktop {

    private static final System.Logger LOG = System.getLogger(NotesDesktop.class.getName());
    /** The status of a note whose conflict the user left for later. */
    static final String LATER_STATUS = "Not saved: changed on the server too. Save again to choose.";

    private final SyncService sync;
    private final NoteStore store;
    private final Runnable onExit;
    private final Map<String, NoteWindow> windows = new LinkedHashMap<>();
    private int opened;
    private boolean exited;

    /**
     * @param store where the notes live
     * @param drafts the drafts file of this desktop
     * @param backoff the waits between attempts to save while the server does not answer
     * @param onExit run once on the event thread after the last window closed and the background thread stopped
     */
    public NotesDesktop(NoteStore store, DraftStore drafts, Backoff backoff, Runnable onExit) {
        this.store = store;
        this.onExit = onExit;
        this.sync = new SyncService(store, drafts, backoff, new OnEventThread());
    }

    /** Loads the open notes and the drafts in the background, then shows a window for each. */
    public void start() {
        sync.call(store::openNotes).whenComplete((notes, error) -> SwingUtilities.invokeLater(() -> {
            if (error != null) {
                startOffline(cause(error));
            } else {
                showAll(notes);
            }
        }));
    }

    /** The open windows, in the order they were opened. */
    public List<NoteWindow> windows() {
        return List.copyOf(windows.values());
    }

    /** The background service that saves the notes. */
    public SyncService sync() {
        return sync;
    }

    // ----------------------------------------------------------------------------------------------- start up

    private void showAll(List<Note> notes) {
        Map<Long, Draft> draftsByTask = new HashMap<>();
        List<Draft> otherDrafts = new ArrayList<>();
        for (Draft draft : sync.drafts().all()) {
            Long id = draft.taskId();
            if (id != null) {
                draftsByTask.put(id, draft);
            } else {
                otherDrafts.add(draft);
            }
        }
        for (Note note : notes) {
            Draft draft = draftsByTask.remove(note.id());
            NoteWindow window = open(draft == null ? Draft.newKey() : draft.key());
            window.showServerVersion(note);
            if (draft != null) {
                window.showDraft(draft);
            }
        }
        // Drafts of tasks that are not open on the server any more (done or deleted elsewhere, or marked done here).
        otherDrafts.addAll(draftsByTask.values());
        for (Draft draft : otherDrafts) {
            open(draft.key()).showDraft(draft);
        }
        if (windows.isEmpty()) {
            // A first start (or every note done): say where the notes go, next to the hint on how to start.
            NoteWindow first = open(Draft.newKey());
            first.showUnsavedContent(NoteContent.EMPTY);
            first.status(whereNotesLive(), false);
        }
        sync.retryAll();
    }

    private void startOffline(Throwable error) {
        List<Draft> drafts = sync.drafts().all();
        String message = "The notes could not be loaded from " + store.describe() + ".\n\n" + messageOf(error);
        if (drafts.isEmpty()) {
            JOptionPane.showMessageDialog(null, message, "typedoo notes", JOptionPane.ERROR_MESSAGE);
            exit();
            return;
        }
        for (Draft draft : drafts) {
            open(draft.key()).showDraft(draft);
        }
        NoteWindow first = windows.values().iterator().next();
        first.status("Server not reachable: showing the notes kept locally.", true);
        sync.retryAll();
    }

    private NoteWindow open(String key) {
        NoteWindow window = new NoteWindow(key, this);
        windows.put(key, window);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int width = window.frame().getWidth() + 16;
        int height = window.frame().getHeight() + 16;
        int columns = Math.max(1, (screen.width - 40) / width);
        int rows = Math.max(1, (screen.height - 40) / height);
        int slot = opened++;
        int x = screen.x + 20 + (slot % columns) * width + (slot / (columns * rows)) * 24;
        int y = screen.y + 20 + (slot / columns % rows) * height + (slot / (columns * rows)) * 24;
        window.show(x, y);
        return window;
    }

    // ----------------------------------------------------------------------------------------------- commands

    void newNote(NoteWindow from) {
        NoteWindow window = open(Draft.newKey());
        window.showUnsavedContent(NoteContent.EMPTY);
        window.frame().toFront();
    }

    void save(NoteWindow window) {
        window.draft(false).ifPresent(draft -> send(window, draft));
    }

    void markDone(NoteWindow window) {
        if (window.taskId() == null && window.content().text().isBlank()) {
            forgetAndClose(window);
            return;
        }
        window.draft(true).ifPresent(draft -> send(window, draft));
    }

    private void send(NoteWindow window, Draft draft) {
        try {
            sync.save(draft);
            window.pending();
            window.status(draft.content().done() ? "Marking done\u2026" : "Saving\u2026", false);
        } catch (UncheckedIOException e) {
            window.status("Not saved: the drafts file cannot be written.", true);
            showError(window, "The note was not saved: " + e.getMessage());
        }
    }

    void delete(NoteWindow window) {
        Long id = window.taskId();
        String name = id == null ? "this new note" : "note #" + id;
        int answer = JOptionPane.showConfirmDialog(window.frame(), "Delete " + name + "? This cannot be undone.",
                "Delete note", JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return;
        }
        if (id == null) {
            forgetAndClose(window);
            return;
        }
        runInBackground(window, () -> {
            store.delete(id);
            return id;
        }, deleted -> forgetAndClose(window), "Not deleted");
    }

    void reload(NoteWindow from) {
        runInBackground(from, store::openNotes, notes -> {
            applyReload(notes);
            if (!from.isClosed()) {
                from.status("Reloaded " + notes.size() + (notes.size() == 1 ? " note." : " notes."), false);
            }
        }, "Not reloaded");
    }

    private void applyReload(List<Note> notes) {
        Map<Long, Note> byId = notes.stream().collect(Collectors.toMap(Note::id, Function.identity()));
        Set<Long> shown = new HashSet<>();
        List<NoteWindow> gone = new ArrayList<>();
        for (NoteWindow window : windows()) {
            Long id = window.taskId();
            if (id == null) {
                continue;
            }
            shown.add(id);
            Note current = byId.get(id);
            if (window.isUnsaved()) {
                if (current == null) {
                    window.status("Done or deleted on the server; your version is kept here.", true);
                }
            } else if (current == null) {
                gone.add(window);
            } else {
                window.showServerVersion(current);
            }
        }
        for (Note note : notes) {
            if (!shown.contains(note.id())) {
                open(Draft.newKey()).showServerVersion(note);
            }
        }
        // Open the empty note before closing the others, so that a reload never ends the app.
        if (windows.size() == gone.size()) {
            open(Draft.newKey()).showUnsavedContent(NoteContent.EMPTY);
        }
        gone.forEach(NoteWindow::close);
    }

    void requestClose(NoteWindow window) {
        if (window.hasEditsNotKept(sync.drafts().get(window.key()).map(Draft::content))) {
            Object[] options = {"Save", "Discard", "Cancel"};
            int answer = JOptionPane.showOptionDialog(window.frame(),
                    "Save the changes of " + titleOf(window) + " before closing?", "Close note",
                    JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[0]);
            if (answer == 0) {
                Optional<Draft> draft = window.draft(false);
                if (draft.isEmpty()) {
                    return;
                }
                send(window, draft.get());
            } else if (answer != 1) {
                return;
            }
        }
        // A note waiting in the drafts file keeps waiting there: it is saved in the background or on the next start.
        window.close();
    }

    void closed(NoteWindow window) {
        windows.remove(window.key());
        if (windows.isEmpty()) {
            exit();
        }
    }

    /** Closes every window without asking; drafts stay in the drafts file. Then the app ends. */
    public void closeAll() {
        for (NoteWindow window : windows()) {
            window.close();
        }
        if (windows.isEmpty()) {
            exit();
        }
    }

    void showShortcuts(NoteWindow window) {
        StringBuilder text = new StringBuilder("<html><table>");
        for (Shortcut s : Shortcut.values()) {
            text.append("<tr><td><b>").append(s.keyText()).append("</b></td><td>")
                    .append(s.label().replace("\u2026", "")).append("</td></tr>");
        }
        text.append("</table><br>Notes live on ").append(escape(store.describe())).append(".<br>Notes that could not"
                + " be saved are kept in<br>").append(escape(sync.drafts().file().toString())).append("</html>");
        JOptionPane.showMessageDialog(window.frame(), text.toString(), "Keyboard shortcuts",
                JOptionPane.INFORMATION_MESSAGE);
    }

    private void exit() {
        if (exited) {
            return;
        }
        exited = true;
        // Let a save on the wire finish, off the event thread, then tell the owner.
        Thread stopper = new Thread(() -> {
            sync.close(Duration.ofSeconds(10));
            SwingUtilities.invokeLater(onExit);
        }, "notes-exit");
        stopper.start();
    }

    // ----------------------------------------------------------------------------------------------- sync events

    /** Hands the service's events over to the event thread and the window they are about. */
    private final class OnEventThread implements SyncListener {
        @Override
        public void attempting(String key) {
            SwingUtilities.invokeLater(() -> window(key).ifPresent(w -> w.busy(true)));
        }

        @Override
        public void saved(String key, Note note) {
            boolean stillPending = sync.drafts().get(key).isPresent();
            SwingUtilities.invokeLater(() -> window(key).ifPresent(w -> {
                w.busy(false);
                if (note.content().done()) {
                    w.close();
                } else {
                    w.saved(note, stillPending);
                }
            }));
        }

        @Override
        public void unreachable(String key, NoteStoreException error, Duration retryIn) {
            LOG.log(System.Logger.Level.INFO, "Draft {0} not saved, retrying in {1}: {2}", key, retryIn,
                    error.getMessage());
            SwingUtilities.invokeLater(() -> window(key).ifPresent(w -> {
                w.busy(false);
                w.pending();
                w.status("Not saved: the server does not answer. Kept locally; retrying in "
                        + describe(retryIn) + ".", true);
            }));
        }

        @Override
        public void refused(String key, NoteStoreException error) {
            SwingUtilities.invokeLater(() -> window(key).ifPresent(w -> {
                w.busy(false);
                w.pending();
                w.status("Not saved: the server refused it. Kept locally.", true);
                showError(w, "The server refused to save " + titleOf(w) + ":\n" + error.getMessage()
                        + "\n\nThe note is kept locally; change it and save again.");
            }));
        }

        @Override
        public void conflict(String key, Draft mine, Optional<Note> theirs) {
            SwingUtilities.invokeLater(() -> {
                Optional<NoteWindow> window = window(key);
                if (window.isEmpty()) {
                    LOG.log(System.Logger.Level.WARNING, "Draft {0} conflicts with the server; it stays in the"
                            + " drafts file until the app shows it again", key);
                    return;
                }
                window.get().busy(false);
                resolve(window.get(), mine, theirs);
            });
        }
    }

    private void resolve(NoteWindow window, Draft mine, Optional<Note> theirs) {
        ConflictDialog.Choice choice = ConflictDialog.ask(window.frame(), titleOf(window), mine.content(), theirs);
        switch (choice) {
            case KEEP_MINE:
                window.rebase(theirs);
                sync.keepMine(window.key(), theirs);
                window.status("Saving your version\u2026", false);
                break;
            case COPY_AS_NEW:
                NoteWindow copy = open(Draft.newKey());
                copy.showUnsavedContent(mine.content());
                send(copy, Draft.ofNew(copy.key(), mine.content()));
                takeTheirs(window, theirs);
                break;
            case LATER:
                // The draft stays in the drafts file and the note stays marked; the next save (or start) asks again.
                window.pending();
                window.status(LATER_STATUS, true);
                break;
            case TAKE_THEIRS:
            default:
                takeTheirs(window, theirs);
                break;
        }
    }

    private void takeTheirs(NoteWindow window, Optional<Note> theirs) {
        sync.forget(window.key());
        if (theirs.isPresent() && !theirs.get().content().done()) {
            window.showServerVersion(theirs.get());
            window.status("Showing the version from the server.", false);
        } else {
            window.close();
        }
    }

    private void forgetAndClose(NoteWindow window) {
        try {
            sync.forget(window.key());
        } catch (UncheckedIOException e) {
            showError(window, e.getMessage());
        }
        window.close();
    }

    // ----------------------------------------------------------------------------------------------- helpers

    /** "Your notes live on the embedded server (data in ...)." or "... on Odoo at https://..., database x". */
    String whereNotesLive() {
        return "Your notes live on " + store.describe() + ".";
    }

    private <T> void runInBackground(NoteWindow window, Callable<T> call, Consumer<T> onSuccess, String failure) {
        window.busy(true);
        sync.call(call).whenComplete((result, error) -> SwingUtilities.invokeLater(() -> {
            window.busy(false);
            if (error == null) {
                onSuccess.accept(result);
            } else {
                Throwable cause = cause(error);
                window.status(failure + ": " + shortMessageOf(cause), true);
                showError(window, failure + ".\n\n" + messageOf(cause));
            }
        }));
    }

    private Optional<NoteWindow> window(String key) {
        NoteWindow window = windows.get(key);
        return window == null || window.isClosed() ? Optional.empty() : Optional.of(window);
    }

    private static void showError(NoteWindow window, @Nullable String message) {
        JOptionPane.showMessageDialog(window.frame(), message, "typedoo notes", JOptionPane.ERROR_MESSAGE);
    }

    private static String titleOf(NoteWindow window) {
        Long id = window.taskId();
        return id == null ? "the new note" : "note #" + id;
    }

    private static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private static String messageOf(Throwable error) {
        if (error instanceof NoteStoreException) {
            return error.getMessage();
        }
        LOG.log(System.Logger.Level.ERROR, "Unexpected failure", error);
        return "Unexpected failure: " + error;
    }

    private static String shortMessageOf(Throwable error) {
        if (error instanceof NoteStoreException e) {
            return e.isUnreachable() ? "the server does not answer." : "the server refused it.";
        }
        return "unexpected failure.";
    }

    private static String describe(Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
