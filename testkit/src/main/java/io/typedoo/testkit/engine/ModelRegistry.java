package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The models of a {@link Database}: the built-in ones and those users declare, by the schema API
 * ({@link #define(String)}) or from an {@code @OdooModel} interface ({@link #define(Class)}); and the way to
 * register model methods and seed records. Thread-safe: changes take the database's write lock.
 *
 * <pre>{@code
 * ModelRegistry models = db.models();
 * models.define("library.book").description("Book").charField("name").required().register();
 * models.method("library.book", "action_lend", call -> { ...; return true; });
 * long id = models.seed("library.book", Map.of("name", "Dune"));
 * }</pre>
 */
public final class ModelRegistry {

    private final Map<String, ModelDef> models = new LinkedHashMap<>();
    private final Engine engine;

    ModelRegistry(Engine engine) {
        this.engine = engine;
    }

    /** Starts declaring a model; {@link ModelBuilder#register()} adds it. */
    public ModelBuilder define(String modelName) {
        return new ModelBuilder(this, Objects.requireNonNull(modelName, "modelName"));
    }

    /**
     * Declares a model from an interface annotated with {@code @io.typedoo.annotations.OdooModel}: each abstract
     * method without parameters is a field (name: {@code @OdooField}'s value, else the method name without a
     * {@code get} prefix in snake_case, {@code isDone} -> {@code is_done}); types map as the processor maps them
     * (String char, boolean boolean, long/int integer, double float, BigDecimal monetary, LocalDate date,
     * LocalDateTime/Instant datetime, byte[] binary, enums selection, another {@code @OdooModel} many2one,
     * a {@code List} of one many2many). Models it points to must be declared too (or be built-in).
     *
     * @throws IllegalArgumentException when the type is not an {@code @OdooModel} interface or a return type
     *     has no Odoo field type
     */
    public ModelDef define(Class<?> odooModelInterface) {
        return AnnotatedModels.builder(this, odooModelInterface).register();
    }

    /** The model of that name, or null. */
    public @Nullable ModelDef model(String modelName) {
        synchronized (models) {
            return models.get(modelName);
        }
    }

    /** All models, in declaration order. */
    public List<ModelDef> all() {
        synchronized (models) {
            return new ArrayList<>(models.values());
        }
    }

    /**
     * Registers a public method on a model, callable over RPC ({@code execute_kw(..., model, name, [ids, ...])}).
     *
     * @throws IllegalArgumentException for an unknown model or a private name (starting with {@code _})
     */
    public void method(String modelName, String methodName, ModelMethod method) {
        register(modelName, methodName, null, method);
    }

    /**
     * Registers a public method with its Python signature, so that Odoo 19's JSON-2 binds a call's arguments to
     * its parameters by name (and refuses the others with Python's text), {@link MethodCall#argument} finds them
     * whichever way they were passed, and {@code /doc-bearer} documents it. A method registered without a
     * signature takes any keyword argument.
     *
     * <pre>{@code
     * models.method("library.book", "action_lend", MethodSignature.onRecords("(partner_id, days=14)"),
     *         call -> lend(call.ids(), (Long) call.argument("partner_id"), (Long) call.argument("days")));
     * }</pre>
     *
     * @throws IllegalArgumentException for an unknown model or a private name (starting with {@code _})
     */
    public void method(String modelName, String methodName, MethodSignature signature, ModelMethod method) {
        register(modelName, methodName, Objects.requireNonNull(signature, "signature"), method);
    }

    private void register(String modelName, String methodName, @Nullable MethodSignature signature,
            ModelMethod method) {
        Objects.requireNonNull(method, "method");
        if (methodName.startsWith("_") || methodName.isBlank()) {
            throw new IllegalArgumentException("method names must not start with _ (Odoo refuses to call them): "
                    + methodName);
        }
        ModelDef model = model(modelName);
        if (model == null) {
            throw new IllegalArgumentException("no model " + modelName + "; define it first");
        }
        model.addMethod(methodName, method, signature);
    }

    /**
     * Creates a record as the superuser (no access checks), applying defaults and checking required fields, and
     * returns its id. With a persistent database the record is journalled like any write; seed only when
     * {@code search_count} says the data is not there yet.
     *
     * @throws OdooError when Odoo would refuse the values
     */
    public long seed(String modelName, Map<String, ?> values) {
        return engine.seed(modelName, values);
    }

    /** The major Odoo version the database answers as. */
    Translations translations() {
        return engine.translations();
    }

    int odooVersion() {
        return engine.odooVersion();
    }

    ModelDef register(ModelDef model) {
        engine.register(model);
        return model;
    }

    /** Adds or replaces a model; called by the engine under its write lock. */
    void put(ModelDef model) {
        synchronized (models) {
            models.put(model.name(), model);
        }
    }
}
