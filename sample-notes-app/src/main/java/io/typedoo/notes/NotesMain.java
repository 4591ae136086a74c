package io.typedoo.notes;

import com.formdev.flatlaf.FlatLightLaf;
import io.typedoo.client.OdooClient;
import io.typedoo.error.OdooAuthenticationException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooTransportException;
import io.typedoo.notes.config.ConnectionPrefs;
import io.typedoo.notes.config.ConnectionSettings;
import io.typedoo.notes.config.DataDirectory;
import io.typedoo.notes.config.InstanceLock;
import io.typedoo.notes.odoo.OdooNoteStore;
import io.typedoo.notes.sync.Backoff;
import io.typedoo.notes.sync.DraftStore;
import io.typedoo.notes.ui.ConnectionDialog;
import io.typedoo.notes.ui.NotesDesktop;
import io.typedoo.testkit.OdooTestServer;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar typedoo-notes.jar}: the desktop notes. With no options it serves the notes from an embedded server
 * whose data lives in the user's data folder; with {@code --server}, {@code --db} and {@code --user} (or
 * {@code --connect}, which asks) it works against a real Odoo that has the todo.task model.
 */
@Command(name = "typedoo-notes", mixinStandardHelpOptions = true, version = "typedoo notes 0.1.0",
        description = {"Desktop notes on Odoo to-do tasks: one small yellow window per open task.",
            "With no options the notes live on an embedded server in the user's data folder."},
        footer = {"", "The password comes from the environment variable TYPEDOO_PASSWORD, an API key from "
            + "TYPEDOO_API_KEY, or either from a dialog; server, database and login are remembered, the secret never.",
            "With an API key, Odoo 19 and later are spoken to over JSON-2."})
public final class NotesMain implements Callable<Integer> {

    private static final System.Logger LOG = System.getLogger(NotesMain.class.getName());
    /** The environment variable the password may come from. */
    public static final String PASSWORD_VARIABLE = "TYPEDOO_PASSWORD";
    /** The environment variable an API key may come from; it wins over {@link #PASSWORD_VARIABLE}. */
    public static final String API_KEY_VARIABLE = "TYPEDOO_API_KEY";

    @Option(names = "--server", paramLabel = "URL", description = "Odoo server, such as https://mycompany.odoo.com")
    @Nullable String server;

    @Option(names = "--db", paramLabel = "DB", description = "database name")
    @Nullable String database;

    @Option(names = "--user", paramLabel = "LOGIN", description = "login")
    @Nullable String login;

    @Option(names = "--connect", description = "ask for server, database, login and password in a dialog")
    boolean connect;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "where the drafts, the remembered connection and the embedded server's data live "
                    + "(default: ${DEFAULT-VALUE})")
    Path dataDir = DataDirectory.resolve();

    @Option(names = "--port", paramLabel = "PORT",
            description = "port of the embedded server (default: a free one)")
    int port;

    /** Run on the event thread once the last window closed and everything is shut down. */
    private final Runnable exit;
    /** Where the password or API key may come from: the process's environment, or a test's. */
    private final UnaryOperator<@Nullable String> environment;

    /** The app as {@code java -jar} runs it: the JVM ends with the last window. */
    public NotesMain() {
        this(() -> System.exit(0));
    }

    /** The app with another ending, for tests that run it more than once in one JVM. */
    NotesMain(Runnable exit) {
        this(exit, System::getenv);
    }

    /** The app with another ending and environment, for tests. */
    NotesMain(Runnable exit, UnaryOperator<@Nullable String> environment) {
        this.exit = exit;
        this.environment = environment;
    }

    /** Runs the app; see {@code --help}. */
    public static void main(String[] args) {
        int code = new CommandLine(new NotesMain()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
        // On success the app runs until its last window closes, which exits.
    }

    @Override
    public Integer call() {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("typedoo notes needs a display (DISPLAY is not set, or java.awt.headless=true).");
            return 2;
        }
        FlatLightLaf.setup();
        reportUnexpectedErrors();
        Optional<InstanceLock> lock = InstanceLock.acquire(dataDir);
        if (lock.isEmpty()) {
            showError("typedoo notes is already running with the data in " + dataDir
                    + ".\nUse its windows, or start this one with another --data-dir.");
            return 1;
        }
        try {
            return start(lock.get());
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    private int start(InstanceLock lock) {
        boolean remote = connect || server != null || database != null || login != null;
        @Nullable OdooTestServer embedded = null;
        OdooClient client;
        String where;
        if (remote) {
            Optional<Connected> connected = connectRemote();
            if (connected.isEmpty()) {
                lock.close();
                return 1;
            }
            client = connected.get().client();
            ConnectionSettings settings = connected.get().settings();
            where = "Odoo at " + settings.server() + " (database " + settings.database() + ", login "
                    + settings.login() + ")";
        } else {
            try {
                embedded = OdooTestServer.builder().port(port).dataDir(dataDir.resolve("server")).start();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "The embedded server did not start", e);
                showError("The embedded notes server could not start:\n" + e.getMessage());
                lock.close();
                return 1;
            }
            client = OdooClient.builder().url(embedded.url()).database(embedded.databaseName())
                    .login(OdooTestServer.ADMIN).password(OdooTestServer.ADMIN)
                    .connectTimeout(Duration.ofSeconds(5)).requestTimeout(Duration.ofSeconds(30)).build();
            where = "the embedded server on this computer, data in " + dataDir.resolve("server");
        }
        OdooTestServer serverToStop = embedded;
        DraftStore drafts = DraftStore.open(dataDir.resolve("drafts.json"));
        OdooNoteStore store = new OdooNoteStore(client, where);
        SwingUtilities.invokeLater(() -> new NotesDesktop(store, drafts, Backoff.DEFAULT, () -> {
            client.close();
            if (serverToStop != null) {
                serverToStop.close();
            }
            lock.close();
            exit.run();
        }).start());
        return 0;
    }

    private record Connected(OdooClient client, ConnectionSettings settings) {
    }

    /** Logs in to the server given by the options, the remembered connection and the dialog. Empty: cancelled. */
    private Optional<Connected> connectRemote() {
        ConnectionPrefs prefs = new ConnectionPrefs(dataDir.resolve("connection.properties"));
        ConnectionSettings remembered = prefs.load().orElse(new ConnectionSettings("", "", ""));
        String keyFromEnvironment = environment.apply(API_KEY_VARIABLE);
        String passwordFromEnvironment = environment.apply(PASSWORD_VARIABLE);
        String fromEnvironment = keyFromEnvironment != null ? keyFromEnvironment : passwordFromEnvironment;
        boolean apiKey = keyFromEnvironment != null || fromEnvironment == null && remembered.apiKey();
        ConnectionSettings settings = new ConnectionSettings(orElse(server, remembered.server()),
                orElse(database, remembered.database()), orElse(login, remembered.login()), apiKey);
        char[] password = fromEnvironment == null || connect ? null : fromEnvironment.toCharArray();
        String problem = null;
        while (true) {
            if (password == null || !settings.isComplete()) {
                Optional<ConnectionDialog.Answer> answer = ConnectionDialog.ask(settings, problem);
                if (answer.isEmpty()) {
                    return Optional.empty();
                }
                settings = answer.get().settings();
                password = answer.get().password();
                if (!settings.isComplete()) {
                    problem = "Server, database and login are all needed.";
                    password = null;
                    continue;
                }
            }
            char[] secret = password;
            password = null;
            OdooClient client;
            try {
                String url = settings.server();
                if (!url.startsWith("http://") && !url.startsWith("https://")) {
                    throw new IllegalArgumentException("not an http(s) URL");
                }
                OdooClient.Builder builder = OdooClient.builder().url(url).database(settings.database())
                        .login(settings.login())
                        .connectTimeout(Duration.ofSeconds(10)).requestTimeout(Duration.ofSeconds(30));
                // With a key and no forced protocol the client asks the server's version once: JSON-2 on 19 and
                // later, XML-RPC with the login before that.
                client = (settings.apiKey() ? builder.apiKey(new String(secret))
                        : builder.password(new String(secret))).build();
            } catch (IllegalArgumentException e) {
                problem = "The server address must be a URL such as https://mycompany.odoo.com, not "
                        + settings.server() + ".";
                continue;
            } finally {
                Arrays.fill(secret, '\0');
            }
            try {
                client.authenticate();
                prefs.save(settings);
                return Optional.of(new Connected(client, settings));
            } catch (OdooAuthenticationException e) {
                problem = "The server refused login " + settings.login() + " on database " + settings.database()
                        + (settings.apiKey() ? ": wrong login or API key, or the key has expired."
                                : ": wrong login or password.");
            } catch (OdooTransportException e) {
                if (startWithoutServer(settings, e)) {
                    // The client logs in on its first call; meanwhile the notes kept locally are shown and saved later.
                    prefs.save(settings);
                    return Optional.of(new Connected(client, settings));
                }
                problem = "The server does not answer: " + e.getMessage();
            } catch (OdooException e) {
                problem = "The server answered with an error: " + e.getMessage();
            }
            client.close();
        }
    }

    private static void showError(String message) {
        try {
            SwingUtilities.invokeAndWait(() -> JOptionPane.showMessageDialog(null, message, "typedoo notes",
                    JOptionPane.ERROR_MESSAGE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            LOG.log(System.Logger.Level.ERROR, "The error dialog failed", e.getCause());
        }
    }

    /** Asks whether to start while the server does not answer, showing the notes kept locally. */
    private static boolean startWithoutServer(ConnectionSettings settings, OdooTransportException error) {
        boolean[] start = new boolean[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                Object[] options = {"Start anyway", "Change connection"};
                int answer = JOptionPane.showOptionDialog(null, "<html>" + settings.server()
                        + " does not answer:<br>" + error.detail() + "<br><br>Start anyway with the notes kept on"
                        + " this computer? They are saved when the server answers again.</html>", "typedoo notes",
                        JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[0]);
                start[0] = answer == 0;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The dialog failed", e.getCause());
        }
        return start[0];
    }

    /** An error nobody expected is logged with its trace and shown to the user as a message, never as a trace. */
    private static void reportUnexpectedErrors() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(System.Logger.Level.ERROR, "Unexpected error on thread " + thread.getName(), error);
            if (!GraphicsEnvironment.isHeadless()) {
                SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(null,
                        "Something went wrong: " + error + "\n\nYour notes are safe: unsaved ones are kept in the"
                                + " drafts file. Details are in the log.", "typedoo notes",
                        JOptionPane.ERROR_MESSAGE));
            }
        });
    }

    private static String orElse(@Nullable String value, String fallback) {
        return value == null ? fallback : value;
    }
}
