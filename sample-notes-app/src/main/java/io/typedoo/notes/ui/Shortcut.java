package io.typedoo.notes.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/** Every command of a note window with its key, listed in the menus and in Help, Keyboard shortcuts. */
public enum Shortcut {
    NEW("New note", KeyEvent.VK_N, InputEvent.CTRL_DOWN_MASK),
    SAVE("Save", KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK),
    MARK_DONE("Mark done", KeyEvent.VK_D, InputEvent.CTRL_DOWN_MASK),
    DELETE("Delete\u2026", KeyEvent.VK_D, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK),
    RELOAD("Reload from server", KeyEvent.VK_R, InputEvent.CTRL_DOWN_MASK),
    TOGGLE_PRIORITY("Star (high priority)", KeyEvent.VK_P, InputEvent.CTRL_DOWN_MASK),
    CLOSE("Close", KeyEvent.VK_W, InputEvent.CTRL_DOWN_MASK),
    UNDO("Undo", KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK),
    REDO("Redo", KeyEvent.VK_Y, InputEvent.CTRL_DOWN_MASK),
    SHORTCUTS("Keyboard shortcuts", KeyEvent.VK_F1, 0);

    private final String label;
    private final KeyStroke key;

    Shortcut(String label, int keyCode, int modifiers) {
        this.label = label;
        this.key = KeyStroke.getKeyStroke(keyCode, modifiers);
    }

    /** The menu label. */
    public String label() {
        return label;
    }

    /** The key that runs the command. */
    public KeyStroke key() {
        return key;
    }

    /** The key as people write it, such as {@code Ctrl+Shift+D}. */
    public String keyText() {
        String modifiers = InputEvent.getModifiersExText(key.getModifiers());
        String keyName = KeyEvent.getKeyText(key.getKeyCode());
        return modifiers.isEmpty() ? keyName : modifiers + "+" + keyName;
    }
}
