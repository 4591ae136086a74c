package io.typedoo.notes.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/** Drives real Swing components from a test thread: everything that touches a component runs on the event thread. */
public final class Swing {

    private Swing() {
    }

    /** Runs {@code call} on the event thread and returns its result. */
    public static <T> T onEdt(Callable<T> call) {
        if (SwingUtilities.isEventDispatchThread()) {
            try {
                return call.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Object[] result = new Object[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result[0] = call.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }

    /** Runs {@code action} on the event thread. */
    public static void run(Runnable action) {
        onEdt(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition} holds on the event thread, failing with {@code what} after {@code timeout}. */
    public static void await(String what, Duration timeout, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!onEdt(condition::get)) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + timeout + " waiting for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Presses {@code key} on {@code target} as the keyboard does: key bindings and menu accelerators answer. Does not
     * wait, as the command may open a modal dialog; later calls of this class run after it.
     */
    public static void press(JComponent target, KeyStroke key) {
        SwingUtilities.invokeLater(() -> {
            KeyEvent event = new KeyEvent(target, KeyEvent.KEY_PRESSED, System.currentTimeMillis(),
                    key.getModifiers(), key.getKeyCode(), KeyEvent.CHAR_UNDEFINED);
            SwingUtilities.processKeyBindings(event);
        });
    }

    /** Types {@code text} into {@code target} key by key, as the keyboard does. */
    public static void type(JComponent target, String text) {
        run(() -> {
            for (char c : text.toCharArray()) {
                KeyEvent event = new KeyEvent(target, KeyEvent.KEY_TYPED, System.currentTimeMillis(), 0,
                        KeyEvent.VK_UNDEFINED, c);
                SwingUtilities.processKeyBindings(event);
            }
        });
    }

    /** The component named {@code name} inside {@code root}. */
    public static <T extends Component> T find(Container root, String name, Class<T> type) {
        return onEdt(() -> all(root).stream().filter(c -> name.equals(c.getName())).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no component named " + name + " in " + root)));
    }

    /** The first component of {@code type} inside the showing dialog titled {@code title}. */
    public static <T extends Component> T findInDialog(String title, Class<T> type) {
        await("a dialog titled '" + title + "'", Duration.ofSeconds(20), () -> !dialogs(title).isEmpty());
        return onEdt(() -> all(dialogs(title).get(0)).stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in dialog " + title)));
    }

    /** The showing dialogs titled {@code title}. */
    public static List<JDialog> dialogs(String title) {
        return onEdt(() -> Arrays.stream(Window.getWindows()).filter(w -> w instanceof JDialog && w.isShowing())
                .map(JDialog.class::cast).filter(d -> title.equals(d.getTitle())).toList());
    }

    /** Waits for a dialog titled {@code title} and clicks its button labelled {@code button}. */
    public static void answerDialog(String title, String button) {
        await("a dialog titled '" + title + "'", Duration.ofSeconds(20), () -> !dialogs(title).isEmpty());
        run(() -> {
            JDialog dialog = dialogs(title).get(0);
            AbstractButton choice = all(dialog).stream().filter(c -> c instanceof AbstractButton)
                    .map(AbstractButton.class::cast).filter(b -> button.equals(b.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no button '" + button + "' in dialog " + title));
            choice.doClick();
        });
    }

    private static List<Component> all(Container root) {
        List<Component> found = new ArrayList<>();
        for (Component c : root.getComponents()) {
            found.add(c);
            if (c instanceof Container container) {
                found.addAll(all(container));
            }
        }
        return found;
    }
}
