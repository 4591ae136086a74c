package io.typedoo.testkit.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Conversions between the normalised wire form and the stored form of field values, as Odoo's
 * {@code convert_to_cache} and {@code convert_to_read} do them.
 */
final class Values {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Values() {
    }

    /** The stored form of a value written to a non-x2many field. */
    static @Nullable Object toStored(Env env, ModelDef model, FieldDef field, @Nullable Object value) {
        if (field.type() != FieldType.BOOLEAN && Py.isFalse(value)) {
            return null;
        }
        if (field.secret()) {
            // A password is kept as Odoo keeps it: a salted hash, never the text.
            return PasswordHash.hash(value instanceof String s ? s : Py.repr(value));
        }
        return switch (field.type()) {
            case CHAR, TEXT, HTML, BINARY -> value instanceof String s ? s : Py.repr(value);
            case SELECTION -> selection(model, field, value);
            case INTEGER -> Py.toLong(value instanceof Double d ? Math.floor(d) : value, field.name());
            case FLOAT, MONETARY -> toDouble(field, value);
            case BOOLEAN -> Py.truthy(value);
            case DATE -> date(field, value);
            case DATETIME -> datetime(field, value);
            case MANY2ONE -> many2one(env, model, field, value);
            case ONE2MANY, MANY2MANY -> throw new IllegalArgumentException("x2many values are commands");
        };
    }

    /** The value {@code read} returns for a stored value. */
    static Object toRead(Env env, ModelDef model, FieldDef field, @Nullable Object stored, boolean loadNames,
            Map<String, Object> row) {
        if (field.secret()) {
            return "";
        }
        return switch (field.type()) {
            case INTEGER -> stored == null ? Long.valueOf(0) : stored;
            case FLOAT, MONETARY -> stored == null ? Double.valueOf(0.0) : stored;
            case BOOLEAN -> stored == null ? Boolean.FALSE : stored;
            case MANY2ONE -> {
                if (stored == null) {
                    yield Boolean.FALSE;
                }
                ModelDef comodel = env.comodel(field);
                Map<String, Object> target = env.tx().row(comodel.name(), (Long) stored);
                if (target == null) {
                    yield Boolean.FALSE;
                }
                if (!loadNames) {
                    yield stored;
                }
                String name = env.displayName(comodel, target);
                yield List.of(stored, name == null ? Boolean.FALSE : name);
            }
            case ONE2MANY, MANY2MANY -> {
                ModelDef comodel = env.comodel(field);
                yield new ArrayList<Object>(env.sortIds(comodel,
                        env.x2manyIds(model, row, field, env.activeTest())));
            }
            default -> stored == null ? Boolean.FALSE : stored;
        };
    }

    private static String selection(ModelDef model, FieldDef field, Object value) {
        String text = value instanceof String s ? s : Py.repr(value);
        for (List<String> option : field.selection()) {
            if (option.get(0).equals(text)) {
                return text;
            }
        }
        throw OdooError.valueError("Wrong value for " + model.name() + "." + field.name() + ": " + Py.repr(value));
    }

    private static Double toDouble(FieldDef field, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s);
            } catch (NumberFormatException e) {
                throw OdooError.valueError("could not convert string to float: " + Py.repr(s));
            }
        }
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        throw OdooError.typeError("float() argument must be a string or a real number, not '" + Py.typeName(value)
                + "' (field " + field.name() + ")");
    }

    private static String date(FieldDef field, Object value) {
        String text = String.valueOf(value);
        String day = text.length() > 10 ? text.substring(0, 10) : text;
        try {
            return LocalDate.parse(day).toString();
        } catch (DateTimeParseException e) {
            throw OdooError.valueError("time data " + Py.repr(text) + " does not match format '%Y-%m-%d'");
        }
    }

    private static String datetime(FieldDef field, Object value) {
        String text = String.valueOf(value).replace('T', ' ');
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().format(DATETIME);
            }
            String seconds = text.length() > 19 ? text.substring(0, 19) : text;
            return LocalDateTime.parse(seconds, DATETIME).format(DATETIME);
        } catch (DateTimeParseException e) {
            throw OdooError.valueError("time data " + Py.repr(String.valueOf(value))
                    + " does not match format '%Y-%m-%d %H:%M:%S'");
        }
    }

    private static Long many2one(Env env, ModelDef model, FieldDef field, Object value) {
        Object idValue = value instanceof List<?> pair && !pair.isEmpty() ? pair.get(0) : value;
        long id = Py.toLong(idValue, field.name());
        ModelDef comodel = env.comodel(field);
        if (env.tx().row(comodel.name(), id) == null) {
            throw foreignKey(model, field, comodel, id);
        }
        return id;
    }

    /** What Odoo reports when a relational value points at a record that does not exist. */
    static OdooError foreignKey(ModelDef model, FieldDef field, ModelDef comodel, long id) {
        String table = model.name().replace('.', '_');
        return OdooError.validation("The operation cannot be completed: another model requires the record being"
                + " deleted. If possible, archive it instead.\n\nModel: " + model.description() + " ("
                + model.name() + "), Constraint: " + table + "_" + field.name() + "_fkey (no "
                + comodel.name() + " record with id " + id + ")");
    }
}
