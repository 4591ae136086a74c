package io.typedoo.notes.ui;

import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteContent;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/** Asks the user what to do when a note was changed or deleted on the server since it was loaded. */
final class ConflictDialog {

    /** The user's choice. */
    enum Choice {
        /** Write the user's version over the server's (or create it again when deleted there). */
        KEEP_MINE,
        /** Drop the user's version and show the server's (or close the note when deleted there). */
        TAKE_THEIRS,
        /** Save the user's version as a new note and show the server's in this window. */
        COPY_AS_NEW,
        /**
         * Decide later (the dialog was closed with Esc or its close button): nothing is written, the note stays
         * unsaved and its draft stays in the drafts file, so the question comes back on the next save or start.
         */
        LATER
    }

    static final String TITLE = "Changed on the server";

    private ConflictDialog() {
    }

    static Choice ask(Component parent, String noteTitle, NoteContent mine, Optional<Note> theirs) {
        JPanel panel = new JPanel(new BorderLayout(0, 8));
        if (theirs.isEmpty()) {
            panel.add(new JLabel("<html>" + capitalise(noteTitle) + " was deleted or archived on the server.<br>"
                    + "Your version:</html>"), BorderLayout.NORTH);
            panel.add(textBox(mine.text()), BorderLayout.CENTER);
            Object[] options = {"Save mine as a new note", "Discard mine", "Decide later"};
            int answer = JOptionPane.showOptionDialog(parent, panel, TITLE, JOptionPane.DEFAULT_OPTION,
                    JOptionPane.WARNING_MESSAGE, null, options, options[0]);
            return switch (answer) {
                case 0 -> Choice.KEEP_MINE;
                case 1 -> Choice.TAKE_THEIRS;
                default -> Choice.LATER; // Esc or the window's close button: nothing is decided
            };
        }
        panel.add(new JLabel("<html>" + capitalise(noteTitle) + " was changed on the server since you loaded it."
                + "</html>"), BorderLayout.NORTH);
        JPanel both = new JPanel(new GridLayout(1, 2, 8, 0));
        both.add(labelled("Yours", mine.text()));
        both.add(labelled("On the server", theirs.get().content().text()));
        panel.add(both, BorderLayout.CENTER);
        Object[] options = {"Keep mine", "Take theirs", "Copy mine as new note", "Decide later"};
        int answer = JOptionPane.showOptionDialog(parent, panel, TITLE, JOptionPane.DEFAULT_OPTION,
                JOptionPane.WARNING_MESSAGE, null, options, options[0]);
        return switch (answer) {
            case 0 -> Choice.KEEP_MINE;
            case 1 -> Choice.TAKE_THEIRS;
            case 2 -> Choice.COPY_AS_NEW;
            default -> Choice.LATER; // Esc or the window's close button: nothing is written
        };
    }

    private static JPanel labelled(String label, String text) {
        JPanel panel = new JPanel(new BorderLayout(0, 4));
        panel.add(new JLabel(label), BorderLayout.NORTH);
        panel.add(textBox(text), BorderLayout.CENTER);
        return panel;
    }

    private static JScrollPane textBox(String text) {
        JTextArea area = new JTextArea(text);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setBackground(NoteWindow.NOTE_YELLOW);
        area.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JScrollPane scroll = new JScrollPane(area);
        scroll.setPreferredSize(new Dimension(220, 120));
        return scroll;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
