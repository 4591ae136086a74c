package io.typedoo.notes;

import com.formdev.flatlaf.FlatLightLaf;
import io.typedoo.notes.note.NoteContent;
import io.typedoo.notes.sync.Backoff;
import io.typedoo.notes.sync.DraftStore;
import io.typedoo.notes.ui.NoteWindow;
import io.typedoo.notes.ui.NotesDesktop;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JWindow;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * Makes {@code docs/notes-app.png}: real note windows on a testkit server, captured from the screen with
 * {@link Robot}. Run it under Xvfb with the test class path; the command is in {@code docs/readme/notes-app.md}.
 */
public final class NotesScreenshot {

    private NotesScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "notes-app.png").toAbsolutePath();
        Path dir = Files.createTempDirectory("typedoo-notes-screenshot");
        FlatLightLaf.setup();
        // No window manager under Xvfb: FlatLaf draws the title bars, so the titles show in the picture.
        JFrame.setDefaultLookAndFeelDecorated(true);
        // Menus below the title, as under a desktop's own window manager.
        UIManager.put("TitlePane.menuBarEmbedded", false);
        try (NotesServer server = NotesServer.start(dir.resolve("server"))) {
            server.add(new NoteContent("Call Packt about the typedoo chapter", LocalDate.of(2026, 12, 4), true, false));
            server.add(new NoteContent("Buy milk, bread and coffee beans", null, false, false));
            server.add(new NoteContent("Review the invoices of Wood Corner before Friday", LocalDate.of(2026, 12, 11),
                    false, false));
            long last = server.add(new NoteContent("Book the train to Brussels", null, false, false));

            SwingUtilities.invokeAndWait(NotesScreenshot::showDesktopBackground);
            AtomicReference<NotesDesktop> desktop = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> desktop.set(new NotesDesktop(server.store(),
                    DraftStore.open(dir.resolve("drafts.json")), Backoff.DEFAULT, () -> { })));
            desktop.get().start();
            waitFor(() -> desktop.get().windows().size() == 4);
            List<NoteWindow> windows = onEdt(() -> desktop.get().windows());
            // One note just saved, one with an edit not saved yet, as a user would see them.
            SwingUtilities.invokeAndWait(() -> {
                JTextArea text = (JTextArea) find(windows.get(3).frame(), "note.text");
                text.setText("Book the train to Brussels (9:12 from Ghent)");
                windows.get(3).frame().getJMenuBar().getMenu(0).getItem(1).doClick();
                JTextArea other = (JTextArea) find(windows.get(1).frame(), "note.text");
                other.append("\nand oat milk");
            });
            waitFor(() -> windows.get(3).statusText().equals("Note " + last + " Saved."));
            Thread.sleep(300);
            Rectangle area = onEdt(() -> {
                Rectangle r = new Rectangle(windows.get(0).frame().getBounds());
                windows.forEach(w -> r.add(w.frame().getBounds()));
                r.grow(20, 20);
                return r;
            });
            BufferedImage image = new Robot().createScreenCapture(area);
            ImageIO.write(image, "png", out.toFile());
            System.out.println("Wrote " + out + " (" + area.width + "x" + area.height + ")");
            SwingUtilities.invokeAndWait(() -> desktop.get().closeAll());
        }
        System.exit(0);
    }

    private static void showDesktopBackground() {
        JWindow background = new JWindow();
        background.setContentPane(new JPanel() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void paintComponent(Graphics g) {
                Graphics2D g2 = (Graphics2D) g;
                g2.setPaint(new GradientPaint(0, 0, new Color(0x3b4a5a), 0, getHeight(), new Color(0x1f2933)));
                g2.fillRect(0, 0, getWidth(), getHeight());
            }
        });
        background.setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        background.setVisible(true);
    }

    private static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container container) {
                Component found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T> T onEdt(Callable<T> call) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(call.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return result.get();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!onEdt(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }
}
