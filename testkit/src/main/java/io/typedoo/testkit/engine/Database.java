package io.typedoo.testkit.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An Odoo 18-like database (Odoo 19-like with {@link #demo(int)}) named {@code demo}, answering {@code execute_kw}
 * calls as Odoo does: the built-in models with demo data (see {@code docs/readme/testkit-engine.md}), users
 * {@code admin}/{@code admin} (uid 2), {@code demo}/{@code demo} (uid 6; 5 as Odoo 19) and
 * {@code portal}/{@code portal} (uid 7; 6 as Odoo 19), plus the models users declare
 * through {@link #models()}.
 *
 * <pre>{@code
 * try (Database db = Database.demo()) {
 *     long uid = db.authenticate("admin", "admin");
 *     Object ids = db.execute(uid, "admin", "res.partner", "search",
 *             List.of(List.of(List.of("is_company", "=", true))), Map.of("limit", 3L));
 * }
 * }</pre>
 *
 * <p>Thread-safe: each {@link #execute} is atomic and isolated; calls that only read run in parallel.
 */
public final class Database implements AutoCloseable {

    private static final MethodSignature ANY_KEYWORDS = MethodSignature.onRecords("(**kwargs)");

    private final Engine engine;

    private Database(Engine engine) {
        this.engine = engine;
    }

    /** The oldest Odoo version a database answers as. */
    public static final int OLDEST_ODOO_VERSION = 16;

    /** The Odoo version a database answers as unless told otherwise. */
    public static final int DEFAULT_ODOO_VERSION = 18;

    /** A new in-memory database with the demo data, answering as Odoo 18. */
    public static Database demo() {
        return demo(DEFAULT_ODOO_VERSION);
    }

    /**
     * A new in-memory database with the demo data, answering as {@code odooVersion}: 16 to 19, or 20 and
     * later (a forecast of Odoo 20, which behaves as 19 in the database). 16 and 17 have 18's demo data.
     *
     * @throws IllegalArgumentException for a version before 16
     */
    public static Database demo(int odooVersion) {
        Engine engine = new Engine(Clock.systemUTC(), checkVersion(odooVersion));
        DemoData.install(engine);
        return new Database(engine);
    }

    /**
     * A persistent database in {@code dataDir}: the demo data on first start, then every committed change, synced
     * to disk before {@link #execute} returns, so that it survives a restart or a killed process.
     *
     * @throws UncheckedIOException when the directory cannot be used
     * @throws IllegalStateException when another open database uses the directory
     * @throws JournalDamagedException when an entry in the middle of the journal is damaged (see {@link #repair})
     */
    public static Database open(Path dataDir) {
        return open(dataDir, DEFAULT_ODOO_VERSION);
    }

    /**
     * A persistent database in {@code dataDir}, answering as {@code odooVersion}; see {@link #open(Path)}. Open a
     * directory with the version it was created with: the demo data differs by version.
     *
     * @throws UncheckedIOException when the directory cannot be used
     * @throws IllegalStateException when another open database uses the directory
     * @throws IllegalArgumentException for a version before 16
     */
    public static Database open(Path dataDir, int odooVersion) {
        Objects.requireNonNull(dataDir, "dataDir");
        Engine engine = new Engine(Clock.systemUTC(), checkVersion(odooVersion));
        DemoData.install(engine);
        try {
            Journal journal = Journal.open(dataDir);
            try {
                engine.attach(journal);
            } catch (RuntimeException e) {
                journal.close(); // a damaged journal must not stay locked
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data directory " + dataDir, e);
        }
        return new Database(engine);
    }

    /**
     * Repairs the data directory of a persistent database that refused to open with a
     * {@link JournalDamagedException}: every intact entry of the journal and of the snapshot is kept, before and
     * after the damage, and the damaged entries are dropped. Each damaged file is first copied aside. Run it while
     * no database uses the directory.
     *
     * @return one line per file saying what was kept and dropped
     * @throws UncheckedIOException when the directory cannot be read or written
     */
    public static List<String> repair(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        try {
            return Journal.repair(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair the data directory " + dataDir, e);
        }
    }

    /** The engine, for tests of this package that look at the stored form. */
    Engine engine() {
        return engine;
    }

    /**
     * {@code odooVersion} if the testkit answers as it: 16 to 19, or 20 and later (a forecast of Odoo 20).
     *
     * @throws IllegalArgumentException for a version before 16, naming the versions it answers as
     */
    public static int checkVersion(int odooVersion) {
        if (odooVersion < OLDEST_ODOO_VERSION) {
            throw new IllegalArgumentException("The testkit answers as Odoo 16, 17, 18, 19 or 20 (a forecast), not "
                    + odooVersion + "; Odoo " + odooVersion + " differs in ways it does not reproduce");
        }
        return odooVersion;
    }

    /** Whether the user is in Administration / Settings ({@code base.group_system}). */
    public boolean isSystemUser(long uid) {
        return engine.inGroup(uid, Groups.SETTINGS);
    }

    /** The major Odoo version answered as. */
    public int odooVersion() {
        return engine.odooVersion();
    }

    /** The database name, {@code "demo"}. */
    public String name() {
        return "demo";
    }

    /**
     * Checks a login and a password or API key, as {@code common.authenticate}.
     *
     * @return the user id, or null when refused
     */
    public @Nullable Long authenticate(String login, String passwordOrApiKey) {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(passwordOrApiKey, "passwordOrApiKey");
        return engine.authenticate(login, passwordOrApiKey);
    }

    /**
     * The user an API key belongs to, when the key is valid for the external API (a global or {@code rpc} key that
     * has not expired, of an active user), as JSON-2's bearer authentication checks it.
     *
     * @return the user id, or null when refused
     */
    public @Nullable Long authenticateApiKey(String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        return engine.apiKeyUser(apiKey);
    }

    /**
     * Gives {@code login} the API key {@code apiKey}, valid for {@code scope} ({@code null} for every scope, or
     * {@code "rpc"}; any other scope is refused by the external API, as in Odoo) until {@code expiresAt}
     * ({@code null}: no expiry). Keys live in memory: a persistent database has only its demo keys after a restart.
     *
     * @throws IllegalArgumentException when no active user has that login, or the key is blank
     */
    public void addApiKey(String login, String apiKey, @Nullable String scope, @Nullable Instant expiresAt) {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(apiKey, "apiKey");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("An API key must not be blank");
        }
        Long uid = engine.userId(login);
        if (uid == null) {
            throw new IllegalArgumentException("No active user with login '" + login + "'");
        }
        engine.addApiKey(uid, apiKey, scope, expiresAt);
    }

    /**
     * The signature of a public method of {@code model} (a built-in one of this version, or one registered with
     * {@link ModelRegistry#method}; one registered without a signature takes any keyword:
     * {@code (**kwargs)}), or null when the model or the method does not exist.
     */
    public @Nullable MethodSignature signature(String model, String method) {
        ModelDef def = engine.registry().model(model);
        if (def == null) {
            return null;
        }
        MethodSignature registered = def.signature(method);
        if (registered != null) {
            return registered;
        }
        if (def.method(method) != null) {
            return ANY_KEYWORDS;
        }
        if (ClientMethods.provides(def, method)) {
            return ClientMethods.signature(method);
        }
        OrmSignatures.Builtin builtin = OrmSignatures.builtin(method, engine.odooVersion());
        return builtin == null ? null : builtin.signature();
    }

    /**
     * Calls a model method, as {@code object.execute_kw}.
     *
     * @param args positional arguments in the normalised value form (Long, Double, String, Boolean, List, Map)
     * @param kwargs keyword arguments, including {@code context}
     * @return the result in the normalised value form; null is Python's None
     * @throws OdooError whatever Odoo would raise, with its Python class and message
     */
    public @Nullable Object execute(long uid, String passwordOrApiKey, String model, String method,
            List<Object> args, Map<String, Object> kwargs) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(kwargs, "kwargs");
        return engine.execute(uid, passwordOrApiKey, model, method, args, kwargs);
    }

    /**
     * The public methods of {@code model} that Odoo's {@code /doc-bearer} documents, by name (sorted): the
     * built-in ones of this version that are not deprecated, and the registered ones. Null for an unknown model.
     */
    public @Nullable Map<String, MethodDoc> documentedMethods(String model) {
        ModelDef def = engine.registry().model(model);
        if (def == null) {
            return null;
        }
        Map<String, MethodDoc> methods = new java.util.TreeMap<>();
        for (OrmSignatures.Builtin builtin : OrmSignatures.all(engine.odooVersion())) {
            if (builtin.documented() && (!builtin.name().startsWith("action_") || def.hasActive())) {
                methods.put(builtin.name(), new MethodDoc(builtin.signature(), builtin.api(), builtin.definedIn(),
                        builtin.module()));
            }
        }
        for (String name : def.methodNames()) {
            MethodSignature signature = signature(model, name);
            methods.put(name, new MethodDoc(signature == null ? ANY_KEYWORDS : signature,
                    signature != null && signature.modelLevel() ? List.of("model") : List.of(), model, def.module()));
        }
        return methods;
    }

    /**
     * How {@code /doc-bearer} documents a method: its signature, Odoo's {@code api} decorations
     * ({@code model}, {@code readonly}), the model that defines it ({@code core} and {@code base} for the ORM's)
     * and its module (null when the testkit cannot tell, as for methods registered in a test).
     */
    public record MethodDoc(MethodSignature signature, List<String> api, String definedIn,
            @Nullable String module) {
    }

    /**
     * Calls a model method with arguments already bound by name to its {@link #signature} (as JSON-2 binds
     * them): a record method gets {@code ids} as its records, a registered method its arguments as keywords
     * ({@link MethodCall#argument}), a built-in one through the engine's own binding.
     *
     * @param context merged into the call's context, as {@code with_context}; null for none
     * @throws OdooError whatever Odoo would raise
     * @throws IllegalArgumentException when the model or method does not exist
     */
    public @Nullable Object executeBound(long uid, String apiKey, String model, String method, List<?> ids,
            Map<String, ? extends @Nullable Object> arguments, @Nullable Object context) {
        MethodSignature signature = signature(model, method);
        ModelDef def = engine.registry().model(model);
        if (signature == null || def == null) {
            throw new IllegalArgumentException("No method " + method + " on " + model);
        }
        List<@Nullable Object> args = new ArrayList<>();
        Map<String, @Nullable Object> keywords = new LinkedHashMap<>();
        if (def.method(method) != null) {
            keywords.putAll(arguments);                            // a registered method reads them by name
        } else {
            args.addAll(signature.positional(arguments));         // the engine binds built-ins by position
            keywords.putAll(signature.extraKeywords(arguments));
        }
        if (!signature.modelLevel()) {
            args.add(0, new ArrayList<>(ids));
        }
        if (context != null) {
            keywords.put("context", context);
        }
        @SuppressWarnings("unchecked")
        List<Object> positional = (List<Object>) (List<?>) args;
        @SuppressWarnings("unchecked")
        Map<String, Object> named = (Map<String, Object>) (Map<String, ?>) keywords;
        return engine.execute(uid, apiKey, model, method, positional, named);
    }

    /**
     * The languages the server knows, installed or not, as {@code db.list_lang} lists them: {@code [code, name]}
     * pairs sorted by name.
     */
    public List<List<String>> languages() {
        return engine.languages();
    }

    /** The models, to declare new ones, register methods and seed records. */
    public ModelRegistry models() {
        return engine.registry();
    }

    /** Closes the journal (a persistent database) and refuses further calls. */
    @Override
    public void close() {
        engine.close();
    }
}
