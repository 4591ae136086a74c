package io.typedoo.internal.record;

import io.typedoo.typed.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the record layer knows of one declared model: its Odoo name, its declared fields and how to make its
 * generated record class. Each generated model class holds one, as {@code TodoTaskModel.info()}. Its declaration
 * is immutable; it also keeps what the searches of the model learn about the fields code reads
 * ({@link FetchProfiles}).
 *
 * @param <H> the generated record class, such as {@code TodoTaskRecord}
 */
public final class DeclaredModel<H> {

    private final String name;
    private final List<Field> fields;
    private final List<String> fieldNames;
    private final RecordFactory<H> factory;
    private final Map<String, Field> byName = new HashMap<>();
    private final FetchProfiles profiles = new FetchProfiles();

    private DeclaredModel(String name, RecordFactory<H> factory, List<Field> fields) {
        this.name = name;
        this.factory = factory;
        this.fields = List.copyOf(fields);
        List<String> names = new ArrayList<>(fields.size());
        for (Field f : fields) {
            if (!f.name().equals("id")) {
                names.add(f.name());
            }
            byName.put(f.name(), f);
        }
        this.fieldNames = List.copyOf(names);
    }

    /**
     * The description of the Odoo model {@code name} with its declared {@code fields}.
     *
     * @param factory makes a record handle, such as {@code TodoTaskRecord::new}
     */
    public static <H> DeclaredModel<H> of(String name, RecordFactory<H> factory, List<Field> fields) {
        return new DeclaredModel<>(name, factory, fields);
    }

    /** The Odoo model name, such as {@code todo.task}. */
    public String name() {
        return name;
    }

    /** The declared fields, in declaration order. */
    public List<Field> fields() {
        return fields;
    }

    /** The Odoo names of the declared fields, {@code id} left out: what a read of this model asks for. */
    public List<String> fieldNames() {
        return fieldNames;
    }

    public H newRecord(RecordGroup group, long id) {
        return factory.create(group, id);
    }

    /** The declared field named {@code odooName}, or null. */
    public @Nullable Field field(String odooName) {
        return byName.get(odooName);
    }

    /** What the searches of this model read, per line of code: where learnt fetch plans come from. */
    public FetchProfiles profiles() {
        return profiles;
    }

    @Override
    public String toString() {
        return name + fieldNames;
    }
}
