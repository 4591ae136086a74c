package io.typedoo.internal.record;

import io.typedoo.typed.OdooSelection;
import io.typedoo.typed.RecordHandle;
import io.typedoo.value.WireConversions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one Java type crosses the wire: from the normalised value a transport returns (see
 * {@link io.typedoo.internal.transport.Transport}) and back to the form Odoo accepts in {@code create}, {@code write} and
 * domains. Odoo's {@code False} for an empty value reads as {@code null}, except for booleans. The conversions
 * themselves are {@link WireConversions}'s, so typed and untyped reads agree.
 *
 * @param <T> the Java type
 */
public abstract class ValueType<T> {

    /** char, text, html and selection values read as text. */
    public static final ValueType<String> STRING = new ValueType<>("String") {
        @Override
        String decode(Object wire) {
            return present(WireConversions.toStringValue(wire));
        }

        @Override
        public Object toWire(String value) {
            return value;
        }
    };

    /** integer; many2one values read as their id, so a plain {@code long} can hold one. */
    public static final ValueType<Long> LONG = new ValueType<>("Long") {
        @Override
        Long decode(Object wire) {
            // The transports already give integers as Long: hand that one out rather than box a copy.
            return wire instanceof Long n ? n : idOrNumber(wire).longValue();
        }

        @Override
        public Object toWire(Long value) {
            return value;
        }
    };

    /** integer as an {@code int}. */
    public static final ValueType<Integer> INTEGER = new ValueType<>("Integer") {
        @Override
        Integer decode(Object wire) {
            return Math.toIntExact(idOrNumber(wire).longValue());
        }

        @Override
        public Object toWire(Integer value) {
            return value;
        }
    };

    /** float and monetary as a {@code double}. */
    public static final ValueType<Double> DOUBLE = new ValueType<>("Double") {
        @Override
        Double decode(Object wire) {
            return present(WireConversions.toDouble(wire));
        }

        @Override
        public Object toWire(Double value) {
            return value;
        }
    };

    /** float and monetary as a {@link BigDecimal}, from the decimal text of the double Odoo sends. */
    public static final ValueType<BigDecimal> DECIMAL = new ValueType<>("BigDecimal") {
        @Override
        BigDecimal decode(Object wire) {
            return present(WireConversions.toBigDecimal(wire));
        }

        @Override
        public Object toWire(BigDecimal value) {
            return value.doubleValue();
        }
    };

    /** boolean; the one type where {@code False} is a value, not the empty value. */
    public static final ValueType<Boolean> BOOLEAN = new ValueType<>("Boolean") {
        @Override
        public @Nullable Boolean fromWire(@Nullable Object wire) {
            if (wire == null) {
                return null;
            }
            if (wire instanceof Boolean b) {
                return b;
            }
            throw mismatch(wire);
        }

        @Override
        Boolean decode(Object wire) {
            throw new AssertionError("fromWire handles every value");
        }

        @Override
        public Object toWire(Boolean value) {
            return value;
        }
    };

    /** date, sent by Odoo as {@code "2026-12-31"}. */
    public static final ValueType<LocalDate> DATE = new ValueType<>("LocalDate") {
        @Override
        LocalDate decode(Object wire) {
            return present(WireConversions.toDate(wire));
        }

        @Override
        public Object toWire(LocalDate value) {
            return WireConversions.formatDate(value);
        }
    };

    /** datetime, sent by Odoo as {@code "2026-11-30 09:15:00"} in UTC. */
    public static final ValueType<LocalDateTime> DATETIME_UTC = new ValueType<>("LocalDateTime") {
        @Override
        LocalDateTime decode(Object wire) {
            return present(WireConversions.toDateTime(wire));
        }

        @Override
        public Object toWire(LocalDateTime value) {
            return WireConversions.formatDateTime(value);
        }
    };

    /** datetime as an {@link Instant}. */
    public static final ValueType<Instant> INSTANT = new ValueType<>("Instant") {
        @Override
        Instant decode(Object wire) {
            return present(WireConversions.toInstant(wire));
        }

        @Override
        public Object toWire(Instant value) {
            return WireConversions.formatInstant(value);
        }
    };

    /** binary, sent by Odoo as a base64 string. */
    public static final ValueType<byte[]> BINARY = new ValueType<>("byte[]") {
        @Override
        byte[] decode(Object wire) {
            byte[] bytes = WireConversions.toBinary(wire);
            if (bytes == null) {
                throw mismatch(wire);
            }
            return bytes;
        }

        @Override
        public Object toWire(byte[] value) {
            return WireConversions.toWire(value);
        }
    };

    /** one2many and many2many as plain ids. */
    public static final ValueType<List<Long>> IDS = new ValueType<>("List<Long>") {
        @Override
        List<Long> decode(Object wire) {
            if (!(wire instanceof List<?> list)) {
                throw mismatch(wire);
            }
            List<Long> ids = new ArrayList<>(list.size());
            for (Object element : list) {
                ids.add(idOrNumber(element == null ? Boolean.FALSE : element).longValue());
            }
            return List.copyOf(ids);
        }

        @Override
        public Object toWire(List<Long> value) {
            return List.copyOf(value);
        }
    };

    private final String javaType;

    ValueType(String javaType) {
        this.javaType = javaType;
    }

    /**
     * A selection field read as the enum {@code type}: each constant stands for {@link OdooSelection#odooValue()}
     * when the enum implements it, otherwise for its lower-cased name.
     */
    public static <E extends Enum<E>> ValueType<E> selection(Class<E> type) {
        return new ValueType<>(type.getSimpleName()) {
            @Override
            E decode(Object wire) {
                String value = wire.toString();
                for (E constant : type.getEnumConstants()) {
                    if (selectionValue(constant).equals(value)) {
                        return constant;
                    }
                }
                throw new UnknownSelectionValue(value, type);
            }

            @Override
            public Object toWire(E value) {
                return selectionValue(value);
            }
        };
    }

    /** The Java value for a normalised wire value, or null where Odoo sent its empty value ({@code False}). */
    public @Nullable T fromWire(@Nullable Object wire) {
        if (wire == null || Boolean.FALSE.equals(wire)) {
            return null;
        }
        return decode(wire);
    }

    abstract T decode(Object wire);

    /** The value in the form Odoo accepts in {@code create}, {@code write} and domain leaves. */
    public abstract Object toWire(T value);

    @Override
    public String toString() {
        return javaType;
    }

    /**
     * The wire form of any argument a generated model method passes: records as their ids, enums as their
     * selection values, dates in Odoo's formats, binaries in base64, collections element by element.
     */
    public static Object anyToWire(@Nullable Object value) {
        if (value == null) {
            return Boolean.FALSE;
        }
        if (value instanceof RecordHandle record) {
            return record.id();
        }
        if (value instanceof Enum<?> constant) {
            return selectionValue(constant);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>(collection.size());
            for (Object element : collection) {
                list.add(anyToWire(element));
            }
            return list;
        }
        return WireConversions.toWire(value);
    }

    public static String selectionValue(Enum<?> constant) {
        return constant instanceof OdooSelection s ? s.odooValue() : constant.name().toLowerCase(Locale.ROOT);
    }

    /** A number, or the id of a many2one as {@code [id, name]}, {@code {"id": id, ...}} or a bare id. */
    public static Number idOrNumber(Object wire) {
        if (wire instanceof Long id) {
            return id;
        }
        if (wire instanceof List<?> pair && !pair.isEmpty() && pair.get(0) instanceof Number id) {
            return id;
        }
        if (wire instanceof Map<?, ?> map && map.get("id") instanceof Number id) {
            return id;
        }
        return present(WireConversions.toLong(wire));
    }

    /** A converted value that cannot be null, since only non-empty wire values reach {@code decode}. */
    private static <T> T present(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("A non-empty wire value converted to null");
        }
        return value;
    }

    private static IllegalArgumentException mismatch(Object wire) {
        return new IllegalArgumentException("Cannot read " + wire.getClass().getSimpleName() + " '" + wire
                + "' as a value of an Odoo field of this Java type; check the accessor's type against the field");
    }
}
