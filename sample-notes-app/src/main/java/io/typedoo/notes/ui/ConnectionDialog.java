package io.typedoo.notes.ui;

import io.typedoo.notes.config.ConnectionSettings;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.jspecify.annotations.Nullable;

/**
 * Asks for the server, database, login and password (or API key) of an Odoo connection. The focus starts in the
 * first empty field; Enter presses OK, which never sends an empty field but puts the focus there instead. A check box
 * says that the secret is an API key, and a hint says where Odoo makes one.
 */
public final class ConnectionDialog {

    /**
     * What the user entered.
     *
     * @param settings server, database, login and whether the secret is an API key
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

    /** The dialog's title. */
    static final String TITLE = "Connect to Odoo";
    /** What the dialog says when OK is pressed with a field left empty. */
    static final String ALL_NEEDED = "Server, database, login and password are all needed.";
    /** Where a user makes an API key, shown under the check box. */
    static final String API_KEY_HINT = "Make a key in Odoo under Preferences > Account Security > New API Key."
            + " On Odoo 19 and later a key connects over JSON-2, the API Odoo keeps.";

    private static @Nullable Answer show(ConnectionSettings initial, @Nullable String problem) {
        JTextField server = new JTextField(initial.server(), 24);
        server.putClientProperty("JTextField.placeholderText", "https://mycompany.odoo.com");
        JTextField database = new JTextField(initial.database(), 24);
        JTextField login = new JTextField(initial.login(), 24);
        JPasswordField password = new JPasswordField(24);
        password.putClientProperty("JTextField.placeholderText", "password or API key");
        server.setName("connect.server");
        database.setName("connect.database");
        login.setName("connect.login");
        password.setName("connect.password");

        JPanel panel = new JPanel(new GridBagLayout());
        panel.setBorder(BorderFactory.createEmptyBorder(10, 12, 4, 12));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        JLabel message = new JLabel(problem == null ? " " : html(problem));
        message.setName("connect.message");
        message.setForeground(new Color(0xb00020));
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = 2;
        panel.add(message, c);
        c.gridwidth = 1;
        int row = 1;
        String[] labels = {"Server", "Database", "Login", "Password"};
        JTextField[] fields = {server, database, login, password};
        JLabel[] labelViews = new JLabel[labels.length];
        for (int i = 0; i < labels.length; i++) {
            c.gridx = 0;
            c.gridy = row;
            c.fill = GridBagConstraints.NONE;
            JLabel label = new JLabel(labels[i]);
            label.setLabelFor(fields[i]);
            panel.add(label, c);
            labelViews[i] = label;
            c.gridx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            panel.add(fields[i], c);
            row++;
        }
        JCheckBox apiKey = new JCheckBox("This is an API key", initial.apiKey());
        apiKey.setName("connect.apiKey");
        JLabel passwordLabel = labelViews[labelViews.length - 1];
        passwordLabel.setText(initial.apiKey() ? "API key" : "Password");
        apiKey.addItemListener(e -> passwordLabel.setText(apiKey.isSelected() ? "API key" : "Password"));
        c.gridx = 1;
        c.gridy = row++;
        panel.add(apiKey, c);
        JLabel hint = new JLabel(html(API_KEY_HINT));
        hint.setName("connect.apiKeyHint");
        hint.setForeground(new Color(0x555555));
        c.gridy = row;
        panel.add(hint, c);

        JDialog dialog = new JDialog((java.awt.Frame) null, TITLE, true);
        Answer[] answer = new Answer[1];
        JButton ok = new JButton("OK");
        JButton cancel = new JButton("Cancel");
        ok.addActionListener(e -> {
            // Enter anywhere presses OK: an empty field (the password most often) is never sent, it gets the focus.
            for (JTextField field : fields) {
                boolean empty = field instanceof JPasswordField secret ? secret.getPassword().length == 0
                        : field.getText().isBlank();
                if (empty) {
                    message.setText(html(ALL_NEEDED));
                    field.requestFocusInWindow();
                    return;
                }
            }
            answer[0] = new Answer(new ConnectionSettings(server.getText().strip(), database.getText().strip(),
                    login.getText().strip(), apiKey.isSelected()), password.getPassword());
            dialog.dispose();
        });
        cancel.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(ok);
        buttons.add(cancel);
        JPanel content = new JPanel(new BorderLayout());
        content.add(panel, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JTextField first = firstEmpty(fields);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                first.requestFocusInWindow();
            }
        });
        dialog.pack();
        dialog.setLocationRelativeTo(null);
        dialog.setVisible(true); // modal: returns when closed
        return answer[0];
    }

    /** The field to start in: the first one still empty (the password, when the rest is remembered). */
    private static JTextField firstEmpty(JTextField[] fields) {
        for (JTextField field : fields) {
            if (field instanceof JPasswordField secret ? secret.getPassword().length == 0 : field.getText().isBlank()) {
                return field;
            }
        }
        return fields[fields.length - 1];
    }

    private static String html(String text) {
        return "<html><div style='width:300px'>" + escape(text) + "</div></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }
}
