package io.typedoo.testkit;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.testkit.engine.Database;
import io.typedoo.testkit.engine.ModelRegistry;
import io.typedoo.testkit.wire.RpcHttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An Odoo-compatible server on loopback, for tests: XML-RPC on {@code /xmlrpc/2/common} and
 * {@code /xmlrpc/2/object} (and the legacy {@code /xmlrpc/<service>}), JSON-RPC on {@code /jsonrpc}, one database
 * named {@code demo} with Odoo-like demo data and the logins {@code admin}/{@code admin} and {@code demo}/{@code demo}.
 * It answers as Odoo 18 unless {@link Builder#odooVersion(int)} says 16 or 17 (their methods, 18's data), 19
 * (adding JSON-2 on {@code /json/2/<model>/<method>} with the API keys {@link #ADMIN_API_KEY} and
 * {@link #DEMO_API_KEY}) or 20 (a forecast: JSON-2 only).
 *
 * <pre>{@code
 * try (OdooTestServer server = OdooTestServer.start()) {          // a free port, in memory
 *     OdooClient admin = server.client();                         // admin/admin over XML-RPC
 *     OdooClient demo = server.client("demo", "demo", Protocol.JSONRPC);
 *     server.resetRequestCount();
 *     admin.model("res.partner").count(Domain.all());
 *     assertEquals(2, server.requestCount());                     // authenticate + search_count
 * }
 * }</pre>
 *
 * <p>The server is thread-safe and serves many clients at once; each call is atomic. Stop it with
 * {@link #close()}, which also closes the clients it handed out.
 */
public final class OdooTestServer implements AutoCloseable {

    /** The administrator's login and password in the demo data. */
    public static final String ADMIN = "admin";

    /** The administrator's API key in the demo data (global scope, no expiry), for JSON-2's bearer header. */
    public static final String ADMIN_API_KEY = "4daaea4e5ca0d8d0cd97404056ed5a81f9264b86";

    /** The {@code demo} user's API key in the demo data (global scope, no expiry). */
    public static final String DEMO_API_KEY = "2b7c1f4e9a6d3b8c5e0f7a2d4c6b8e1f3a5d7c90";

    private static final SecureRandom KEYS = new SecureRandom();

    private static final int DEFAULT_THREADS = 16;

    private final Database database;
    private final RpcHttpServer http;
    private final String host;
    private final List<OdooClient> clients = new ArrayList<>();
    private boolean stopped;

    private OdooTestServer(Database database, RpcHttpServer http, String host) {
        this.database = database;
        this.http = http;
        this.host = host;
    }

    /** Starts a server with the demo data in memory on a free loopback port. */
    public static OdooTestServer start() {
        return builder().start();
    }

    /** Starts configuring a server: port, data directory, models. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base URL, such as {@code http://127.0.0.1:43817}. */
    public String url() {
        return "http://" + host + ":" + port();
    }

    /** The port listened on. */
    public int port() {
        return http.port();
    }

    /** The engine behind the server, for seeding data or declaring models from a test. */
    public Database database() {
        return database;
    }

    /** The major Odoo version the server answers as: 16 to 19 (18 the default), or 20 and later (a forecast). */
    public int odooVersion() {
        return database.odooVersion();
    }

    /**
     * Creates a new API key for {@code login} (global scope, no expiry), as a user does in Odoo's preferences,
     * and returns it: 40 hexadecimal characters, accepted as JSON-2's bearer key and as a password on the legacy
     * endpoints. Keys live in memory only.
     *
     * @throws IllegalArgumentException when no active user has that login
     */
    public String createApiKey(String login) {
        return createApiKey(login, null, null);
    }

    /**
     * Creates a new API key for {@code login} with a scope ({@code null} for a global key; Odoo's external API
     * accepts only global and {@code "rpc"} keys) and an expiry ({@code null} for none), and returns it.
     *
     * @throws IllegalArgumentException when no active user has that login
     */
    public String createApiKey(String login, @Nullable String scope, @Nullable Instant expiresAt) {
        byte[] random = new byte[20];
        KEYS.nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        database.addApiKey(login, key, scope, expiresAt);
        return key;
    }

    /** The name of the database served: {@code demo}. */
    public String databaseName() {
        return database.name();
    }

    /** A client logged in as {@code admin}/{@code admin} over XML-RPC. */
    public OdooClient client() {
        return client(Protocol.XMLRPC);
    }

    /** A client logged in as {@code admin}/{@code admin} over {@code protocol} (with admin's API key on JSON-2). */
    public OdooClient client(Protocol protocol) {
        return client(ADMIN, ADMIN, protocol);
    }

    /**
     * A client for {@code login} with {@code password} (or an API key) over {@code protocol}. It logs in on its
     * first call; the server closes it when it stops. JSON-2 takes API keys only: there the client uses the user's
     * key ({@link #ADMIN_API_KEY}, {@link #DEMO_API_KEY}, or a new one for another user) unless {@code password} is
     * one of the server's keys.
     *
     * @throws IllegalStateException when the server is stopped
     */
    public OdooClient client(String login, String password, Protocol protocol) {
        OdooClient.Builder builder = OdooClient.builder().url(url()).database(database.name()).login(login)
                .protocol(protocol);
        if (protocol == Protocol.JSON2) {
            builder.apiKey(password.length() >= 40 ? password : login.equals(ADMIN) ? ADMIN_API_KEY
                    : login.equals("demo") ? DEMO_API_KEY : createApiKey(login));
        } else {
            builder.password(password);
        }
        OdooClient client = builder.build();
        synchronized (clients) {
            if (stopped) {
                client.close();
                throw new IllegalStateException("The server at " + url() + " is stopped");
            }
            clients.add(client);
        }
        return client;
    }

    /**
     * How many RPC requests (HTTP POSTs to an RPC endpoint) the server answered since it started or since
     * {@link #resetRequestCount()}: counted on the server, so round-trip tests measure the wire.
     */
    public long requestCount() {
        return http.requestCount();
    }

    /** Sets {@link #requestCount()} back to zero. */
    public void resetRequestCount() {
        http.resetRequestCount();
    }

    /** Stops the server, closes the clients it handed out and the database. Calling it again does nothing. */
    public void stop() {
        List<OdooClient> handedOut;
        synchronized (clients) {
            if (stopped) {
                return;
            }
            stopped = true;
            handedOut = List.copyOf(clients);
            clients.clear();
        }
        handedOut.forEach(OdooClient::close);
        http.stop();
        database.close();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "OdooTestServer[" + url() + ", database " + database.name() + "]";
    }

    /** Configures and starts an {@link OdooTestServer}. */
    public static final class Builder {
        private int port;
        private @Nullable Path dataDir;
        private @Nullable InetAddress bindAddress;
        private int threads = DEFAULT_THREADS;
        private int odooVersion = Database.DEFAULT_ODOO_VERSION;
        private final List<Consumer<ModelRegistry>> configurations = new ArrayList<>();
        private final Map<String, List<String>> apiKeys = new LinkedHashMap<>();

        private Builder() {
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Keeps the data in {@code dir} so that it survives restarts; without it the data lives in memory and
         * every start begins with the demo data.
         */
        public Builder dataDir(Path dir) {
            this.dataDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * The address to listen on; loopback ({@code 127.0.0.1}) by default. Any other address exposes a server
         * with well-known passwords to the network: only for containers and the like.
         */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /** How many requests are served at once; 16 by default. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The Odoo version to answer as: 18 (the default); 17 lacks {@code has_access} and copies one record at
         * a time; 16 also lacks {@code web_read}, takes a flat {@code fields} list in {@code web_search_read}
         * (refusing a {@code specification} with a {@code TypeError}), calls the domain of {@code search}
         * {@code args} and has {@code name_get} and {@code fields_get_keys}; both have 18's demo data (see
         * {@code docs/readme/testkit.md}). 19 adds JSON-2 ({@code /json/2/<model>/<method>}),
         * {@code /json/version} and {@code /doc-bearer}, and answers {@code version()} and JSON-RPC errors as 19
         * does; 20 (or later) is a forecast of Odoo 20: as 19, with {@code /xmlrpc*} and {@code /jsonrpc}
         * removed (404).
         *
         * @throws IllegalArgumentException for a version before 16
         */
        public Builder odooVersion(int version) {
            this.odooVersion = Database.checkVersion(version);
            return this;
        }

        /**
         * Gives {@code login} the API key {@code key} (global scope, no expiry) when the server starts, so that a
         * tool started alongside can use a key it knows. Repeatable; a user may have several keys.
         */
        public Builder apiKey(String login, String key) {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(key, "key");
            if (key.isBlank()) {
                throw new IllegalArgumentException("An API key must not be blank");
            }
            apiKeys.computeIfAbsent(login, l -> new ArrayList<>()).add(key);
            return this;
        }

        /** Declares models or seeds data before the server accepts its first request. Runs in the given order. */
        public Builder configure(Consumer<ModelRegistry> configuration) {
            configurations.add(Objects.requireNonNull(configuration, "configuration"));
            return this;
        }

        /**
         * Opens the database, applies the configurations and starts listening.
         *
         * @throws java.io.UncheckedIOException when the port is in use or the data directory cannot be used
         */
        public OdooTestServer start() {
            Database database = dataDir == null ? Database.demo(odooVersion) : Database.open(dataDir, odooVersion);
            try {
                apiKeys.forEach((login, keys) -> keys.forEach(key -> database.addApiKey(login, key, null, null)));
                for (Consumer<ModelRegistry> configuration : configurations) {
                    configuration.accept(database.models());
                }
                InetAddress address = bindAddress == null ? InetAddress.getLoopbackAddress() : bindAddress;
                RpcHttpServer http = RpcHttpServer.start(database, new InetSocketAddress(address, port), threads);
                String host = address.isAnyLocalAddress() ? "127.0.0.1" : hostForUrl(address);
                return new OdooTestServer(database, http, host);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }

        private static String hostForUrl(InetAddress address) {
            String literal = address.getHostAddress();
            int scope = literal.indexOf('%');
            return literal.indexOf(':') < 0 ? literal : "[" + (scope < 0 ? literal : literal.substring(0, scope)) + "]";
        }
    }
}
