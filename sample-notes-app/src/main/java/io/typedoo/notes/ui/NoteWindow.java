package io.typedoo.notes.ui;

import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteContent;
import io.typedoo.notes.sync.Draft;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.DefaultEditorKit;
import javax.swing.text.Document;
import javax.swing.undo.CompoundEdit;
import javax.swing.undo.UndoManager;
import javax.swing.undo.UndoableEdit;
import org.jspecify.annotations.Nullable;

/**
 * One note on the desktop: a small yellow window titled {@code #<id>} with a word-wrapped text, a priority star,
 * a deadline and a status line. The title carries a {@code •} while the note holds something the server does not
 * have (unsaved edits, or a save still waiting in the drafts file).
 *
 * <p>The window keeps the version of the task it is based on (its {@code write_date} and content), so a save can
 * tell whether the task changed elsewhere in the meantime. Event thread only.
 */
public final class NoteWindow {

    /** The seed's yellow. */
    public static final Color NOTE_YELLOW = new Color(0xf9f3a9);
    /** The marker shown in the title while the note is not saved. */
    public static final String UNSAVED_MARKER = " \u2022";

    static final String TEXT_NAME = "note.text";
    static final String STATUS_NAME = "note.status";
    static final String DEADLINE_NAME = "note.deadline";
    static final String PRIORITY_NAME = "note.priority";

    private static final long TYPING_PAUSE_NANOS = 1_000_000_000L;
    /** The hint an empty note shows. */
    public static final String PLACEHOLDER = "Type a note; " + Shortcut.SAVE.keyText() + " saves it to Odoo; "
            + Shortcut.SHORTCUTS.keyText() + " for help";
    /** The colours of the status line: at least 7:1 against its background, for small text (WCAG AAA). */
    static final Color STATUS_BACKGROUND = new Color(0xefe796);
    static final Color ERROR_TEXT = new Color(0x8a0016);
    static final Color STATUS_TEXT = new Color(0x3d3a1f);
    /** The default size: a sticky note that still shows two lines of status in full. */
    static final Dimension DEFAULT_SIZE = new Dimension(300, 280);

    private final String key;
    private final NotesDesktop desktop;
    private final JFrame frame = new JFrame();
    private final JTextArea text = new HintTextArea(PLACEHOLDER);
    private final JTextField deadline = new JTextField(8);
    private final JToggleButton priority = new JToggleButton("\u2606");
    /** Wraps, so that a long message is read in full rather than cut off. */
    private final JTextArea status = new JTextArea(" ");
    private final JProgressBar busy = new JProgressBar();
    private final UndoManager undo = new UndoManager();
    private final Map<Shortcut, Action> actions = new EnumMap<>(Shortcut.class);
    private @Nullable CompoundEdit typing;
    private long lastEditNanos;
    private DocumentEvent.@Nullable EventType lastEditType;

    private @Nullable Long taskId;
    private @Nullable LocalDateTime baseWriteDate;
    private @Nullable NoteContent baseContent;
    /** A draft of this note waits in the drafts file. */
    private boolean pending;
    private int busyCalls;
    private boolean closed;

    NoteWindow(String key, NotesDesktop desktop) {
        this.key = key;
        this.desktop = desktop;
        buildActions();
        layOut();
    }

    /** The key of this window's drafts. */
    public String key() {
        return key;
    }

    /** The task this note is, or null while it is not on the server. */
    public @Nullable Long taskId() {
        return taskId;
    }

    /** The frame, for tests and dialogs. */
    public JFrame frame() {
        return frame;
    }

    /** What the user sees in the window now; a deadline that is not a date counts as none. */
    public NoteContent content() {
        return new NoteContent(text.getText(), parseDeadline().orElse(null), priority.isSelected(), false);
    }

    /** True when the note holds something the server does not have. */
    public boolean isUnsaved() {
        return pending || isEdited();
    }

    /** The text of the status line. */
    public String statusText() {
        return status.getText().trim();
    }

    /** Shows the note as the server has it, discarding what the window showed. */
    void showServerVersion(Note note) {
        taskId = note.id();
        baseWriteDate = note.writeDate();
        baseContent = note.content();
        pending = false;
        showContent(note.content());
        refreshTitle();
    }

    /** Shows a draft kept from an earlier save that the server does not have yet. */
    void showDraft(Draft draft) {
        taskId = draft.taskId();
        baseWriteDate = draft.baseWriteDate();
        baseContent = draft.base();
        pending = true;
        showContent(draft.content());
        status("Kept locally, not yet on the server.", false);
        refreshTitle();
    }

    /** Shows new, unsaved content, such as the text of a note copied from another one. */
    void showUnsavedContent(NoteContent content) {
        showContent(content);
        refreshTitle();
    }

    /** The server now has {@code note}; {@code stillPending} when a newer draft of this window waits. */
    void saved(Note note, boolean stillPending) {
        taskId = note.id();
        baseWriteDate = note.writeDate();
        baseContent = note.content();
        pending = stillPending;
        status("Note " + note.id() + " Saved.", false);
        refreshTitle();
    }

    /** After a conflict the user kept their version: it is now based on {@code theirs}, or is a new note. */
    void rebase(Optional<Note> theirs) {
        if (theirs.isPresent()) {
            baseWriteDate = theirs.get().writeDate();
            baseContent = theirs.get().content();
        } else {
            taskId = null;
            baseWriteDate = null;
            baseContent = null;
        }
        pending = true;
        refreshTitle();
    }

    /** A save waits in the drafts file. */
    void pending() {
        pending = true;
        refreshTitle();
    }

    /** Builds the draft the save command sends, or empty with a status message when the input is not valid. */
    Optional<Draft> draft(boolean done) {
        Optional<LocalDate> date = parseDeadline();
        if (!deadline.getText().isBlank() && date.isEmpty()) {
            status("The deadline must be a date such as " + LocalDate.now().plusDays(7) + ".", true);
            deadline.requestFocusInWindow();
            return Optional.empty();
        }
        if (text.getText().isBlank()) {
            // Odoo requires a task name; an empty note is deleted, not saved.
            status("An empty note cannot be saved; delete it with " + Shortcut.DELETE.keyText() + ".", true);
            return Optional.empty();
        }
        NoteContent content = new NoteContent(text.getText(), date.orElse(null), priority.isSelected(), done);
        return Optional.of(new Draft(key, taskId, content, baseWriteDate, baseContent, Instant.now()));
    }

    /** Shows a message in the status line; errors in red. */
    void status(String message, boolean error) {
        status.setText(message);
        status.setToolTipText(message);
        status.setCaretPosition(0);
        status.setForeground(error ? ERROR_TEXT : STATUS_TEXT);
    }

    /** Shows or hides the busy indicator; calls nest. */
    void busy(boolean on) {
        busyCalls = Math.max(0, busyCalls + (on ? 1 : -1));
        busy.setVisible(busyCalls > 0);
        busy.setIndeterminate(busyCalls > 0);
    }

    /** Shows the window at this place. */
    void show(int x, int y) {
        frame.setLocation(x, y);
        frame.setVisible(true);
        text.requestFocusInWindow();
    }

    /** Closes the window without asking. */
    void close() {
        if (!closed) {
            closed = true;
            frame.dispose();
            desktop.closed(this);
        }
    }

    /** True once the window was closed. */
    boolean isClosed() {
        return closed;
    }

    /**
     * True when the window shows something that is neither on the server nor in the drafts file.
     *
     * @param kept the content of this window's draft in the drafts file, if any
     */
    boolean hasEditsNotKept(Optional<NoteContent> kept) {
        return kept.isPresent() ? differs(withoutDone(kept.get())) : isEdited();
    }

    private boolean isEdited() {
        NoteContent base = baseContent;
        return differs(base == null ? NoteContent.EMPTY : withoutDone(base));
    }

    private boolean differs(NoteContent reference) {
        if (!deadline.getText().isBlank() && parseDeadline().isEmpty()) {
            return true;
        }
        return !content().equals(reference);
    }

    private static NoteContent withoutDone(NoteContent content) {
        return new NoteContent(content.text(), content.deadline(), content.highPriority(), false);
    }

    private Optional<LocalDate> parseDeadline() {
        String value = deadline.getText().strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void showContent(NoteContent content) {
        text.setText(content.text());
        text.setCaretPosition(text.getDocument().getLength());
        LocalDate date = content.deadline();
        deadline.setText(date == null ? "" : date.toString());
        priority.setSelected(content.highPriority());
        endTyping();
        undo.discardAllEdits();
    }

    void refreshTitle() {
        String name = taskId == null ? "New note" : "#" + taskId;
        frame.setTitle(isUnsaved() ? name + UNSAVED_MARKER : name);
        priority.setText(priority.isSelected() ? "\u2605" : "\u2606");
        boolean badDate = !deadline.getText().isBlank() && parseDeadline().isEmpty();
        deadline.putClientProperty("JComponent.outline", badDate ? "error" : null);
    }

    /**
     * Puts a run of typing (or of deleting) into one undo step, as editors do: a new step starts after a pause or
     * when typing turns into deleting.
     */
    private void groupTyping(UndoableEdit edit) {
        long now = System.nanoTime();
        DocumentEvent.EventType type = edit instanceof DocumentEvent event ? event.getType() : null;
        CompoundEdit current = typing;
        if (current == null || now - lastEditNanos > TYPING_PAUSE_NANOS || type != lastEditType) {
            endTyping();
            current = new CompoundEdit();
            typing = current;
            undo.addEdit(current);
        }
        current.addEdit(edit);
        lastEditNanos = now;
        lastEditType = type;
    }

    private void endTyping() {
        CompoundEdit current = typing;
        if (current != null) {
            current.end();
            typing = null;
        }
    }

    private void buildActions() {
        action(Shortcut.NEW, () -> desktop.newNote(this));
        action(Shortcut.SAVE, () -> desktop.save(this));
        action(Shortcut.MARK_DONE, () -> desktop.markDone(this));
        action(Shortcut.DELETE, () -> desktop.delete(this));
        action(Shortcut.RELOAD, () -> desktop.reload(this));
        action(Shortcut.TOGGLE_PRIORITY, () -> {
            priority.setSelected(!priority.isSelected());
            refreshTitle();
        });
        action(Shortcut.CLOSE, () -> desktop.requestClose(this));
        action(Shortcut.UNDO, () -> {
            endTyping();
            if (undo.canUndo()) {
                undo.undo();
            }
            refreshTitle();
        });
        action(Shortcut.REDO, () -> {
            endTyping();
            if (undo.canRedo()) {
                undo.redo();
            }
            refreshTitle();
        });
        action(Shortcut.SHORTCUTS, () -> desktop.showShortcuts(this));
    }

    private void action(Shortcut shortcut, Runnable command) {
        Action action = new AbstractAction(shortcut.label()) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                command.run();
            }
        };
        action.putValue(Action.ACCELERATOR_KEY, shortcut.key());
        actions.put(shortcut, action);
    }

    private void layOut() {
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                desktop.requestClose(NoteWindow.this);
            }
        });
        frame.setJMenuBar(menuBar());

        text.setName(TEXT_NAME);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setBackground(NOTE_YELLOW);
        text.setForeground(new Color(0x2b2a1f));
        text.setFont(text.getFont().deriveFont(Font.PLAIN, 14f));
        text.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        text.getDocument().addUndoableEditListener(e -> groupTyping(e.getEdit()));
        // Tab moves on to the deadline, as in a form; a tab character is not what a note's title wants.
        text.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS,
                Set.of(KeyStroke.getKeyStroke("TAB"), KeyStroke.getKeyStroke("ctrl TAB")));
        text.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS,
                Set.of(KeyStroke.getKeyStroke("shift TAB"), KeyStroke.getKeyStroke("ctrl shift TAB")));
        onEveryChange(text.getDocument(), this::refreshTitle);
        JScrollPane scroll = new JScrollPane(text);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getViewport().setBackground(NOTE_YELLOW);

        priority.setName(PRIORITY_NAME);
        priority.setToolTipText("High priority (" + Shortcut.TOGGLE_PRIORITY.keyText() + ")");
        priority.setFocusable(false);
        priority.putClientProperty("JButton.buttonType", "toolBarButton");
        priority.setForeground(new Color(0x9a6b00));
        priority.addActionListener(e -> refreshTitle());

        deadline.setName(DEADLINE_NAME);
        deadline.setToolTipText("Deadline, such as " + LocalDate.now().plusDays(7));
        deadline.putClientProperty("JTextField.placeholderText", "deadline");
        deadline.putClientProperty("JTextField.showClearButton", true);
        onEveryChange(deadline.getDocument(), this::refreshTitle);

        status.setName(STATUS_NAME);
        status.setEditable(false);
        status.setFocusable(false);
        status.setLineWrap(true);
        status.setWrapStyleWord(true);
        status.setOpaque(false);
        status.setBorder(BorderFactory.createEmptyBorder());
        status.setFont(UIManager.getFont("Label.font").deriveFont(12f));
        status.setForeground(STATUS_TEXT);
        busy.setPreferredSize(new Dimension(36, 6));
        busy.setVisible(false);

        JPanel fields = new JPanel(new BorderLayout(4, 0));
        fields.setOpaque(false);
        fields.add(priority, BorderLayout.WEST);
        fields.add(deadline, BorderLayout.CENTER);

        JPanel statusLine = new JPanel(new BorderLayout(6, 0));
        statusLine.setOpaque(false);
        statusLine.add(status, BorderLayout.CENTER);
        statusLine.add(busy, BorderLayout.EAST);

        JPanel south = new JPanel(new BorderLayout(0, 2));
        south.setBackground(STATUS_BACKGROUND);
        south.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 8));
        south.add(fields, BorderLayout.NORTH);
        south.add(statusLine, BorderLayout.SOUTH);

        JPanel content = new JPanel(new BorderLayout());
        content.setBackground(NOTE_YELLOW);
        content.add(scroll, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.setSize(DEFAULT_SIZE);
        frame.setMinimumSize(new Dimension(220, 180));
        refreshTitle();
    }

    private JMenuBar menuBar() {
        JMenuBar bar = new JMenuBar();
        JMenu note = new JMenu("Note");
        for (Shortcut s : new Shortcut[] {Shortcut.NEW, Shortcut.SAVE, Shortcut.MARK_DONE, Shortcut.TOGGLE_PRIORITY,
            Shortcut.DELETE, Shortcut.RELOAD, Shortcut.CLOSE}) {
            if (s == Shortcut.DELETE || s == Shortcut.CLOSE) {
                note.addSeparator();
            }
            note.add(new JMenuItem(actions.get(s)));
        }
        JMenu edit = new JMenu("Edit");
        edit.add(new JMenuItem(actions.get(Shortcut.UNDO)));
        edit.add(new JMenuItem(actions.get(Shortcut.REDO)));
        edit.addSeparator();
        edit.add(editorItem(new DefaultEditorKit.CutAction(), "Cut", "ctrl X"));
        edit.add(editorItem(new DefaultEditorKit.CopyAction(), "Copy", "ctrl C"));
        edit.add(editorItem(new DefaultEditorKit.PasteAction(), "Paste", "ctrl V"));
        JMenu help = new JMenu("Help");
        help.add(new JMenuItem(actions.get(Shortcut.SHORTCUTS)));
        bar.add(note);
        bar.add(edit);
        bar.add(help);
        return bar;
    }

    private static JMenuItem editorItem(Action action, String label, String key) {
        JMenuItem item = new JMenuItem(action);
        item.setText(label);
        item.setAccelerator(KeyStroke.getKeyStroke(key));
        return item;
    }

    @Override
    public String toString() {
        return "NoteWindow[" + frame.getTitle() + ", key " + key + "]";
    }

    /** Runs {@code action} after every insertion, removal or attribute change in {@code document}. */
    private static void onEveryChange(Document document, Runnable action) {
        document.addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                action.run();
            }
        });
    }
}
