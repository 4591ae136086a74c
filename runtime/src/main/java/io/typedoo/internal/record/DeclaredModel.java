package io.typedoo.internal.record;

import io.typedoo.typed.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the record layer knows of one declared model: its Odoo name, its declared fields and how to make its
 * generated record class. Each generated model class holds one, as {@code TodoTaskModel.info()}. Immutable.
 *
 * @param <H> the generated record class, such as {@code TodoTaskRecord}
 */
public final class DeclaredModel<H> {

    private final String name;
    private final List<Field> fields;
    private final List<String> fieldNames;
    private final RecordFactory<H> factory;

    private DeclaredModel(String name, RecordFactory<H> factory, List<Field> fields) {
        this.name = name;
        this.factory = factory;
        this.fields = List.copyOf(fields);
        List<String> names = new ArrayList<>(fields.size());
        for (Field f : fields) {
            if (!f.name().equals("id")) {
                names.add(f.name());
            }
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

    /**
     * The {@code specification} of Odoo 17+'s {@code web_search_read}: every declared field, and for relations
     * the declared fields of the target (whose own relations come as ids).
     */
    public Map<String, Object> specification() {
        Map<String, Object> spec = new LinkedHashMap<>();
        for (Field f : fields) {
            if (f.name().equals("id")) {
                continue;
            }
            if (f instanceof RelationField relation) {
                spec.put(f.name(), Map.of("fields", relation.target().flatSpecification()));
            } else {
                spec.put(f.name(), Map.of());
            }
        }
        return spec;
    }

    private Map<String, Object> flatSpecification() {
        Map<String, Object> spec = new LinkedHashMap<>();
        for (String f : fieldNames) {
            spec.put(f, Map.of());
        }
        return spec;
    }

    @Override
    public String toString() {
        return name + fieldNames;
    }
}
