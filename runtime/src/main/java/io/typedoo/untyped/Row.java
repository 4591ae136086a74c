package io.typedoo.untyped;

import io.typedoo.value.Many2one;
import io.typedoo.value.WireConversions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One row returned by {@code read} or {@code search_read}: the raw values in the server's order, and typed readers
 * that apply Odoo's conventions ({@code false} for empty becomes {@code null}, {@code [id, name]} a
 * {@link Many2one}, dates and datetimes {@code java.time} values, base64 {@code byte[]}).
 *
 * <p>Immutable. Asking for a field that was not read is an {@link IllegalArgumentException} naming the fields that
 * were, so a forgotten field in the field list is found at once rather than read as empty.
 */
public final class Row {

    private final String model;
    private final Map<String, Object> values;

    /**
     * @param model the technical model name, for messages
     * @param values the row as the transport returned it
     */
    public Row(String model, Map<String, ?> values) {
        this.model = model;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The model the row belongs to. */
    public String model() {
        return model;
    }

    /** The record id. */
    public long id() {
        Long id = read("id", WireConversions::toLong);
        if (id == null) {
            throw new IllegalArgumentException("The " + model + " row has no id: " + values.keySet());
        }
        return id;
    }

    /** True when the row holds {@code field}. */
    public boolean has(String field) {
        return values.containsKey(field);
    }

    /** The raw wire value of {@code field}, Odoo's {@code false} included. */
    public @Nullable Object get(String field) {
        require(field);
        return values.get(field);
    }

    /** A char, text, html or selection field; null when empty. */
    public @Nullable String getString(String field) {
        return read(field, WireConversions::toStringValue);
    }

    /** An integer field (or a many2one's id when read with {@code load=None}); null when empty. */
    public @Nullable Long getLong(String field) {
        return read(field, WireConversions::toLong);
    }

    /** A float or monetary field; null when empty. */
    public @Nullable Double getDouble(String field) {
        return read(field, WireConversions::toDouble);
    }

    /** A float or monetary field as a decimal; null when empty. */
    public @Nullable BigDecimal getBigDecimal(String field) {
        return read(field, WireConversions::toBigDecimal);
    }

    /** A boolean field. */
    public boolean getBoolean(String field) {
        Boolean b = read(field, WireConversions::toBoolean);
        return b != null && b;
    }

    /** A date field; null when empty. */
    public @Nullable LocalDate getDate(String field) {
        return read(field, WireConversions::toDate);
    }

    /** A datetime field, in UTC as Odoo stores it; null when empty. */
    public @Nullable LocalDateTime getDateTime(String field) {
        return read(field, WireConversions::toDateTime);
    }

    /** A datetime field as an instant; null when empty. */
    public @Nullable Instant getInstant(String field) {
        return read(field, WireConversions::toInstant);
    }

    /** A many2one field; null when empty. */
    public @Nullable Many2one getMany2one(String field) {
        return read(field, WireConversions::toMany2one);
    }

    /** A one2many or many2many field: the related ids; empty when empty. */
    public List<Long> getIds(String field) {
        List<Long> ids = read(field, WireConversions::toIds);
        return ids == null ? List.of() : ids;
    }

    /** A binary field, decoded from base64; null when empty. */
    public byte @Nullable [] getBinary(String field) {
        return read(field, WireConversions::toBinary);
    }

    /** Every value, raw, in the server's order (unmodifiable). */
    public Map<String, Object> asMap() {
        return values;
    }

    private <T> @Nullable T read(String field, Function<@Nullable Object, @Nullable T> reader) {
        require(field);
        try {
            return reader.apply(values.get(field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Field '" + field + "' of " + model + ": " + e.getMessage(), e);
        }
    }

    private void require(String field) {
        if (!values.containsKey(field)) {
            throw new IllegalArgumentException("Field '" + field + "' of " + model
                    + " was not read; this row holds " + values.keySet() + ". Add it to the fields to read.");
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Row r && r.model.equals(model) && r.values.equals(values);
    }

    @Override
    public int hashCode() {
        return model.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return model + values;
    }
}
