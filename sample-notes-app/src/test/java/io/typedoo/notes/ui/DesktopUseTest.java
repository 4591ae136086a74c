package io.typedoo.notes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.formdev.flatlaf.FlatLightLaf;
import io.typedoo.notes.NotesServer;
import io.typedoo.notes.note.NoteContent;
import io.typedoo.notes.sync.Backoff;
import io.typedoo.notes.sync.DraftStore;
import java.awt.Color;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JDialog;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note windows on a desktop with a window manager, used with real key presses and mouse clicks: what a
 * first-time user sees, Tab, readable status lines, and a conflict dialog closed without a choice.
 */
@WindowTest
class DesktopUseTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static RealDesktop desktopScreen;

    @TempDir
    Path dir;

    private NotesServer server;
    private NotesDesktop desktop;
    private CountDownLatch exited;

    @BeforeAll
    static void windowManager() {
        FlatLightLaf.setup(); // the app's look, as NotesMain sets it
        desktopScreen = RealDesktop.start();
    }

    @AfterAll
    static void stopWindowManager() {
        desktopScreen.close();
    }

    @BeforeEach
    void startServer() {
        server = NotesServer.start(dir.resolve("server"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        try {
            if (desktop != null && exited.getCount() > 0) {
                closeApp();
            }
        } finally {
            server.close();
        }
    }

    private void startApp() {
        exited = new CountDownLatch(1);
        DraftStore drafts = DraftStore.open(dir.resolve("drafts.json"));
        desktop = Swing.onEdt(() -> new NotesDesktop(server.store(), drafts,
                new Backoff(Duration.ofMillis(200), Duration.ofSeconds(60)), exited::countDown));
        desktop.start();
    }

    private void closeApp() throws InterruptedException {
        Swing.run(desktop::closeAll);
        assertTrue(exited.await(15, TimeUnit.SECONDS), "the app did not end");
    }

    private List<NoteWindow> windows() {
        return Swing.onEdt(desktop::windows);
    }

    private static JTextArea textOf(NoteWindow w) {
        return Swing.find(w.frame().getContentPane(), NoteWindow.TEXT_NAME, JTextArea.class);
    }

    private static JTextArea statusOf(NoteWindow w) {
        return Swing.find(w.frame().getContentPane(), NoteWindow.STATUS_NAME, JTextArea.class);
    }

    private static String focusOwnerName() {
        return Swing.onEdt(() -> {
            Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return owner == null ? "nothing" : String.valueOf(owner.getName());
        });
    }

    @Test
    void aFirstStartShowsAHintAndWhereTheNotesLive() {
        startApp();
        Swing.await("the first window", WAIT, () -> desktop.windows().size() == 1);
        NoteWindow w = windows().get(0);
        desktopScreen.settle();
        assertEquals("", Swing.onEdt(() -> textOf(w).getText()));
        assertEquals("Your notes live on " + server.store().describe() + ".", w.statusText());
        // The hint is painted in the empty note: dark pixels on the yellow, gone once something is typed.
        assertTrue(darkPixels(textOf(w)) > 40, "the hint '" + NoteWindow.PLACEHOLDER + "' is drawn");
        desktopScreen.screenshot("notes-first-run", w.frame());
        desktopScreen.click(textOf(w));
        desktopScreen.type("x");
        assertEquals("x", Swing.onEdt(() -> textOf(w).getText()));
        assertFullyShown(w);
    }

    @Test
    void tabMovesFromTheNoteToTheDeadline() {
        server.add(new NoteContent("buy milk", null, false, false));
        startApp();
        Swing.await("one window", WAIT, () -> desktop.windows().size() == 1);
        NoteWindow w = windows().get(0);
        desktopScreen.click(textOf(w));
        assertEquals(NoteWindow.TEXT_NAME, focusOwnerName());
        desktopScreen.press("TAB");
        assertEquals(NoteWindow.DEADLINE_NAME, focusOwnerName());
        assertEquals("buy milk", Swing.onEdt(() -> textOf(w).getText()), "no tab character in the note");
        desktopScreen.type("2026-12-24");
        desktopScreen.press("shift TAB");
        assertEquals(NoteWindow.TEXT_NAME, focusOwnerName());
    }

    @Test
    void statusAndErrorTextsAreReadableInFull() {
        server.add(new NoteContent("buy milk", null, false, false));
        startApp();
        Swing.await("one window", WAIT, () -> desktop.windows().size() == 1);
        NoteWindow w = windows().get(0);
        assertTrue(contrast(NoteWindow.STATUS_TEXT, NoteWindow.STATUS_BACKGROUND) >= 7, "status contrast");
        assertTrue(contrast(NoteWindow.ERROR_TEXT, NoteWindow.STATUS_BACKGROUND) >= 7, "error contrast");
        // The longest messages the app shows in a note's status line.
        for (String message : List.of(
                "Not saved: the server does not answer. Kept locally; retrying in 59 min.",
                "The deadline must be a date such as 2026-12-31.",
                NotesDesktop.LATER_STATUS,
                "An empty note cannot be saved; delete it with Ctrl+Shift+D.",
                "Your notes live on the embedded server on this computer, data in "
                        + "/home/someone/.local/share/typedoo-notes/server.")) {
            Swing.run(() -> w.status(message, true));
            desktopScreen.settle();
            assertFullyShown(w);
        }
        // A deadline that is not a date: the real message, typed for real.
        desktopScreen.click(Swing.find(w.frame().getContentPane(), NoteWindow.DEADLINE_NAME, JTextField.class));
        desktopScreen.type("soon");
        desktopScreen.press(Shortcut.SAVE.key());
        Swing.await("the deadline message", WAIT, () -> w.statusText().startsWith("The deadline must be a date"));
        assertFullyShown(w);
    }

    @Test
    void closingTheConflictDialogWithEscOrTheWindowManagerMeansDecideLater() throws InterruptedException {
        long a = server.add(new NoteContent("buy milk", null, false, false));
        startApp();
        Swing.await("one window", WAIT, () -> desktop.windows().size() == 1);
        NoteWindow w = windows().get(0);
        server.write(a, new NoteContent("buy oat milk", null, false, false));
        desktopScreen.click(textOf(w));
        desktopScreen.press("END");
        desktopScreen.type(" and bread");
        desktopScreen.press(Shortcut.SAVE.key());
        JDialog dialog = conflictDialog();
        desktopScreen.screenshot("notes-conflict", w.frame(), dialog);
        desktopScreen.press("ESCAPE");
        assertDecidedLater(w, a);

        // Again, closed by the window manager (Alt+F4, as its close button does).
        desktopScreen.click(textOf(w));
        desktopScreen.press(Shortcut.SAVE.key());
        conflictDialog();
        desktopScreen.press("alt F4");
        assertDecidedLater(w, a);

        // The question comes back at the next start, and then the choice is made.
        closeApp();
        startApp();
        conflictDialog();
        Swing.answerDialog(ConflictDialog.TITLE, "Keep mine");
        Swing.await("mine saved", WAIT, () -> !desktop.windows().isEmpty()
                && desktop.windows().get(0).statusText().equals("Note " + a + " Saved."));
        assertEquals("buy milk and bread", server.find(a).orElseThrow().content().text());
        assertEquals(1, server.openNotes().size());
    }

    @Test
    void aSaveWhileTheServerIsDownIsKeptAndSaidInFull() {
        long a = server.add(new NoteContent("buy milk", null, false, false));
        startApp();
        Swing.await("one window", WAIT, () -> desktop.windows().size() == 1);
        NoteWindow w = windows().get(0);
        server.stop();
        desktopScreen.click(textOf(w));
        desktopScreen.press("END");
        desktopScreen.type(" and bread");
        desktopScreen.press(Shortcut.SAVE.key());
        Swing.await("kept locally", WAIT, () -> w.statusText().startsWith("Not saved: the server does not answer"));
        assertTrue(Swing.onEdt(() -> w.frame().getTitle()).endsWith(NoteWindow.UNSAVED_MARKER));
        assertFullyShown(w);
        desktopScreen.screenshot("notes-offline-save", w.frame());
        server.start();
        Swing.await("saved when the server is back", WAIT, () -> w.statusText().equals("Note " + a + " Saved."));
    }

    private JDialog conflictDialog() {
        Swing.await("the conflict dialog", WAIT, () -> !Swing.dialogs(ConflictDialog.TITLE).isEmpty());
        desktopScreen.settle();
        return Swing.dialogs(ConflictDialog.TITLE).get(0);
    }

    private void assertDecidedLater(NoteWindow w, long id) {
        Swing.await("the dialog closed", WAIT, () -> Swing.dialogs(ConflictDialog.TITLE).isEmpty());
        desktopScreen.settle();
        assertEquals("buy oat milk", server.find(id).orElseThrow().content().text(), "nothing written");
        assertEquals(1, server.openNotes().size(), "no new task");
        assertEquals(1, windows().size(), "no new window");
        assertEquals("#" + id + NoteWindow.UNSAVED_MARKER, Swing.onEdt(() -> w.frame().getTitle()));
        assertEquals(NotesDesktop.LATER_STATUS, w.statusText());
        assertEquals("buy milk and bread", Swing.onEdt(() -> textOf(w).getText()));
        assertEquals(List.of("buy milk and bread"), DraftStore.open(dir.resolve("drafts.json")).all().stream()
                .map(d -> d.content().text()).toList(), "the draft waits for the choice");
    }

    /** The status line shows all of its text: its whole preferred height is inside the window. */
    private static void assertFullyShown(NoteWindow w) {
        Swing.run(() -> {
            JTextArea status = statusOf(w);
            Rectangle visible = status.getVisibleRect();
            int needed = status.getPreferredSize().height;
            assertTrue(visible.height >= needed && status.getHeight() >= needed,
                    "'" + status.getText() + "' needs " + needed + " px, shows " + visible.height);
            Rectangle inFrame = SwingUtilities.convertRectangle(status, visible, w.frame().getContentPane());
            assertTrue(new Rectangle(w.frame().getContentPane().getSize()).contains(inFrame),
                    "the status line is inside the window: " + inFrame);
        });
    }

    private int darkPixels(Component component) {
        Rectangle area = Swing.onEdt(() -> new Rectangle(component.getLocationOnScreen(), component.getSize()));
        BufferedImage image = desktopScreen.capture(area);
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 450) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** WCAG's contrast ratio. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
