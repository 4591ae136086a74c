package io.typedoo.testkit.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A declared model: its fields (declared ones first, then the magic fields, as {@code fields_get} lists them),
 * default order, access list and public methods. Built with {@link ModelBuilder}; only methods can be added
 * afterwards.
 */
public final class ModelDef {

    private final String name;
    private final String description;
    private final Map<String, FieldDef> fields;
    private final String order;
    private final @Nullable String recName;
    private final ModelAccess access;
    private final Map<String, ComputedField> computed;
    private final Map<String, ModelMethod> methods = new ConcurrentHashMap<>();
    private final @Nullable String module;
    private final Map<String, MethodSignature> signatures = new ConcurrentHashMap<>();

    ModelDef(String name, String description, Map<String, FieldDef> fields, String order, @Nullable String recName,
            ModelAccess access, Map<String, ComputedField> computed, @Nullable String module) {
        this.module = module;
        this.name = name;
        this.description = description;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.order = order;
        this.recName = recName;
        this.access = access;
        this.computed = Map.copyOf(computed);
    }

    /** The technical name, such as {@code "todo.task"}. */
    public String name() {
        return name;
    }

    /**
     * The Odoo module that defines the model ({@code todo_app} for the demo to-dos, {@code base} for the other
     * built-in models), or null for a model declared in a test.
     */
    public @Nullable String module() {
        return module;
    }

    /** The human name, such as {@code "To-do Task"}. */
    public String description() {
        return description;
    }

    /** All fields by name, in {@code fields_get} order. */
    public Map<String, FieldDef> fields() {
        return fields;
    }

    /** The field, or null when the model has none of that name. */
    public @Nullable FieldDef field(String fieldName) {
        return fields.get(fieldName);
    }

    /** The default order, such as {@code "name, id"}. */
    public String order() {
        return order;
    }

    /** The field holding the record's name ({@code _rec_name}), or null. */
    public @Nullable String recName() {
        return recName;
    }

    /** The access control list. */
    public ModelAccess access() {
        return access;
    }

    /** The names of the methods registered on this model. */
    public Set<String> methodNames() {
        return Collections.unmodifiableSet(methods.keySet());
    }

    /** Whether records can be archived (the model has an {@code active} boolean). */
    public boolean hasActive() {
        FieldDef active = fields.get("active");
        return active != null && active.type() == FieldType.BOOLEAN;
    }

    /** The many2one holding the hierarchy ({@code _parent_name}), when the model has {@code parent_id}. */
    public @Nullable String parentName() {
        FieldDef parent = fields.get("parent_id");
        return parent != null && parent.type() == FieldType.MANY2ONE && name.equals(parent.relation())
                ? "parent_id" : null;
    }

    @Nullable ComputedField computed(String fieldName) {
        return computed.get(fieldName);
    }

    @Nullable ModelMethod method(String methodName) {
        return methods.get(methodName);
    }

    /** The signature a registered method was given, or null (a registered method without one, or not registered). */
    @Nullable MethodSignature signature(String methodName) {
        return signatures.get(methodName);
    }

    void addMethod(String methodName, ModelMethod method, @Nullable MethodSignature signature) {
        methods.put(methodName, method);
        if (signature != null) {
            signatures.put(methodName, signature);
        } else {
            signatures.remove(methodName);
        }
    }

    /** Stored field names, for journal and copy. */
    List<FieldDef> storedFields() {
        return fields.values().stream().filter(FieldDef::stored).toList();
    }

    @Override
    public String toString() {
        return "ModelDef[" + name + "]";
    }
}
