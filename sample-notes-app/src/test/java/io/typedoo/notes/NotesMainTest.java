package io.typedoo.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.notes.note.NoteContent;
import io.typedoo.notes.ui.NoteWindow;
import io.typedoo.notes.ui.Shortcut;
import io.typedoo.notes.ui.Swing;
import io.typedoo.notes.ui.WindowTest;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The app as {@code java -jar typedoo-notes.jar} starts it, found through {@link Window#getWindows()}. */
@WindowTest
class NotesMainTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    private static List<JFrame> noteFrames() {
        return Swing.onEdt(() -> Arrays.stream(Window.getWindows())
                .filter(w -> w instanceof JFrame && w.isShowing()).map(JFrame.class::cast).toList());
    }

    private static JTextArea textOf(JFrame frame) {
        return Swing.find(frame.getContentPane(), "note.text", JTextArea.class);
    }

    private CountDownLatch run() {
        CountDownLatch exited = new CountDownLatch(1);
        int code = new CommandLine(new NotesMain(exited::countDown)).execute("--data-dir", dataDir.toString());
        assertEquals(0, code);
        return exited;
    }

    private static void closeAll(CountDownLatch exited) throws InterruptedException {
        for (JFrame frame : noteFrames()) {
            Swing.press(textOf(frame), Shortcut.CLOSE.key());
        }
        assertTrue(exited.await(20, TimeUnit.SECONDS), "the app ends with its last window");
    }

    @Test
    void withoutOptionsTheNotesLiveOnAnEmbeddedServerInTheDataFolderAndStayThere() throws InterruptedException {
        CountDownLatch exited = run();
        Swing.await("a note window", WAIT, () -> !noteFrames().isEmpty());
        int before = noteFrames().size();
        Swing.press(textOf(noteFrames().get(0)), Shortcut.NEW.key());
        Swing.await("a new note", WAIT, () -> noteFrames().stream().anyMatch(f -> f.getTitle().equals("New note")));
        JFrame created = noteFrames().stream().filter(f -> f.getTitle().equals("New note")).findFirst().orElseThrow();
        Swing.type(textOf(created), "remember me");
        Swing.press(textOf(created), Shortcut.SAVE.key());
        Swing.await("saved", WAIT, () -> created.getTitle().matches("#\\d+"));
        String title = Swing.onEdt(created::getTitle);
        closeAll(exited);
        assertTrue(Files.isDirectory(dataDir.resolve("server")), "the embedded server keeps its data in the folder");

        CountDownLatch exitedAgain = run();
        Swing.await("the saved note again", WAIT, () -> noteFrames().stream().anyMatch(f -> f.getTitle().equals(title)));
        JFrame again = noteFrames().stream().filter(f -> f.getTitle().equals(title)).findFirst().orElseThrow();
        assertEquals("remember me", Swing.onEdt(() -> textOf(again).getText()));
        assertEquals(NoteWindow.NOTE_YELLOW, Swing.onEdt(() -> textOf(again).getBackground()));
        assertTrue(noteFrames().size() >= before, "every note of the first run is back");
        closeAll(exitedAgain);
    }

    @Test
    void againstAServerTheDialogAsksForThePasswordAndRemembersAllButIt() throws Exception {
        try (NotesServer server = NotesServer.start(dataDir.resolve("elsewhere"))) {
            long id = server.add(new NoteContent("on the real server", null, false, false));
            CountDownLatch exited = new CountDownLatch(1);
            CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> new CommandLine(
                    new NotesMain(exited::countDown)).execute("--data-dir", dataDir.toString(),
                    "--server", server.url(), "--db", "demo", "--user", "admin"));

            JPasswordField first = Swing.findInDialog("Connect to Odoo", JPasswordField.class);
            Swing.run(() -> first.setText("wrong"));
            Swing.answerDialog("Connect to Odoo", "OK");
            Swing.await("the refusal, said in the dialog", WAIT, () -> Swing.dialogs("Connect to Odoo").stream()
                    .anyMatch(d -> labels(d).contains("The server refused login admin on database demo")));
            JPasswordField second = Swing.findInDialog("Connect to Odoo", JPasswordField.class);
            Swing.run(() -> second.setText("admin"));
            Swing.answerDialog("Connect to Odoo", "OK");

            assertEquals(0, code.get(20, TimeUnit.SECONDS));
            Swing.await("the server's note", WAIT, () -> noteFrames().stream()
                    .anyMatch(f -> f.getTitle().equals("#" + id)));
            String remembered = Files.readString(dataDir.resolve("connection.properties"));
            assertTrue(remembered.contains("server=" + server.url().replace(":", "\\:")), remembered);
            assertTrue(remembered.contains("database=demo") && remembered.contains("login=admin"), remembered);
            assertFalse(remembered.contains("wrong") || remembered.contains("password="), remembered);
            closeAll(exited);
        }
    }

    private static String labels(Container root) {
        StringBuilder text = new StringBuilder();
        for (Component c : root.getComponents()) {
            if (c instanceof JLabel label) {
                text.append(label.getText()).append('\n');
            }
            if (c instanceof Container container) {
                text.append(labels(container));
            }
        }
        return text.toString();
    }
}
