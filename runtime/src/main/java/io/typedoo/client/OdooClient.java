package io.typedoo.client;

import io.typedoo.error.CallSite;
import io.typedoo.error.OdooAuthenticationException;
import io.typedoo.internal.transport.ByteCounter;
import io.typedoo.internal.transport.JsonRpcTransport;
import io.typedoo.internal.transport.Transport;
import io.typedoo.internal.transport.TransportConfig;
import io.typedoo.internal.transport.XmlRpcTransport;
import io.typedoo.untyped.Model;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A connection to one Odoo database as one user, over XML-RPC (the default) or JSON-RPC.
 *
 * <pre>{@code
 * OdooClient odoo = OdooClient.builder()
 *         .url("http://localhost:8069").database("demo")
 *         .login("admin").password(secret)
 *         .build();
 * long open = odoo.model("todo.task").count(Domain.leaf("is_done", "=", false));
 * }</pre>
 *
 * <p>Authentication happens on the first call that needs it, or explicitly with {@link #authenticate()}; the uid is
 * kept. A client is thread-safe and meant to be shared; {@link #withContext} derives clients that share its
 * connection and login. Every failure is an unchecked {@link io.typedoo.error.OdooException} naming the server,
 * database, model and method; the password never appears in a message or {@code toString}.
 */
public final class OdooClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OdooClient.class.getName());

    private final Shared shared;
    private final Context context;

    /** What clients derived with {@link #withContext} share: connection, credentials, uid, listeners. */
    private static final class Shared {
        final URI url;
        final String database;
        final String login;
        final String secret;
        final Protocol protocol;
        final Transport transport;
        final List<CallListener> listeners;
        final RepeatedLoadDetector repeatedLoads;
        final ConcurrentMap<Class<?>, Object> attachments = new ConcurrentHashMap<>();
        volatile @Nullable Long uid;
        volatile @Nullable ServerVersion version;

        Shared(URI url, String database, String login, String secret, Protocol protocol, Transport transport,
                List<CallListener> listeners, RepeatedLoadDetector repeatedLoads) {
            this.url = url;
            this.database = database;
            this.login = login;
            this.secret = secret;
            this.protocol = protocol;
            this.transport = transport;
            this.listeners = listeners;
            this.repeatedLoads = repeatedLoads;
        }
    }

    private OdooClient(Shared shared, Context context) {
        this.shared = shared;
        this.context = context;
    }

    /** Starts building a client. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The server's {@code common.version()}, cached after the first call. Needs no login. The record layer does not
     * ask for it: it tries the Odoo 17+ call and falls back once when the server refuses it.
     */
    public ServerVersion version() {
        ServerVersion v = shared.version;
        if (v == null) {
            Object raw = call("common", null, "version", List.of());
            v = ServerVersions.fromWire(raw, site(null, "version"));
            shared.version = v;
        }
        return v;
    }

    /**
     * Logs in now and returns the uid; later calls reuse it.
     *
     * @throws OdooAuthenticationException when the server refuses the login, password or API key
     */
    public long authenticate() {
        Long uid = shared.uid;
        if (uid != null) {
            return uid;
        }
        synchronized (shared) {
            if (shared.uid == null) {
                Object answer = call("common", null, "authenticate",
                        List.of(shared.database, shared.login, shared.secret, Map.of()));
                if (!(answer instanceof Number n)) {
                    throw new OdooAuthenticationException("Login '" + shared.login
                            + "' was refused: wrong login, password or API key", site(null, "authenticate"),
                            "odoo.exceptions.AccessDenied", null);
                }
                shared.uid = n.longValue();
            }
            return shared.uid;
        }
    }

    /** The uid of the logged-in user, logging in first if needed. */
    public long uid() {
        return authenticate();
    }

    /**
     * Calls any public method of a model: Odoo's {@code execute_kw}. The client context is merged into
     * {@code kwargs.context} (a {@code Map} or a {@link Context}; the call's keys win).
     *
     * @param args positional arguments, such as {@code List.of(ids)} or {@code List.of(domain)}
     * @param kwargs keyword arguments, such as {@code Map.of("fields", List.of("name"))}
     * @return the result in the normalised form of {@link Transport}
     */
    public @Nullable Object execute(String model, String method, List<?> args, Map<String, ?> kwargs) {
        long uid = authenticate();
        Map<String, Object> kw = new LinkedHashMap<>(kwargs);
        Context merged = context;
        Object callContext = kwargs.get("context");
        if (callContext instanceof Context c) {
            merged = merged.withAll(c);
        } else if (callContext instanceof Map<?, ?> map) {
            Map<String, Object> typed = new LinkedHashMap<>();
            map.forEach((k, v) -> typed.put(String.valueOf(k), v));
            merged = merged.withAll(typed);
        }
        if (!merged.isEmpty()) {
            kw.put("context", merged.asMap());
        }
        List<Object> params = new ArrayList<>(7);
        params.add(shared.database);
        params.add(uid);
        params.add(shared.secret);
        params.add(model);
        params.add(method);
        params.add(args);
        params.add(kw);
        shared.repeatedLoads.observe(this, model, method, args);
        return call("object", model, method, params);
    }

    /** {@link #execute(String, String, List, Map)} without keyword arguments. */
    public @Nullable Object execute(String model, String method, List<?> args) {
        return execute(model, method, args, Map.of());
    }

    /**
     * The object of type {@code type} attached to this client's connection, made by {@code create} on first use and
     * shared with every client derived with {@link #withContext}. Layers built on the client keep here what they
     * learn about the server; the record layer, for one, remembers whether the server takes Odoo 17's
     * {@code web_search_read} specification, so that it asks at most once.
     */
    public <T> T attachment(Class<T> type, Supplier<? extends T> create) {
        return type.cast(shared.attachments.computeIfAbsent(type, t -> Objects.requireNonNull(create.get())));
    }

    /** The untyped layer for one model, in the spirit of ERPpeek: {@code odoo.model("res.partner").count()}. */
    public Model model(String modelName) {
        return new Model(this, modelName);
    }

    /** A client that shares this one's connection and login, with {@code more} added to its context. */
    public OdooClient withContext(Context more) {
        return new OdooClient(shared, context.withAll(more));
    }

    /** The context sent with every call of this client. */
    public Context context() {
        return context;
    }

    /** The server's base URL. */
    public URI url() {
        return shared.url;
    }

    /** The database name. */
    public String database() {
        return shared.database;
    }

    /** The login. */
    public String login() {
        return shared.login;
    }

    /** The wire protocol. */
    public Protocol protocol() {
        return shared.protocol;
    }

    /** A call site of this client, for messages: server, database, model and method, never the password. */
    public CallSite site(@Nullable String model, @Nullable String method) {
        return CallSite.of(shared.url.toString(), shared.database, model, method);
    }

    /**
     * Releases the transport of this client and of every client derived from it. The JDK's HTTP client of Java 17
     * has no close of its own: its idle connections are dropped when it is no longer used.
     */
    @Override
    public void close() {
        shared.transport.close();
    }

    @Override
    public String toString() {
        return "OdooClient[" + shared.url + ", database " + shared.database + ", login " + shared.login + ", "
                + shared.protocol + "]";
    }

    private @Nullable Object call(String service, @Nullable String model, String method, List<?> params) {
        CallSite site = site(model, method);
        String wireMethod = service.equals("object") ? "execute_kw" : method;
        ByteCounter bytes = new ByteCounter();
        if (shared.listeners.isEmpty() && !LOG.isLoggable(System.Logger.Level.DEBUG)) {
            return shared.transport.call(site, service, wireMethod, params, bytes);
        }
        long start = System.nanoTime();
        RuntimeException error = null;
        try {
            return shared.transport.call(site, service, wireMethod, params, bytes);
        } catch (RuntimeException e) {
            error = e;
            throw e;
        } finally {
            CallEvent event = new CallEvent(service, model, method, bytes.requestBytes(), bytes.responseBytes(),
                    System.nanoTime() - start, error);
            // Never the arguments: they hold the password.
            LOG.log(System.Logger.Level.DEBUG, () -> event.service() + " " + (model == null ? "" : model + " ")
                    + method + ": " + event.requestBytes() + " bytes out, " + event.responseBytes() + " bytes in, "
                    + event.nanos() / 1_000_000 + " ms" + (event.error() == null ? "" : ", " + event.error()));
            for (CallListener l : shared.listeners) {
                try {
                    l.onCall(event);
                } catch (RuntimeException listenerFailure) {
                    // A broken listener must not change the outcome of the call it observes.
                    LOG.log(System.Logger.Level.WARNING, "Call listener " + l + " failed", listenerFailure);
                }
            }
        }
    }

    /** Builds an {@link OdooClient}. Only url, database, login and password (or API key) are required. */
    public static final class Builder {
        private @Nullable URI url;
        private @Nullable String database;
        private @Nullable String login;
        private @Nullable String secret;
        private Protocol protocol = Protocol.XMLRPC;
        private Duration connectTimeout = TransportConfig.DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = TransportConfig.DEFAULT_REQUEST_TIMEOUT;
        private long maxResponseBytes = TransportConfig.DEFAULT_MAX_RESPONSE_BYTES;
        private Context context = Context.empty();
        private @Nullable SSLContext sslContext;
        private final List<CallListener> listeners = new CopyOnWriteArrayList<>();
        private int repeatedLoadWarning = RepeatedLoadDetector.DEFAULT_THRESHOLD;

        private Builder() {
        }

        /** The server's base URL, such as {@code http://localhost:8069} or {@code https://mycompany.odoo.com}. */
        public Builder url(String url) {
            return url(URI.create(url));
        }

        /** The server's base URL. */
        public Builder url(URI url) {
            this.url = url;
            return this;
        }

        /** The database name. */
        public Builder database(String database) {
            this.database = database;
            return this;
        }

        /** The user's login, such as {@code admin}. */
        public Builder login(String login) {
            this.login = login;
            return this;
        }

        /** The user's password. */
        public Builder password(String password) {
            this.secret = password;
            return this;
        }

        /** An API key, used by Odoo in place of the password (Odoo 14+). */
        public Builder apiKey(String apiKey) {
            this.secret = apiKey;
            return this;
        }

        /** XML-RPC (the default) or JSON-RPC. */
        public Builder protocol(Protocol protocol) {
            this.protocol = protocol;
            return this;
        }

        /** How long to wait for a connection; 10 seconds by default. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /** How long to wait for a whole answer; 120 seconds by default. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /** The largest response body accepted; 64 MiB by default. */
        public Builder maxResponseBytes(long bytes) {
            this.maxResponseBytes = bytes;
            return this;
        }

        /**
         * The TLS context for an {@code https} server whose certificate the JDK does not trust by default, such as
         * one signed by a company CA. Certificates are always verified; this only chooses what is trusted.
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /** The context sent with every call, such as {@code Context.empty().lang("fr_FR")}. */
        public Builder context(Context context) {
            this.context = context;
            return this;
        }

        /** Tells {@code listener} of every round trip. */
        public Builder listener(CallListener listener) {
            listeners.add(listener);
            return this;
        }

        /**
         * After how many reads in a row of one record of the same model the client logs a warning (once per model)
         * that names the model and the fix: load the records together with {@code browse(ids)} or a search. 20 by
         * default; 0 turns the warning off.
         */
        public Builder repeatedLoadWarning(int threshold) {
            if (threshold < 0) {
                throw new IllegalArgumentException("The threshold must be 0 (off) or more, got " + threshold);
            }
            this.repeatedLoadWarning = threshold;
            return this;
        }

        /** Builds the client. Connects lazily: nothing goes on the wire until the first call. */
        public OdooClient build() {
            URI u = Objects.requireNonNull(url, "url is required, such as http://localhost:8069");
            String db = Objects.requireNonNull(database, "database is required");
            String user = Objects.requireNonNull(login, "login is required");
            String pw = Objects.requireNonNull(secret, "password or apiKey is required");
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                throw new IllegalArgumentException("The url must be http:// or https:// with a host, such as "
                        + "http://localhost:8069; got " + u);
            }
            if (u.getRawQuery() != null || u.getRawFragment() != null || u.getRawUserInfo() != null) {
                throw new IllegalArgumentException("The url must be the server's base address without query,"
                        + " fragment or user info; got " + u.getScheme() + "://" + u.getHost());
            }
            TransportConfig config = new TransportConfig(u, connectTimeout, requestTimeout, maxResponseBytes,
                    sslContext);
            Transport transport = protocol == Protocol.XMLRPC ? new XmlRpcTransport(config) : new JsonRpcTransport(config);
            return new OdooClient(new Shared(u, db, user, pw, protocol, transport, List.copyOf(listeners),
                    new RepeatedLoadDetector(repeatedLoadWarning)), context);
        }
    }
}
