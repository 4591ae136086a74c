package io.typedoo.typed;

import io.typedoo.internal.record.ValueType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A date or datetime field. Odoo keeps datetimes in UTC.
 *
 * @param <D> {@code LocalDate}, {@code LocalDateTime} (UTC) or {@code Instant}
 */
public final class DateField<D extends Comparable<? super D>> extends ComparableField<D> {

    private DateField(String name, ValueType<D> type) {
        super(name, type);
    }

    /** A date field. */
    public static DateField<LocalDate> ofDate(String name) {
        return new DateField<>(name, ValueType.DATE);
    }

    /** A datetime field read as a UTC {@code LocalDateTime}. */
    public static DateField<LocalDateTime> ofDateTime(String name) {
        return new DateField<>(name, ValueType.DATETIME_UTC);
    }

    /** A datetime field read as an {@code Instant}. */
    public static DateField<Instant> ofInstant(String name) {
        return new DateField<>(name, ValueType.INSTANT);
    }
}
