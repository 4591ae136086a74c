package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Declares a model field by field; {@link #register()} adds it to the database. Modifiers such as
 * {@link #required()} apply to the field added last:
 *
 * <pre>{@code
 * db.models().define("library.book").description("Book")
 *     .charField("name").required().label("Title")
 *     .many2oneField("author_id", "res.partner")
 *     .selectionField("state", "draft", "Draft", "done", "Done").defaultValue("draft")
 *     .register();
 * }</pre>
 *
 * <p>Not thread-safe; use one builder from one thread.
 */
public final class ModelBuilder {

    private final ModelRegistry registry;
    private final String name;
    private String description;
    private final Map<String, FieldDef> fields = new LinkedHashMap<>();
    private final Map<String, ComputedField> computed = new LinkedHashMap<>();
    private @Nullable String lastField;
    private String order = "id";
    private @Nullable String recName;
    private ModelAccess access = ModelAccess.internalUsers();
    private @Nullable String module;

    ModelBuilder(ModelRegistry registry, String name) {
        if (!name.matches("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*")) {
            throw new IllegalArgumentException("not a model name (lower case, dotted, such as todo.task): " + name);
        }
        this.registry = registry;
        this.name = name;
        this.description = name;
    }

    /** The human name of the model, shown in access errors ("To-do Task"). */
    public ModelBuilder description(String text) {
        this.description = Objects.requireNonNull(text, "text");
        return this;
    }

    /** The default order, such as {@code "name, id desc"} (default {@code "id"}). */
    public ModelBuilder order(String defaultOrder) {
        this.order = Objects.requireNonNull(defaultOrder, "defaultOrder");
        return this;
    }

    /** The field holding the record's display name (default {@code name} when there is one). */
    public ModelBuilder recName(String fieldName) {
        this.recName = Objects.requireNonNull(fieldName, "fieldName");
        return this;
    }

    /** The access control list (default: full rights for internal users). */
    public ModelBuilder access(ModelAccess acl) {
        this.access = Objects.requireNonNull(acl, "acl");
        return this;
    }

    /** Adds a char field. */
    public ModelBuilder charField(String fieldName) {
        return add(fieldName, FieldType.CHAR, null, null, List.of());
    }

    /** Adds a text field. */
    public ModelBuilder textField(String fieldName) {
        return add(fieldName, FieldType.TEXT, null, null, List.of());
    }

    /** Adds an html field. */
    public ModelBuilder htmlField(String fieldName) {
        return add(fieldName, FieldType.HTML, null, null, List.of());
    }

    /** Adds an integer field. */
    public ModelBuilder integerField(String fieldName) {
        return add(fieldName, FieldType.INTEGER, null, null, List.of());
    }

    /** Adds a float field. */
    public ModelBuilder floatField(String fieldName) {
        return add(fieldName, FieldType.FLOAT, null, null, List.of());
    }

    /** Adds a monetary field. */
    public ModelBuilder monetaryField(String fieldName) {
        return add(fieldName, FieldType.MONETARY, null, null, List.of());
    }

    /** Adds a boolean field; a field named {@code active} defaults to true, as in Odoo. */
    public ModelBuilder booleanField(String fieldName) {
        add(fieldName, FieldType.BOOLEAN, null, null, List.of());
        return "active".equals(fieldName) ? defaultValue(Boolean.TRUE) : this;
    }

    /** Adds a date field (values {@code "YYYY-MM-DD"}). */
    public ModelBuilder dateField(String fieldName) {
        return add(fieldName, FieldType.DATE, null, null, List.of());
    }

    /** Adds a datetime field (values {@code "YYYY-MM-DD HH:MM:SS"}, UTC). */
    public ModelBuilder datetimeField(String fieldName) {
        return add(fieldName, FieldType.DATETIME, null, null, List.of());
    }

    /** Adds a binary field (values as base64 strings). */
    public ModelBuilder binaryField(String fieldName) {
        return add(fieldName, FieldType.BINARY, null, null, List.of());
    }

    /**
     * Adds a selection field.
     *
     * @param valuesAndLabels value, label, value, label, ...
     */
    public ModelBuilder selectionField(String fieldName, String... valuesAndLabels) {
        if (valuesAndLabels.length == 0 || valuesAndLabels.length % 2 != 0) {
            throw new IllegalArgumentException("selection " + fieldName + " needs value/label pairs, got "
                    + Arrays.toString(valuesAndLabels));
        }
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            pairs.add(List.of(valuesAndLabels[i], valuesAndLabels[i + 1]));
        }
        return add(fieldName, FieldType.SELECTION, null, null, pairs);
    }

    /** Adds a many2one field to {@code comodel}. */
    public ModelBuilder many2oneField(String fieldName, String comodel) {
        return add(fieldName, FieldType.MANY2ONE, Objects.requireNonNull(comodel, "comodel"), null, List.of());
    }

    /** Adds a one2many field: the records of {@code comodel} whose many2one {@code inverseField} points here. */
    public ModelBuilder one2manyField(String fieldName, String comodel, String inverseField) {
        return add(fieldName, FieldType.ONE2MANY, Objects.requireNonNull(comodel, "comodel"),
                Objects.requireNonNull(inverseField, "inverseField"), List.of());
    }

    /** Adds a many2many field to {@code comodel}. */
    public ModelBuilder many2manyField(String fieldName, String comodel) {
        return add(fieldName, FieldType.MANY2MANY, Objects.requireNonNull(comodel, "comodel"), null, List.of());
    }

    /** Makes the last field required. */
    public ModelBuilder required() {
        return modify(f -> f.withRequired(true));
    }

    /** Makes the last field read-only in {@code fields_get} (writes stay possible, as with Odoo's readonly). */
    public ModelBuilder readonly() {
        return modify(f -> f.withReadonly(true));
    }

    /** Sets the label ({@code string}) of the last field. */
    public ModelBuilder label(String text) {
        Objects.requireNonNull(text, "text");
        return modify(f -> f.withLabel(text));
    }

    /** Gives the last field a constant default, in the normalised wire form (an id for a many2one). */
    public ModelBuilder defaultValue(@Nullable Object value) {
        return modify(f -> f.withDefault(uid -> value));
    }

    /** Gives the last field a computed default, such as {@code uid -> uid} for "the current user". */
    public ModelBuilder defaultValue(DefaultValue value) {
        Objects.requireNonNull(value, "value");
        return modify(f -> f.withDefault(value));
    }

    /** Hides the last field's value from reads, as Odoo does for passwords. */
    ModelBuilder secret() {
        return modify(FieldDef::asSecret);
    }

    /** Adds a computed, not stored field. */
    ModelBuilder computedField(String fieldName, FieldType type, String label, ComputedField compute) {
        return computedField(new FieldDef(fieldName, type, label, false, true, null, null, List.of(), null, false,
                false), compute);
    }

    /** Adds a computed, not stored field described in full (a selection or a many2one, say). */
    ModelBuilder computedField(FieldDef field, ComputedField compute) {
        fields.put(field.name(), field);
        computed.put(field.name(), compute);
        lastField = null;
        return this;
    }

    /** Adds a field described in full. */
    public ModelBuilder field(FieldDef field) {
        if (MagicFields.NAMES.contains(field.name())) {
            throw new IllegalArgumentException(field.name() + " is a magic field every model has already");
        }
        fields.put(field.name(), field);
        lastField = field.name();
        return this;
    }

    /** The Odoo module that defines the model, as {@code /doc-bearer} names it ({@code todo_app}, {@code base}). */
    ModelBuilder module(String odooModule) {
        this.module = odooModule;
        return this;
    }

    /** Builds the model and adds it to the database (replacing a model of the same name). */
    public ModelDef register() {
        return registry.register(build());
    }

    ModelDef build() {
        Map<String, FieldDef> all = new LinkedHashMap<>(fields);
        MagicFields.appendTo(all);
        String rec = recName;
        if (rec == null && all.containsKey("name")) {
            rec = "name";
        }
        return new ModelDef(name, description, all, order, rec, access, computed, module);
    }

    boolean hasField(String fieldName) {
        return fields.containsKey(fieldName);
    }

    private ModelBuilder add(String fieldName, FieldType type, @Nullable String relation, @Nullable String inverse,
            List<List<String>> selection) {
        if (!fieldName.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a field name (snake_case): " + fieldName);
        }
        return field(new FieldDef(fieldName, type, defaultLabel(fieldName), false, false, relation, inverse,
                selection, null, true, false));
    }

    private ModelBuilder modify(UnaryOperator<FieldDef> change) {
        if (lastField == null) {
            throw new IllegalStateException("add a field before setting its properties");
        }
        fields.put(lastField, change.apply(fields.get(lastField)));
        return this;
    }

    /** Odoo's automatic label: {@code user_id} -> "User", {@code date_deadline} -> "Date Deadline". */
    static String defaultLabel(String fieldName) {
        String base = fieldName.replaceAll("_ids?$", "");
        StringBuilder label = new StringBuilder();
        for (String word : base.split("_")) {
            if (word.isEmpty()) {
                continue;
            }
            if (label.length() > 0) {
                label.append(' ');
            }
            label.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return label.toString();
    }
}
