package io.typedoo.notes.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AWTException;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.Assumptions;

/**
 * The desktop as a person uses it: a window manager (Debian's {@code openbox}) on the display, so that focus
 * moves as on a real desktop, and {@link Robot} for real key presses and mouse clicks that go through the X
 * server, the window manager and AWT's focus handling. Screenshots are taken from the screen, decorations
 * included.
 */
public final class RealDesktop implements AutoCloseable {

    /** The system property naming a folder to write the documentation's screenshots to. */
    public static final String SCREENSHOTS = "typedoo.screenshots";

    private final Robot robot;
    private final Process windowManager;

    private RealDesktop(Robot robot, Process windowManager) {
        this.robot = robot;
        this.windowManager = windowManager;
    }

    /**
     * Starts openbox on the display unless a window manager runs there already (openbox then says so and exits,
     * and that one is used).
     */
    public static RealDesktop start() {
        Process wm;
        try {
            wm = new ProcessBuilder("openbox", "--sm-disable").redirectErrorStream(true).start();
            Thread.sleep(1500);
            if (!wm.isAlive()) {
                String said = new String(wm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(said.toLowerCase().contains("already"), "openbox did not start: " + said);
            }
            Robot robot = new Robot();
            robot.setAutoDelay(20);
            return new RealDesktop(robot, wm);
        } catch (IOException e) {
            // Skipped with a message on a developer's machine without openbox; on CI (CI=true) a failure.
            if (!"true".equals(System.getenv("CI"))) {
                Assumptions.abort("openbox is not installed (Debian: apt-get install openbox): the desktop tests need"
                        + " a window manager");
            }
            throw new UncheckedIOException("Cannot start openbox (Debian: apt-get install openbox)", e);
        } catch (AWTException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Clicks the middle of {@code component} with the left mouse button. */
    public void click(Component component) {
        Point at = Swing.onEdt(() -> {
            Point p = component.getLocationOnScreen();
            return new Point(p.x + component.getWidth() / 2, p.y + component.getHeight() / 2);
        });
        robot.mouseMove(at.x, at.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        settle();
    }

    /** Types {@code text} key by key (letters, digits, space and plain punctuation). */
    public void type(String text) {
        for (char c : text.toCharArray()) {
            int code = KeyEvent.getExtendedKeyCodeForChar(c);
            boolean shift = Character.isUpperCase(c);
            if (shift) {
                robot.keyPress(KeyEvent.VK_SHIFT);
            }
            robot.keyPress(code);
            robot.keyRelease(code);
            if (shift) {
                robot.keyRelease(KeyEvent.VK_SHIFT);
            }
        }
        settle();
    }

    /** Presses a key with its modifiers, such as Ctrl+S or Alt+F4. */
    public void press(KeyStroke key) {
        int modifiers = key.getModifiers();
        int[] order = {KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_ALT};
        int[] masks = {InputEvent.CTRL_DOWN_MASK, InputEvent.SHIFT_DOWN_MASK, InputEvent.ALT_DOWN_MASK};
        for (int i = 0; i < order.length; i++) {
            if ((modifiers & masks[i]) != 0) {
                robot.keyPress(order[i]);
            }
        }
        robot.keyPress(key.getKeyCode());
        robot.keyRelease(key.getKeyCode());
        for (int i = order.length - 1; i >= 0; i--) {
            if ((modifiers & masks[i]) != 0) {
                robot.keyRelease(order[i]);
            }
        }
        settle();
    }

    /** Presses a key by its name, such as {@code "ENTER"}, {@code "TAB"} or {@code "alt F4"}. */
    public void press(String key) {
        press(KeyStroke.getKeyStroke(key));
    }

    /** What the screen shows in {@code area}. */
    public BufferedImage capture(Rectangle area) {
        return robot.createScreenCapture(area);
    }

    /**
     * Writes a screenshot of {@code windows} (decorations included) to the folder named by the system property
     * {@value #SCREENSHOTS}, when it is set; the documentation's pictures are made this way.
     */
    public void screenshot(String name, Window... windows) {
        String folder = System.getProperty(SCREENSHOTS);
        if (folder == null || folder.isBlank()) {
            return;
        }
        settle();
        Rectangle area = Swing.onEdt(() -> {
            Rectangle r = null;
            for (Window w : windows) {
                Rectangle b = w.getBounds();
                r = r == null ? new Rectangle(b) : r.union(b);
            }
            r.grow(12, 12);
            return r.intersection(new Rectangle(0, 0, 1600, 1000));
        });
        try {
            Path file = Path.of(folder).resolve(name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(capture(area), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the X server, the window manager and the event thread catch up. */
    public void settle() {
        robot.waitForIdle();
        robot.delay(150);
        robot.waitForIdle();
    }

    /** Stops the window manager this desktop started. */
    @Override
    public void close() {
        if (windowManager.isAlive()) {
            windowManager.destroy();
            try {
                windowManager.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
