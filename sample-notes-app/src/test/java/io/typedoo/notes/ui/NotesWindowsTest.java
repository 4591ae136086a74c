package io.typedoo.notes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.notes.NotesServer;
import io.typedoo.notes.note.NoteContent;
import io.typedoo.notes.sync.Backoff;
import io.typedoo.notes.sync.DraftStore;
import java.awt.Component;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JLabel;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real windows on a testkit server over HTTP, driven as a user would: keys, typing, dialogs. */
@WindowTest
class NotesWindowsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private NotesServer server;
    private NotesDesktop desktop;
    private CountDownLatch exited;

    private void startApp() {
        exited = new CountDownLatch(1);
        DraftStore drafts = DraftStore.open(dir.resolve("drafts.json"));
        desktop = Swing.onEdt(() -> new NotesDesktop(server.store(), drafts,
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(400)), exited::countDown));
        desktop.start();
    }

    private void stopApp() throws InterruptedException {
        Swing.run(desktop::closeAll);
        assertTrue(exited.await(15, TimeUnit.SECONDS), "the app did not end");
    }

    @BeforeEach
    void startServer() {
        server = NotesServer.start(dir.resolve("server"));
    }

    @AfterEach
    void closeWindows() throws InterruptedException {
        try {
            if (desktop != null && exited.getCount() > 0) {
                stopApp();
            }
        } finally {
            server.close();
        }
    }

    private List<NoteWindow> windows() {
        return Swing.onEdt(desktop::windows);
    }

    private static JTextArea textOf(NoteWindow w) {
        return Swing.find(w.frame().getContentPane(), NoteWindow.TEXT_NAME, JTextArea.class);
    }

    private static String statusOf(NoteWindow w) {
        return Swing.onEdt(() -> Swing.find(w.frame().getContentPane(), NoteWindow.STATUS_NAME, JTextArea.class)
                .getText());
    }

    private static String titleOf(NoteWindow w) {
        return Swing.onEdt(() -> w.frame().getTitle());
    }

    @Test
    void showsOneWindowPerOpenTask() {
        long a = server.add(new NoteContent("buy milk", null, false, false));
        long b = server.add(new NoteContent("call Packt", null, true, false));
        server.add(new NoteContent("done already", null, false, true));
        startApp();
        Swing.await("two windows", WAIT, () -> desktop.windows().size() == 2);
        assertEquals(List.of("#" + a, "#" + b), windows().stream().map(NotesWindowsTest::titleOf).toList());
        assertEquals("buy milk", Swing.onEdt(() -> textOf(windows().get(0)).getText()));
    }

    @Test
    void ctrlNTypingAndCtrlSCreateATask() {
        server.add(new NoteContent("buy milk", null, false, false));
        startApp();
        Swing.await("one window", WAIT, () -> desktop.windows().size() == 1);
        Swing.press(textOf(windows().get(0)), Shortcut.NEW.key());
        Swing.await("a second window", WAIT, () -> desktop.windows().size() == 2);
        NoteWindow created = windows().get(1);
        assertEquals("New note", titleOf(created));
        Swing.type(textOf(created), "hello world");
        assertEquals("New note" + NoteWindow.UNSAVED_MARKER, titleOf(created));
        Swing.press(textOf(created), Shortcut.SAVE.key());
        Swing.await("saved", WAIT, () -> created.statusText().endsWith("Saved."));
        long id = server.openNotes().get(1).id();
        assertEquals("hello world", server.openNotes().get(1).content().text());
        assertEquals("Note " + id + " Saved.", statusOf(created));
        assertEquals("#" + id, titleOf(created));
    }

    @Test
    void serverDownThenBack() throws InterruptedException {
        long a = server.add(new NoteContent("buy milk", null, false, false));
        startApp();
        Swing.await("one window", WAIT, () -> desktop.windows().size() == 1);
        server.stop();
        NoteWindow w = windows().get(0);
        Swing.type(textOf(w), " and bread");
        Swing.press(textOf(w), Shortcut.SAVE.key());
        Swing.await("failure shown", WAIT, () -> w.statusText().startsWith("Not saved"));
        assertEquals("#" + a + NoteWindow.UNSAVED_MARKER, titleOf(w));
        assertEquals(List.of("buy milk and bread"), DraftStore.open(dir.resolve("drafts.json")).all().stream()
                .map(d -> d.content().text()).toList());
        stopApp();
        startApp();
        Swing.await("one window", WAIT, () -> desktop.windows().size() == 1);
        NoteWindow again = windows().get(0);
        assertEquals("buy milk and bread", Swing.onEdt(() -> textOf(again).getText()));
        server.start();
        Swing.await("saved", WAIT, () -> again.statusText().equals("Note " + a + " Saved."));
        assertEquals("buy milk and bread", server.find(a).orElseThrow().content().text());
        assertEquals("#" + a, titleOf(again));
        assertEquals(List.of(), DraftStore.open(dir.resolve("drafts.json")).all());
    }

    @Test
    void anEditedNoteIsWrittenAndUndoWorks() {
        long a = server.add(new NoteContent("buy milk", null, false, false));
        startApp();
        Swing.await("one window", WAIT, () -> desktop.windows().size() == 1);
        NoteWindow w = windows().get(0);
        JTextArea text = textOf(w);
        Swing.type(text, " and eggs");
        Swing.press(text, Shortcut.UNDO.key());
        Swing.await("undone", WAIT, () -> text.getText().equals("buy milk"));
        assertEquals("#" + a, titleOf(w));
        Swing.press(text, Shortcut.REDO.key());
        Swing.await("redone", WAIT, () -> text.getText().equals("buy milk and eggs"));
        assertEquals("#" + a + NoteWindow.UNSAVED_MARKER, titleOf(w));
        Swing.run(() -> Swing.find(w.frame().getContentPane(), NoteWindow.DEADLINE_NAME, JTextField.class)
                .setText("2026-12-24"));
        Swing.press(text, Shortcut.TOGGLE_PRIORITY.key());
        Swing.press(text, Shortcut.SAVE.key());
        Swing.await("saved", WAIT, () -> w.statusText().equals("Note " + a + " Saved."));
        assertEquals(new NoteContent("buy milk and eggs", LocalDate.of(2026, 12, 24), true, false),
                server.find(a).orElseThrow().content());
        assertEquals("#" + a, titleOf(w));
    }

    @Test
    void aChangeMadeElsewhereIsNotOverwrittenSilently() {
        long a = server.add(new NoteContent("buy milk", null, false, false));
        long b = server.add(new NoteContent("call Packt", null, false, false));
        startApp();
        Swing.await("two windows", WAIT, () -> desktop.windows().size() == 2);
        server.write(a, new NoteContent("buy oat milk", null, false, false));
        server.write(b, new NoteContent("call Packt at 10", null, false, false));
        NoteWindow first = windows().get(0);
        NoteWindow second = windows().get(1);

        Swing.type(textOf(first), " and bread");
        Swing.press(textOf(first), Shortcut.SAVE.key());
        Swing.answerDialog("Changed on the server", "Keep mine");
        Swing.await("mine saved", WAIT, () -> first.statusText().equals("Note " + a + " Saved."));
        assertEquals("buy milk and bread", server.find(a).orElseThrow().content().text());

        Swing.type(textOf(second), ", then lunch");
        Swing.press(textOf(second), Shortcut.SAVE.key());
        Swing.answerDialog("Changed on the server", "Copy mine as new note");
        Swing.await("the copy saved", WAIT, () -> desktop.windows().size() == 3
                && desktop.windows().get(2).statusText().endsWith("Saved."));
        assertEquals("call Packt at 10", Swing.onEdt(() -> textOf(second).getText()));
        assertEquals("call Packt at 10", server.find(b).orElseThrow().content().text());
        assertEquals(List.of("buy milk and bread", "call Packt at 10", "call Packt, then lunch"),
                server.openNotes().stream().map(n -> n.content().text()).toList());

        server.write(a, new NoteContent("buy milk, bread and jam", null, false, false));
        Swing.type(textOf(first), " and butter");
        Swing.press(textOf(first), Shortcut.SAVE.key());
        Swing.answerDialog("Changed on the server", "Take theirs");
        Swing.await("theirs shown", WAIT, () -> textOf(first).getText().equals("buy milk, bread and jam"));
        assertEquals("#" + a, titleOf(first));
        assertEquals("buy milk, bread and jam", server.find(a).orElseThrow().content().text());
        assertEquals(List.of(), DraftStore.open(dir.resolve("drafts.json")).all());
    }

    @Test
    void markDoneAndDeleteWithConfirmation() throws InterruptedException {
        long a = server.add(new NoteContent("buy milk", null, false, false));
        long b = server.add(new NoteContent("call Packt", null, false, false));
        startApp();
        Swing.await("two windows", WAIT, () -> desktop.windows().size() == 2);
        NoteWindow first = windows().get(0);
        Swing.press(textOf(first), Shortcut.MARK_DONE.key());
        Swing.await("first closed", WAIT, () -> desktop.windows().size() == 1);
        assertTrue(server.find(a).orElseThrow().content().done());

        NoteWindow second = windows().get(0);
        Swing.press(textOf(second), Shortcut.DELETE.key());
        Swing.answerDialog("Delete note", "Cancel");
        Swing.press(textOf(second), Shortcut.DELETE.key());
        Swing.answerDialog("Delete note", "OK");
        assertTrue(exited.await(15, TimeUnit.SECONDS), "closing the last window ends the app");
        assertTrue(server.find(b).isEmpty());
    }

    @Test
    void reloadShowsChangesMadeElsewhere() {
        long a = server.add(new NoteContent("buy milk", null, false, false));
        long b = server.add(new NoteContent("call Packt", null, false, false));
        startApp();
        Swing.await("two windows", WAIT, () -> desktop.windows().size() == 2);
        server.write(a, new NoteContent("buy oat milk", null, true, false));
        server.write(b, new NoteContent("call Packt", null, false, true));
        long c = server.add(new NoteContent("new elsewhere", null, false, false));
        NoteWindow first = windows().get(0);
        Swing.press(textOf(first), Shortcut.RELOAD.key());
        Swing.await("reloaded", WAIT, () -> first.statusText().startsWith("Reloaded"));
        assertEquals(List.of("#" + a, "#" + c), windows().stream().map(NotesWindowsTest::titleOf).toList());
        assertEquals("buy oat milk", Swing.onEdt(() -> textOf(first).getText()));
    }

    @Test
    void closingAnEditedNoteAsksFirst() throws InterruptedException {
        server.add(new NoteContent("buy milk", null, false, false));
        startApp();
        Swing.await("one window", WAIT, () -> desktop.windows().size() == 1);
        NoteWindow w = windows().get(0);
        Swing.type(textOf(w), "!");
        Swing.press(textOf(w), Shortcut.CLOSE.key());
        Swing.answerDialog("Close note", "Cancel");
        assertEquals(1, windows().size());
        Swing.press(textOf(w), Shortcut.CLOSE.key());
        Swing.answerDialog("Close note", "Discard");
        assertTrue(exited.await(15, TimeUnit.SECONDS), "closing the last window ends the app");
        assertEquals("buy milk", server.openNotes().get(0).content().text());
    }

    @Test
    void theMenusListEveryShortcut() {
        server.add(new NoteContent("buy milk", null, false, false));
        startApp();
        Swing.await("one window", WAIT, () -> desktop.windows().size() == 1);
        NoteWindow w = windows().get(0);
        Set<KeyStroke> inMenus = Swing.onEdt(() -> {
            Set<KeyStroke> keys = new HashSet<>();
            JMenuBar bar = w.frame().getJMenuBar();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                for (Component item : bar.getMenu(i).getMenuComponents()) {
                    if (item instanceof JMenuItem menuItem && menuItem.getAccelerator() != null) {
                        keys.add(menuItem.getAccelerator());
                    }
                }
            }
            return keys;
        });
        for (Shortcut s : Shortcut.values()) {
            assertTrue(inMenus.contains(s.key()), s + " is not in the menus");
        }
        assertEquals(NoteWindow.NOTE_YELLOW, Swing.onEdt(() -> textOf(w).getBackground()));
    }
}
