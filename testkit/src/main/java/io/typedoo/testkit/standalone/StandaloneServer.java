package io.typedoo.testkit.standalone;

import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.engine.Database;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The testkit server from the command line: serves database {@code demo} (logins {@code admin}/{@code admin} and
 * {@code demo}/{@code demo}) until Ctrl+C, which stops it cleanly through a shutdown hook.
 *
 * <pre>
 * java -jar typedoo-testkit.jar                      # http://127.0.0.1:8069, data in memory
 * java -jar typedoo-testkit.jar --port 0 --data db   # a free port, data kept in ./db across restarts
 * java -jar typedoo-testkit.jar --data db --repair   # keep every intact entry of a damaged journal
 * </pre>
 */
@Command(name = "typedoo-testkit", mixinStandardHelpOptions = true, versionProvider = StandaloneServer.Version.class,
        description = "Serves an Odoo-compatible API (Odoo 18 by default: XML-RPC and JSON-RPC; Odoo 19 adds "
                + "JSON-2) with database 'demo' (logins admin/admin and demo/demo), for tests and demos.")
public final class StandaloneServer implements Callable<Integer> {

    @Option(names = {"-p", "--port"}, defaultValue = "8069", paramLabel = "PORT",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = {"-d", "--data"}, paramLabel = "DIR",
            description = "Directory that keeps the data across restarts (default: in memory, demo data).")
    private @Nullable Path dataDir;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). The passwords are well known: "
                    + "listen beyond loopback only in a container or similar.")
    private String bind = "127.0.0.1";

    @Option(names = "--repair",
            description = "Repair the data directory of --data after the server refused to start because its journal"
                    + " is damaged: keeps every intact entry (a copy of the damaged file is kept aside), then exits.")
    private boolean repair;

    @Option(names = "--odoo-version", paramLabel = "VERSION", defaultValue = "18",
            description = "Odoo version to answer as: 16 or 17 (their ORM methods, 18's data), 18 (default), 19 "
                    + "(adds JSON-2 and API keys), or 20, a forecast of Odoo 20 where /xmlrpc and /jsonrpc are "
                    + "removed.")
    private int odooVersion = 18;

    @Option(names = "--api-key", paramLabel = "LOGIN=KEY",
            description = "Gives LOGIN the API key KEY (repeatable), so that a tool started alongside can use a key "
                    + "it knows. The demo keys exist anyway.")
    private List<String> apiKeys = new ArrayList<>();

    private final CountDownLatch stopped = new CountDownLatch(1);
    private @Nullable PrintWriter out;

    /** Runs the server until the process is interrupted; exits with 2 on bad options, 1 when it cannot start. */
    public static void main(String[] args) {
        int status = new CommandLine(new StandaloneServer()).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Starts the server as the options say, prints where it listens, and waits for Ctrl+C. */
    @Override
    public Integer call() throws InterruptedException {
        if (repair) {
            return repair();
        }
        OdooTestServer server;
        try {
            server = start();
        } catch (RuntimeException e) {
            err().println("typedoo-testkit: cannot start: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "typedoo-testkit-shutdown"));
        PrintWriter console = out();
        console.println("typedoo testkit: Odoo " + server.odooVersion() + "-compatible server at " + server.url());
        console.println("  database " + server.databaseName() + ", logins admin/admin and demo/demo"
                + (dataDir == null ? ", data in memory" : ", data in " + dataDir.toAbsolutePath()));
        if (server.odooVersion() < 20) {
            console.println("  XML-RPC " + server.url() + "/xmlrpc/2/object, JSON-RPC " + server.url() + "/jsonrpc");
        }
        if (server.odooVersion() >= 19) {
            console.println("  JSON-2 " + server.url() + "/json/2/<model>/<method>, Authorization: bearer <api key>");
        }
        console.println("  Ctrl+C stops it.");
        console.flush();
        stopped.await();
        return 0;
    }

    private int repair() {
        if (dataDir == null) {
            err().println("typedoo-testkit: --repair needs --data DIR");
            return 2;
        }
        try {
            PrintWriter console = out();
            for (String line : Database.repair(dataDir)) {
                console.println(line);
            }
            console.flush();
            return 0;
        } catch (RuntimeException e) {
            err().println("typedoo-testkit: cannot repair " + dataDir + ": " + e.getMessage());
            return 1;
        }
    }

    /** Starts the server the options describe, without waiting: what {@link #call()} runs, for tests. */
    OdooTestServer start() {
        OdooTestServer.Builder builder = OdooTestServer.builder().port(port).odooVersion(odooVersion);
        for (String apiKey : apiKeys) {
            int equals = apiKey.indexOf('=');
            if (equals <= 0 || equals == apiKey.length() - 1) {
                throw new IllegalArgumentException("--api-key takes LOGIN=KEY (a login, an equals sign, the key)");
            }
            builder.apiKey(apiKey.substring(0, equals), apiKey.substring(equals + 1));
        }
        if (dataDir != null) {
            builder.dataDir(dataDir);
        }
        try {
            builder.bindAddress(InetAddress.getByName(bind));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("Unknown address " + bind, e);
        }
        return builder.start();
    }

    /** Where the banner goes; standard output unless a test says otherwise. */
    void output(PrintWriter writer) {
        this.out = writer;
    }

    private PrintWriter out() {
        PrintWriter writer = out;
        return writer != null ? writer : new PrintWriter(System.out, true);
    }

    private static PrintWriter err() {
        return new PrintWriter(System.err, true);
    }

    /** The version shown by {@code --version}: the testkit's and the Odoo version it answers as. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = StandaloneServer.class.getPackage().getImplementationVersion();
            return new String[] {"typedoo-testkit " + (version == null ? "(development build)" : version)
                    + ", answering as Odoo 18.0 (or 16.0, 17.0, 19.0, 20.0 with --odoo-version)"};
        }
    }
}
