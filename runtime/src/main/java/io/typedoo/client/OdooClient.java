package io.typedoo.client;

import io.typedoo.error.CallSite;
import io.typedoo.error.OdooAuthenticationException;
import io.typedoo.error.OdooConnectionException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooHttpStatusException;
import io.typedoo.error.OdooProtocolException;
import io.typedoo.error.OdooRemoteException;
import io.typedoo.error.OdooSignatureException;
import io.typedoo.error.OdooTimeoutException;
import io.typedoo.internal.record.ConnectionState;
import io.typedoo.internal.transport.ByteCounter;
import io.typedoo.internal.transport.Json2Transport;
import io.typedoo.internal.transport.JsonRpcTransport;
import io.typedoo.internal.transport.Redactor;
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
 * A connection to one Odoo database as one user, over JSON-2 (Odoo 19+, with an API key), XML-RPC or JSON-RPC.
 *
 * <pre>{@code
 * OdooClient odoo = OdooClient.builder()
 *         .url("https://mycompany.odoo.com").database("mycompany")
 *         .apiKey(key)                      // Odoo: Preferences > Account Security > New API Key
 *         .build();
 * long open = odoo.model("todo.task").count(Domain.leaf("is_done", "=", false));
 * }</pre>
 *
 * <p>The protocol is chosen once per client: forced with {@link Builder#protocol}, or else, given an API key, by
 * asking the server's version ({@code GET /web/version}, no authentication, one request remembered as
 * {@link #version()}): JSON-2 from Odoo 19 on, XML-RPC before. With a password the client speaks XML-RPC, which
 * needs no such request. {@link #protocol()} tells which was chosen.
 *
 * <p>On JSON-2 the API key is the identity: there is no login round trip, and {@link #uid()} asks
 * {@code res.users.context_get} only when called. On XML-RPC and JSON-RPC, authentication happens on the first call
 * that needs it, or explicitly with {@link #authenticate()}; the uid is kept. A client is thread-safe and meant to be
 * shared; {@link #withContext} derives clients that share its connection and login. Every failure is an unchecked
 * {@link io.typedoo.error.OdooException} naming the server, database, model and method; the password or API key
 * never appears in a message, log line or {@code toString}.
 */
public final class OdooClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OdooClient.class.getName());
    /** The reserved keys of a named call: the records a method runs on, and the context. */
    private static final String IDS = "ids";
    private static final String CONTEXT = "context";

    static {
        ConnectionState.install(new ConnectionState.Access() {
            @Override
            public <T> T attachment(OdooClient client, Class<T> type, Supplier<? extends T> create) {
                return client.attachment(type, create);
            }

            @Override
            public @Nullable ServerVersion knownVersion(OdooClient client) {
                return client.shared.version;
            }
        });
    }

    private final Shared shared;
    private final Context context;

    /** What clients derived with {@link #withContext} share: connection, credentials, uid, listeners. */
    private static final class Shared {
        final URI url;
        final String database;
        final String login;
        final String secret;
        final boolean secretIsApiKey;
        final @Nullable Protocol forced;
        final TransportConfig config;
        final List<CallListener> listeners;
        /** Parameter names read from {@code /doc-bearer/<model>.json}, by model then method. */
        final Map<String, Map<String, MethodSignatures.Signature>> documented = new ConcurrentHashMap<>();
        volatile @Nullable Protocol protocol;
        volatile @Nullable Transport legacy;
        volatile @Nullable Json2Transport json2;
        volatile @Nullable Long uid;
        volatile boolean closed;
        volatile @Nullable ServerVersion version;

        final RepeatedLoadDetector repeatedLoads;
        final boolean strictReads;
        final ConcurrentMap<Class<?>, Object> attachments = new ConcurrentHashMap<>();

        Shared(URI url, String database, String login, String secret, boolean secretIsApiKey,
                @Nullable Protocol forced, TransportConfig config, List<CallListener> listeners,
                RepeatedLoadDetector repeatedLoads, boolean strictReads) {
            this.url = url;
            this.database = database;
            this.login = login;
            this.secret = secret;
            this.secretIsApiKey = secretIsApiKey;
            this.forced = forced;
            this.config = config;
            this.listeners = listeners;
            this.repeatedLoads = repeatedLoads;
            this.strictReads = strictReads;
            if (forced != null) {
                protocol = forced;
            } else if (!secretIsApiKey) {
                protocol = Protocol.XMLRPC;
            }
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
     * The server's version, cached after the first call. Needs no login: {@code common.version()} over XML-RPC and
     * JSON-RPC, {@code GET /web/version} over JSON-2 (already known when the client chose its protocol itself). The
     * record layer does not ask for it: it tries the Odoo 17+ call and falls back once when the server refuses it.
     */
    public ServerVersion version() {
        ServerVersion v = shared.version;
        if (v == null) {
            Object raw = protocol() == Protocol.JSON2
                    ? get("/web/version", false, "version")
                    : legacyCall("common", null, "version", List.of());
            v = ServerVersions.fromWire(raw, site(null, "version"));
            shared.version = v;
        }
        return v;
    }

    /**
     * Logs in now and returns the uid; later calls reuse it. On JSON-2 there is no login: this checks the API key by
     * asking {@code res.users.context_get} for the uid.
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
                if (protocol() == Protocol.JSON2) {
                    Object answer = call("res.users", "context_get", Map.of());
                    if (!(answer instanceof Map<?, ?> userContext && userContext.get("uid") instanceof Number n)) {
                        throw new OdooProtocolException("context_get answered without a uid", site("res.users",
                                "context_get"), null);
                    }
                    shared.uid = n.longValue();
                } else {
                    Object answer = legacyCall("common", null, "authenticate",
                            List.of(shared.database, shared.login, shared.secret, Map.of()));
                    if (answer instanceof Number && !(answer instanceof Long)) {
                        throw new OdooProtocolException("The server answered authenticate with " + answer
                                + ", which is not a user id (an integer)", site(null, "authenticate"), null);
                    }
                    if (!(answer instanceof Long n)) {
                        throw new OdooAuthenticationException("Login '" + shared.login
                                + "' was refused: wrong login, password or API key", site(null, "authenticate"),
                                "odoo.exceptions.AccessDenied", null);
                    }
                    shared.uid = n.longValue();
                }
            }
            return shared.uid;
        }
    }

    /** The uid of the user: logs in first if needed, or on JSON-2 asks {@code res.users.context_get} once. */
    public long uid() {
        return authenticate();
    }

    /**
     * Calls any public method of a model with positional arguments: Odoo's {@code execute_kw}. The client context is
     * merged into {@code kwargs.context} (a {@code Map} or a {@link Context}; the call's keys win).
     *
     * <p>JSON-2 binds arguments only by name, so there the positional arguments are named from the method's
     * signature: the standard ORM methods' names are built in, others are read once per model from the server's
     * {@code /doc-bearer/<model>.json}. For a method on records the first argument is the ids.
     *
     * @param args positional arguments, such as {@code List.of(ids)} or {@code List.of(domain)}
     * @param kwargs keyword arguments, such as {@code Map.of("fields", List.of("name"))}
     * @return the result in the normalised form of {@link Transport}
     * @throws OdooSignatureException on JSON-2, for positional arguments to a method whose parameter names are unknown
     */
    public @Nullable Object execute(String model, String method, List<?> args, Map<String, ?> kwargs) {
        if (protocol() == Protocol.JSON2) {
            return call(model, method, named(model, method, args, kwargs));
        }
        long uid = authenticate();
        Map<String, Object> kw = new LinkedHashMap<>(kwargs);
        Context merged = mergedContext(kwargs.get(CONTEXT));
        if (!merged.isEmpty()) {
            kw.put(CONTEXT, merged.asMap());
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
        return legacyCall("object", model, method, params);
    }

    /** {@link #execute(String, String, List, Map)} without keyword arguments. */
    public @Nullable Object execute(String model, String method, List<?> args) {
        return execute(model, method, args, Map.of());
    }

    /**
     * Calls any public method of a model with named arguments, the way Odoo 19's JSON-2 does on every protocol:
     * {@code call("res.partner", "name_search", Map.of("name", "wood", "limit", 8))}. Two keys are reserved:
     * {@code ids}, the records a method on records runs on, and {@code context}, merged over the client's context.
     * Over XML-RPC and JSON-RPC the ids go as the first positional argument and the rest as keyword arguments.
     *
     * @param arguments the method's arguments by their Python names
     * @return the result in the normalised form of {@link Transport}
     */
    public @Nullable Object call(String model, String method, Map<String, ?> arguments) {
        Map<String, Object> named = new LinkedHashMap<>(arguments);
        Object ids = named.remove(IDS);
        Object callContext = named.remove(CONTEXT);
        if (protocol() != Protocol.JSON2) {
            if (callContext != null) {
                named.put(CONTEXT, callContext);
            }
            MethodSignatures.Signature standard = MethodSignatures.standard(method);
            boolean onRecords = ids != null || standard != null && standard.onRecords();
            return execute(model, method, onRecords ? List.of(ids == null ? List.of() : ids) : List.of(), named);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (ids != null) {
            body.put(IDS, ids instanceof Number ? List.of(ids) : ids);
        }
        body.putAll(named);
        Context merged = mergedContext(callContext);
        if (!merged.isEmpty()) {
            body.put(CONTEXT, merged.asMap());
        }
        shared.repeatedLoads.observe(this, model, method, ids == null ? List.of() : List.of(ids));
        Json2Transport transport = json2();
        return observe("json2", model, method, bytes -> transport.call(site(model, method), model, method, body,
                bytes));
    }

    /**
     * The server's description of {@code model} ({@code GET /doc-bearer/<model>.json}: fields, and methods with
     * their parameters, types and documentation), over JSON-2 only. Odoo serves it to users in the group
     * "API Documentation" ({@code api_doc.group_allow_doc}).
     *
     * @throws IllegalStateException when the client does not speak JSON-2
     */
    public Map<String, Object> modelDoc(String model) {
        if (protocol() != Protocol.JSON2) {
            throw new IllegalStateException("The model documentation is served over JSON-2 (Odoo 19+, API key); this"
                    + " client speaks " + protocol());
        }
        if (!model.matches("[A-Za-z0-9_.]+")) {
            throw new IllegalArgumentException("Not a model name: '" + model + "'");
        }
        Object doc = get("/doc-bearer/" + model + ".json", true, "doc");
        if (!(doc instanceof Map<?, ?> map)) {
            throw new OdooProtocolException("/doc-bearer/" + model + ".json is not a JSON object", site(model, "doc"),
                    null);
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        map.forEach((k, v) -> typed.put(String.valueOf(k), v));
        return typed;
    }

    /**
     * The object of type {@code type} attached to this client's connection, made by {@code create} on first use and
     * shared with every client derived with {@link #withContext}; reached by the record layer through
     * {@link ConnectionState}, not part of the API.
     */
    private <T> T attachment(Class<T> type, Supplier<? extends T> create) {
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

    /** The login, or the empty string for a client that has only an API key. */
    public String login() {
        return shared.login;
    }

    /**
     * The wire protocol: the one forced on the builder, or the one chosen for the server (which, for a client with an
     * API key and no forced protocol, asks the server's version on first use).
     */
    public Protocol protocol() {
        Protocol p = shared.protocol;
        if (p == null) {
            synchronized (shared) {
                if (shared.protocol == null) {
                    shared.protocol = choose();
                }
                p = shared.protocol;
            }
        }
        return p;
    }

    /** A call site of this client, for messages: server, database, model and method, never the password. */
    public CallSite site(@Nullable String model, @Nullable String method) {
        return CallSite.of(shared.url.toString(), shared.database, model, method);
    }

    /**
     * Closes this client and every client derived from it: later calls fail with an
     * {@link io.typedoo.error.OdooConnectionException} saying the client was closed. The connections are released
     * at once on Java 21 and later; the JDK's HTTP client of Java 17 has no close of its own, so there its idle
     * connections are dropped when it is collected.
     */
    @Override
    public void close() {
        shared.closed = true;
        Transport legacy = shared.legacy;
        if (legacy != null) {
            legacy.close();
        }
        Json2Transport json2 = shared.json2;
        if (json2 != null) {
            json2.close();
        }
    }

    private void refuseIfClosed() {
        if (shared.closed) {
            throw new OdooConnectionException("The client was closed; build a new OdooClient to call again",
                    site(null, null), null);
        }
    }

    /** The limits the transports are built with (for tests of the documented defaults). */
    TransportConfig transportConfig() {
        return shared.config;
    }

    /** True when the client was built with {@link Builder#strictReads strictReads(true)}. */
    public boolean strictReads() {
        return shared.strictReads;
    }

    @Override
    public String toString() {
        Protocol p = shared.protocol;
        return "OdooClient[" + shared.url + ", database " + shared.database
                + (shared.login.isEmpty() ? "" : ", login " + shared.login) + ", "
                + (p == null ? "protocol not chosen yet" : p) + "]";
    }

    /**
     * JSON-2 for a server reporting Odoo 19 or later on {@code GET /web/version}, XML-RPC otherwise: older servers
     * answer that route with an error or not at all, and keep their remembered version from {@code common.version}.
     */
    private Protocol choose() {
        Object raw;
        try {
            raw = get("/web/version", false, "version");
        } catch (OdooConnectionException | OdooTimeoutException unreachable) {
            throw unreachable;
        } catch (OdooException notThere) {
            LOG.log(System.Logger.Level.DEBUG, () -> "No JSON version at /web/version, so not Odoo 19+: "
                    + notThere.getMessage());
            return Protocol.XMLRPC;
        }
        ServerVersion v;
        try {
            v = ServerVersions.fromWire(raw, site(null, "version"));
        } catch (OdooException notAVersion) {
            return Protocol.XMLRPC;
        }
        if (v.major() >= 19) {
            shared.version = v;
            return Protocol.JSON2;
        }
        return Protocol.XMLRPC;
    }

    /** Named arguments for JSON-2 from a positional call. */
    private Map<String, Object> named(String model, String method, List<?> args, Map<String, ?> kwargs) {
        Map<String, Object> named = new LinkedHashMap<>();
        if (!args.isEmpty()) {
            MethodSignatures.Signature signature = signature(model, method);
            List<?> rest = args;
            if (signature.onRecords()) {
                named.put(IDS, args.get(0));
                rest = args.subList(1, args.size());
            }
            if (rest.size() > signature.parameters().size()) {
                throw new OdooSignatureException(method + " takes " + signature.parameters().size()
                        + " arguments " + signature.parameters() + (signature.onRecords() ? " after the ids" : "")
                        + ", not " + rest.size(), site(model, method));
            }
            for (int i = 0; i < rest.size(); i++) {
                named.put(signature.parameters().get(i), rest.get(i));
            }
        }
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            if (named.containsKey(e.getKey())) {
                throw new OdooSignatureException("'" + e.getKey() + "' is given both by position and by name",
                        site(model, method));
            }
            named.put(e.getKey(), e.getValue());
        }
        return named;
    }

    private MethodSignatures.Signature signature(String model, String method) {
        MethodSignatures.Signature standard = MethodSignatures.standard(method);
        if (standard != null) {
            return standard;
        }
        Map<String, MethodSignatures.Signature> documented = shared.documented.computeIfAbsent(model, m -> {
            try {
                return MethodSignatures.fromDoc(modelDoc(m));
            } catch (OdooRemoteException | OdooProtocolException | OdooHttpStatusException notServed) {
                LOG.log(System.Logger.Level.DEBUG, () -> "No method signatures for " + m + ": "
                        + notServed.getMessage());
                return Map.of();
            }
        });
        MethodSignatures.Signature found = documented.get(method);
        if (found == null) {
            throw new OdooSignatureException("JSON-2 takes named arguments only, and the parameter names of "
                    + method + " are unknown (not a standard ORM method, and /doc-bearer/" + model + ".json does not"
                    + " describe it: the user needs the group API Documentation); call it with named arguments,"
                    + " such as model.call(\"" + method + "\", Map.of(\"ids\", ids, ...))", site(model, method));
        }
        return found;
    }

    private Context mergedContext(@Nullable Object callContext) {
        Context merged = context;
        if (callContext instanceof Context c) {
            merged = merged.withAll(c);
        } else if (callContext instanceof Map<?, ?> map) {
            Map<String, Object> typed = new LinkedHashMap<>();
            map.forEach((k, v) -> typed.put(String.valueOf(k), v));
            merged = merged.withAll(typed);
        }
        return merged;
    }

    private @Nullable Object get(String path, boolean withKey, String what) {
        Json2Transport transport = json2();
        String model = path.startsWith("/doc-bearer/") ? path.substring(12, path.length() - 5) : null;
        return observe("web", model, what, bytes -> transport.get(site(model, what), path, withKey, bytes));
    }

    private @Nullable Object legacyCall(String service, @Nullable String model, String method, List<?> params) {
        Transport transport = legacy();
        String wireMethod = service.equals("object") ? "execute_kw" : method;
        return observe(service, model, method, bytes -> transport.call(site(model, method), service, wireMethod,
                params, bytes));
    }

    private Transport legacy() {
        refuseIfClosed();
        Transport t = shared.legacy;
        if (t == null) {
            synchronized (shared) {
                if (shared.legacy == null) {
                    // Messages built from what the server sends never show the secret, even when it is echoed.
                    Redactor redactor = Redactor.hiding(List.of(shared.secret));
                    shared.legacy = protocol() == Protocol.JSONRPC ? new JsonRpcTransport(shared.config, redactor)
                            : new XmlRpcTransport(shared.config, redactor);
                }
                t = shared.legacy;
            }
        }
        return t;
    }

    private Json2Transport json2() {
        refuseIfClosed();
        Json2Transport t = shared.json2;
        if (t == null) {
            synchronized (shared) {
                if (shared.json2 == null) {
                    shared.json2 = new Json2Transport(shared.config, shared.database, shared.secret);
                }
                t = shared.json2;
            }
        }
        return t;
    }

    /** One round trip, told to the listeners and the debug log. */
    private interface RoundTrip {
        @Nullable Object run(ByteCounter bytes);
    }

    private @Nullable Object observe(String service, @Nullable String model, String method, RoundTrip trip) {
        ByteCounter bytes = new ByteCounter();
        if (shared.listeners.isEmpty() && !LOG.isLoggable(System.Logger.Level.DEBUG)) {
            return trip.run(bytes);
        }
        long start = System.nanoTime();
        RuntimeException error = null;
        try {
            return trip.run(bytes);
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
        private boolean secretIsApiKey;
        private @Nullable Protocol protocol;
        private Duration connectTimeout = TransportConfig.DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = TransportConfig.DEFAULT_REQUEST_TIMEOUT;
        private long maxResponseBytes = TransportConfig.DEFAULT_MAX_RESPONSE_BYTES;
        private Context context = Context.empty();
        private @Nullable SSLContext sslContext;
        private final List<CallListener> listeners = new CopyOnWriteArrayList<>();
        private int repeatedLoadWarning = RepeatedLoadDetector.DEFAULT_THRESHOLD;
        private boolean strictReads;

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
            this.secretIsApiKey = false;
            return this;
        }

        /**
         * An API key (in Odoo: Preferences > Account Security > New API Key). It is the identity on JSON-2, so no
         * login is needed there; XML-RPC and JSON-RPC take it in place of the password (Odoo 14+), with the login.
         * Without a forced {@link #protocol}, a client with a key speaks JSON-2 to Odoo 19 and later.
         */
        public Builder apiKey(String apiKey) {
            this.secret = apiKey;
            this.secretIsApiKey = true;
            return this;
        }

        /**
         * Forces the protocol. Without it, a client with an API key speaks JSON-2 to a server reporting Odoo 19 or
         * later and XML-RPC to older ones; a client with a password speaks XML-RPC.
         */
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

        /**
         * With {@code true}, reading a value of a generated record never calls the server: a value that is not
         * loaded throws {@link io.typedoo.error.OdooNotLoadedException} naming model, record and field. Searches
         * then bring every declared field of the records and of their related records, and
         * {@code RecordModel.fetchAll(...)} loads records that came another way (browse, create, after a write or
         * a model method). For UI and coroutine code, where a read must not block on the network. Off by default;
         * clients derived with {@link OdooClient#withContext} keep the setting.
         */
        public Builder strictReads(boolean strict) {
            this.strictReads = strict;
            return this;
        }

        /** Builds the client. Connects lazily: nothing goes on the wire until the first call. */
        public OdooClient build() {
            URI u = Objects.requireNonNull(url, "url is required, such as http://localhost:8069");
            String db = Objects.requireNonNull(database, "database is required");
            String pw = Objects.requireNonNull(secret, "password or apiKey is required");
            if (protocol == Protocol.JSON2 && !secretIsApiKey) {
                throw new IllegalArgumentException("JSON-2 needs an API key (apiKey(...)), not a password; create one"
                        + " in Odoo under Preferences > Account Security > New API Key");
            }
            boolean keyOnly = secretIsApiKey && protocol != Protocol.XMLRPC && protocol != Protocol.JSONRPC;
            String user = keyOnly && login == null ? "" : Objects.requireNonNull(login,
                    "login is required with a password, and with an API key over XML-RPC or JSON-RPC");
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
            return new OdooClient(new Shared(u, db, user, pw, secretIsApiKey, protocol, config,
                    List.copyOf(listeners), new RepeatedLoadDetector(repeatedLoadWarning), strictReads), context);
        }
    }
}
