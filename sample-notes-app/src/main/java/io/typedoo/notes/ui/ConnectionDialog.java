package io.typedoo.notes.ui;

import io.typedoo.notes.config.ConnectionSettings;
import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.jspecify.annotations.Nullable;

/** Asks for the server, database, login and password of an Odoo connection. */
public final class ConnectionDialog {

    /**
     * What the user entered.
     *
     * @param settings server, database and login
     * @param password the password or API key; the caller clears it after use
     */
    public record Answer(ConnectionSettings settings, char[] password) {
    }

    private ConnectionDialog() {
    }

    /**
     * Shows the dialog, filled in with {@code initial}, and waits for the user. Call it from any thread but the event
     * thread; it shows the dialog on the event thread.
     *
     * @param problem a message shown above the fields, such as why the last attempt failed, or null
     * @return the answer, or empty when the user cancelled
     */
    public static Optional<Answer> ask(ConnectionSettings initial, @Nullable String problem) {
        Answer[] answer = new Answer[1];
        try {
            SwingUtilities.invokeAndWait(() -> answer[0] = show(initial, problem));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The connection dialog failed", e.getCause());
        }
        return Optional.ofNullable(answer[0]);
    }

    private static @Nullable Answer show(ConnectionSettings initial, @Nullable String problem) {
        JTextField server = new JTextField(initial.server(), 24);
        server.putClientProperty("JTextField.placeholderText", "https://mycompany.odoo.com");
        JTextField database = new JTextField(initial.database(), 24);
        JTextField login = new JTextField(initial.login(), 24);
        JPasswordField password = new JPasswordField(24);
        password.putClientProperty("JTextField.placeholderText", "password or API key");

        JPanel panel = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        int row = 0;
        if (problem != null) {
            c.gridx = 0;
            c.gridy = row++;
            c.gridwidth = 2;
            JLabel message = new JLabel("<html><div style='width:300px'>" + escape(problem) + "</div></html>");
            message.setForeground(new Color(0xb00020));
            panel.add(message, c);
            c.gridwidth = 1;
        }
        String[] labels = {"Server", "Database", "Login", "Password"};
        JTextField[] fields = {server, database, login, password};
        for (int i = 0; i < labels.length; i++) {
            c.gridx = 0;
            c.gridy = row;
            c.fill = GridBagConstraints.NONE;
            panel.add(new JLabel(labels[i]), c);
            c.gridx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            panel.add(fields[i], c);
            row++;
        }
        JTextField first = initial.server().isBlank() ? server : initial.login().isBlank() ? login : password;
        SwingUtilities.invokeLater(first::requestFocusInWindow);
        int result = JOptionPane.showConfirmDialog(null, panel, "Connect to Odoo", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        if (result != JOptionPane.OK_OPTION) {
            return null;
        }
        return new Answer(new ConnectionSettings(server.getText().strip(), database.getText().strip(),
                login.getText().strip()), password.getPassword());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }
}
