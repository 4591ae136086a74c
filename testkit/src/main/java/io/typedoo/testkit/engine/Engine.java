package io.typedoo.testkit.engine;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;

/**
 * The engine behind {@link Database}: one store, one registry, one read/write lock. Calls that only read share
 * the lock; others hold it alone, so each call is atomic and isolated (serialisable), as an Odoo transaction.
 * A failing call is rolled back; a succeeding one is journalled (and synced) before it returns.
 */
final class Engine {

    private static final System.Logger LOG = System.getLogger(Engine.class.getName());

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Store store = new Store();
    private final ModelRegistry registry = new ModelRegistry(this);
    private final Translations translations = new Translations();
    private final Clock clock;
    private final ApiKeys apiKeys = new ApiKeys();
    private final int odooVersion;
    private @Nullable Journal journal;
    private volatile boolean closed;

    Engine(Clock clock, int odooVersion) {
        this.clock = clock;
        this.odooVersion = odooVersion;
    }

    /** The major Odoo version answered as: 18, 19, 20 (a forecast). */
    int odooVersion() {
        return odooVersion;
    }

    Translations translations() {
        return translations;
    }

    ModelRegistry registry() {
        return registry;
    }

    Store store() {
        return store;
    }

    void addApiKey(long uid, String key, @Nullable String scope, java.time.@Nullable Instant expiresAt) {
        apiKeys.add(uid, key, scope, expiresAt);
    }

    /** The active user whose API key this is, valid for the external API now; else null. */
    @Nullable Long apiKeyUser(String key) {
        Lock read = lock.readLock();
        read.lock();
        try {
            checkOpen();
            Long uid = apiKeys.rpcUser(key, clock.instant());
            Map<String, Object> user = uid == null ? null : store.row("res.users", uid);
            return user != null && Boolean.TRUE.equals(user.get("active")) ? uid : null;
        } finally {
            read.unlock();
        }
    }

    /** Whether the user exists and belongs to the group. */
    boolean inGroup(long uid, long group) {
        Lock read = lock.readLock();
        read.lock();
        try {
            checkOpen();
            Map<String, Object> user = store.row("res.users", uid);
            return user != null && Groups.ofUser(user, odooVersion).contains(group);
        } finally {
            read.unlock();
        }
    }

    /** The uid of an active user by login, or null. */
    @Nullable Long userId(String login) {
        Lock read = lock.readLock();
        read.lock();
        try {
            checkOpen();
            for (Map<String, Object> user : store.rows("res.users")) {
                if (login.equals(user.get("login")) && Boolean.TRUE.equals(user.get("active"))) {
                    return (Long) user.get("id");
                }
            }
            return null;
        } finally {
            read.unlock();
        }
    }

    /** Replays a journal onto the demo data, then journals every later change to it. */
    void attach(Journal newJournal) {
        lock.writeLock().lock();
        try {
            newJournal.replay(store);
            this.journal = newJournal;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Nullable Long authenticate(String login, String password) {
        Lock read = lock.readLock();
        read.lock();
        try {
            checkOpen();
            for (Map<String, Object> user : store.rows("res.users")) {
                if (login.equals(user.get("login")) && Boolean.TRUE.equals(user.get("active"))) {
                    long uid = (Long) user.get("id");
                    return passwordMatches(uid, user, password) ? uid : null;
                }
            }
            return null;
        } finally {
            read.unlock();
        }
    }

    List<List<String>> languages() {
        Lock read = lock.readLock();
        read.lock();
        try {
            checkOpen();
            List<List<String>> languages = new ArrayList<>();
            for (Map<String, Object> lang : store.rows("res.lang")) {
                languages.add(List.of(String.valueOf(lang.get("code")), String.valueOf(lang.get("name"))));
            }
            languages.sort(java.util.Comparator.comparing((List<String> pair) -> pair.get(1)));
            return languages;
        } finally {
            read.unlock();
        }
    }

    private boolean passwordMatches(long uid, Map<String, Object> user, String password) {
        return !password.isEmpty() && (user.get("password") instanceof String stored
                && PasswordHash.matches(password, stored) || apiKeys.matches(uid, password, clock.instant()));
    }

    @Nullable Object execute(long uid, String password, String modelName, String method, List<Object> args,
            Map<String, Object> kwargs) {
        Objects.requireNonNull(password, "password");
        boolean readOnly = Dispatcher.readOnly(modelName, method);
        Lock held = readOnly ? lock.readLock() : lock.writeLock();
        held.lock();
        try {
            checkOpen();
            Map<String, Object> user = store.row("res.users", uid);
            if (user == null || !Boolean.TRUE.equals(user.get("active")) || !passwordMatches(uid, user, password)) {
                throw OdooError.accessDenied();
            }
            if (method.startsWith("_")) {
                throw privateMethod(modelName, method, odooVersion);
            }
            ModelDef model = registry.model(modelName);
            if (model == null) {
                throw OdooError.userError("Object " + modelName + " doesn't exist");
            }
            Transaction tx = new Transaction(store, !readOnly);
            Env env = new Env(tx, registry, uid, Map.of(), clock);
            return run(tx, () -> Dispatcher.call(env, model, method, new ArrayList<>(args),
                    new LinkedHashMap<>(kwargs)));
        } finally {
            held.unlock();
        }
    }

    /** Creates a record as the superuser, journalled like any call. */
    long seed(String modelName, Map<String, ?> values) {
        lock.writeLock().lock();
        try {
            checkOpen();
            ModelDef model = registry.model(modelName);
            if (model == null) {
                throw new IllegalArgumentException("no model " + modelName + "; define it first");
            }
            Transaction tx = new Transaction(store, true);
            Env env = new Env(tx, registry, Env.SUPERUSER, Map.of(), clock);
            Object id = run(tx, () -> new Orm(env, model).create(values));
            return (Long) Objects.requireNonNull(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds a model and refreshes its {@code ir.model} / {@code ir.model.fields} rows (derived, not journalled). */
    void register(ModelDef model) {
        lock.writeLock().lock();
        try {
            registry.put(model);
            IrModelRows.refresh(store, registry, model);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private interface Body {
        @Nullable Object run();
    }

    private @Nullable Object run(Transaction tx, Body body) {
        Object result;
        try {
            result = body.run();
        } catch (OdooError e) {
            tx.rollback();
            throw e;
        } catch (ClassCastException | IndexOutOfBoundsException e) {
            tx.rollback();
            LOG.log(Level.DEBUG, "bad arguments", e);
            throw OdooError.typeError("bad arguments: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            tx.rollback();
            throw OdooError.valueError(String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            tx.rollback();
            LOG.log(Level.ERROR, "unexpected failure in a call", e);
            throw OdooError.server("builtins.Exception", String.valueOf(e));
        }
        if (tx.hasChanges() && journal != null) {
            try {
                journal.append(tx.changes(), tx.sequences());
            } catch (IOException e) {
                tx.rollback();
                LOG.log(Level.ERROR, "could not write the journal", e);
                throw OdooError.server("psycopg2.OperationalError", "could not write the journal: " + e);
            }
        }
        return result;
    }

    /** Odoo's refusal of a {@code _method}: Odoo 19 names the model too, quoted. */
    static OdooError privateMethod(String model, String method, int odooVersion) {
        String shown = odooVersion >= 19 ? "'" + model + "." + method + "'" : method;
        return OdooError.accessError("Private methods (such as " + shown + ") cannot be called remotely.");
    }

    void close() {
        lock.writeLock().lock();
        try {
            closed = true;
            if (journal != null) {
                journal.close();
                journal = null;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
    }
}
