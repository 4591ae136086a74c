package io.typedoo.testkit.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An Odoo 18-like database named {@code demo}, answering {@code execute_kw} calls as Odoo does: the built-in
 * models with demo data (see {@code docs/readme/testkit-engine.md}), users {@code admin}/{@code admin} (uid 2),
 * {@code demo}/{@code demo} (uid 6) and {@code portal}/{@code portal} (uid 7), plus the models users declare
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

    private final Engine engine;

    private Database(Engine engine) {
        this.engine = engine;
    }

    /** A new in-memory database with the demo data. */
    public static Database demo() {
        Engine engine = new Engine(Clock.systemUTC());
        DemoData.install(engine);
        return new Database(engine);
    }

    /**
     * A persistent database in {@code dataDir}: the demo data on first start, then every committed change, synced
     * to disk before {@link #execute} returns, so that it survives a restart or a killed process.
     *
     * @throws UncheckedIOException when the directory cannot be used
     * @throws IllegalStateException when another open database uses the directory
     */
    public static Database open(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        Engine engine = new Engine(Clock.systemUTC());
        DemoData.install(engine);
        try {
            engine.attach(Journal.open(dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data directory " + dataDir, e);
        }
        return new Database(engine);
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
