package io.typedoo.notes;

import io.typedoo.client.OdooClient;
import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteContent;
import io.typedoo.notes.note.NoteStore;
import io.typedoo.notes.odoo.OdooNoteStore;
import io.typedoo.testkit.OdooTestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A testkit server for the app's tests, on a fixed port with its data on disk, so that it can be stopped and
 * started again as a real server goes away and comes back. Changes "made elsewhere" go through a client of their
 * own, over HTTP as the app's.
 */
public final class NotesServer implements AutoCloseable {

    private final Path dataDir;
    private final List<OdooClient> clients = new ArrayList<>();
    private OdooTestServer server;
    private final int port;
    private final int odooVersion;
    private final NoteStore elsewhere;

    private NotesServer(Path dataDir, int odooVersion) {
        this.dataDir = dataDir;
        this.odooVersion = odooVersion;
        this.server = OdooTestServer.builder().odooVersion(odooVersion).dataDir(dataDir).start();
        this.port = server.port();
        this.elsewhere = store();
        // The demo data's open tasks of admin would be notes too; each test starts from none.
        for (Note note : elsewhere.openNotes()) {
            elsewhere.delete(note.id());
        }
    }

    /** Starts a server answering as Odoo 18, keeping its data in {@code dataDir}. */
    public static NotesServer start(Path dataDir) {
        return new NotesServer(dataDir, 18);
    }

    /**
     * Starts a server answering as {@code odooVersion}, keeping its data in {@code dataDir}. From 20 on it has no
     * XML-RPC or JSON-RPC: the changes made elsewhere then go over JSON-2 with admin's API key.
     */
    public static NotesServer start(Path dataDir, int odooVersion) {
        return new NotesServer(dataDir, odooVersion);
    }

    /** The server's URL. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A new store for an app: its own client as admin, with short timeouts. */
    public NoteStore store() {
        if (odooVersion >= 20) {
            return store(OdooClient.builder().url(url()).database("demo").apiKey(OdooTestServer.ADMIN_API_KEY),
                    "admin@demo on " + url());
        }
        return store("admin", "admin");
    }

    /** A new store for an app logged in as {@code login}. */
    public NoteStore store(String login, String password) {
        return store(OdooClient.builder().url(url()).database("demo").login(login).password(password),
                login + "@demo on " + url());
    }

    private NoteStore store(OdooClient.Builder builder, String where) {
        OdooClient client = builder.connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(10))
                .build();
        synchronized (clients) {
            clients.add(client);
        }
        return new OdooNoteStore(client, where);
    }

    /** Creates a task elsewhere and returns its id. */
    public long add(NoteContent content) {
        return elsewhere.create(content).id();
    }

    /** Changes a task elsewhere. */
    public Note write(long id, NoteContent content) {
        return elsewhere.write(id, content);
    }

    /** Deletes a task elsewhere. */
    public void elsewhereDelete(long id) {
        elsewhere.delete(id);
    }

    /** The task as the server has it. */
    public Optional<Note> find(long id) {
        return elsewhere.find(id);
    }

    /** The open tasks of admin, by id. */
    public List<Note> openNotes() {
        return elsewhere.openNotes();
    }

    /** The RPC requests served since the server (re)started or the last {@link #resetRequestCount()}. */
    public long requestCount() {
        return server.requestCount();
    }

    /** Counts requests from zero. */
    public void resetRequestCount() {
        server.resetRequestCount();
    }

    /** Stops the server: calls get a refused connection. */
    public void stop() {
        server.close();
    }

    /** Starts the server again on the same port with the same data. */
    public void start() {
        server = OdooTestServer.builder().odooVersion(odooVersion).port(port).dataDir(dataDir).start();
    }

    @Override
    public void close() {
        server.close();
        synchronized (clients) {
            clients.forEach(OdooClient::close);
        }
    }
}
