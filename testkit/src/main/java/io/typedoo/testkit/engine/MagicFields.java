package io.typedoo.testkit.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fields every Odoo model has: id, display_name and the create/write audit fields. */
final class MagicFields {

    static final Set<String> NAMES = Set.of("id", "display_name", "create_uid", "create_date", "write_uid",
            "write_date");

    private MagicFields() {
    }

    /** Appends the magic fields in the order {@code fields_get} lists them after the declared ones. */
    static void appendTo(Map<String, FieldDef> fields) {
        fields.put("id", magic("id", FieldType.INTEGER, "ID", null, true));
        fields.put("display_name", magic("display_name", FieldType.CHAR, "Display Name", null, false));
        fields.put("create_uid", magic("create_uid", FieldType.MANY2ONE, "Created by", "res.users", true));
        fields.put("create_date", magic("create_date", FieldType.DATETIME, "Created on", null, true));
        fields.put("write_uid", magic("write_uid", FieldType.MANY2ONE, "Last Updated by", "res.users", true));
        fields.put("write_date", magic("write_date", FieldType.DATETIME, "Last Updated on", null, true));
    }

    private static FieldDef magic(String name, FieldType type, String label, @org.jspecify.annotations.Nullable String relation,
            boolean stored) {
        return new FieldDef(name, type, label, false, true, relation, null, List.of(), null, stored, false);
    }
}
