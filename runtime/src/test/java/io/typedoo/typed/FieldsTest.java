package io.typedoo.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedoo.domain.Domain;
import io.typedoo.internal.record.UnknownSelectionValue;
import io.typedoo.internal.record.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Typed field constants produce the Odoo domains and orders they stand for. */
class FieldsTest {

    enum Priority implements OdooSelection {
        NORMAL("0"), HIGH("1");

        private final String value;

        Priority(String value) {
            this.value = value;
        }

        @Override
        public String odooValue() {
            return value;
        }
    }

    enum State { DRAFT, IN_PROGRESS }

    @Test
    void stringOperators() {
        StringField name = StringField.of("name");
        assertEquals(Domain.parse("[('name', 'ilike', 'wood')]"), name.ilike("wood"));
        assertEquals(Domain.parse("['&', ('name', 'not like', 'w'), ('name', '=like', 'W%')]"),
                name.notLike("w").and(name.eqLike("W%")));
        assertEquals(Domain.parse("[('name', '=', 'x')]"), name.eq("x"));
        assertEquals(Domain.parse("[('name', 'in', ['a', 'b'])]"), name.in("a", "b"));
        assertEquals(Domain.parse("[('name', '!=', False)]"), name.isSet());
        assertEquals(Domain.parse("[('name', '=', False)]"), name.isNotSet());
    }

    @Test
    void comparableOperatorsSendOdooFormats() {
        assertEquals(Domain.parse("[('date_deadline', '<', '2026-12-31')]"),
                DateField.ofDate("date_deadline").lt(LocalDate.of(2026, 12, 31)));
        assertEquals(Domain.parse("[('write_date', '>=', '2026-11-30 09:15:00')]"),
                DateField.ofDateTime("write_date").ge(LocalDateTime.of(2026, 11, 30, 9, 15)));
        assertEquals(Domain.parse("[('write_date', '>', '2026-11-30 09:15:00')]"),
                DateField.ofInstant("write_date").gt(Instant.parse("2026-11-30T09:15:00Z")));
        assertEquals(Domain.parse("['&', ('color', '>=', 1), ('color', '<=', 5)]"),
                NumberField.ofInt("color").between(1, 5));
    }

    @Test
    void selectionValues() {
        assertEquals(Domain.parse("[('priority', '=', '1')]"),
                SelectionField.of("priority", Priority.class).eq(Priority.HIGH));
        assertEquals(Domain.parse("[('state', 'in', ['draft', 'in_progress'])]"),
                SelectionField.of("state", State.class).in(State.DRAFT, State.IN_PROGRESS));
    }

    @Test
    void booleanAndOrders() {
        BooleanField done = BooleanField.of("is_done");
        assertEquals(Domain.parse("[('is_done', '=', False)]"), done.eq(false));
        assertEquals(Domain.parse("[('is_done', '=', True)]"), done.isTrue());
        assertEquals("is_done desc, name asc", done.desc().then(StringField.of("name").asc()).toWire());
        assertEquals("id asc, name desc", Order.by(NumberField.ofLong("id").asc(), StringField.of("name").desc())
                .toWire());
    }

    /** Every comparison, on every field type, rejects null the same way and names isNotSet(). */
    static List<Arguments> comparisonsWithNull() {
        StringField name = StringField.of("name");
        NumberField<Long> count = NumberField.ofLong("count");
        BooleanField done = BooleanField.of("is_done");
        DateField<LocalDate> deadline = DateField.ofDate("deadline");
        SelectionField<Priority> priority = SelectionField.of("priority", Priority.class);
        Many2oneField<Object> user = Many2oneField.of("user_id", () -> {
            throw new AssertionError("not needed");
        });
        X2manyField<Object> tags = X2manyField.of("tag_ids", () -> {
            throw new AssertionError("not needed");
        });
        IdsField tagIds = IdsField.of("tag_ids");
        List<Object> withNull = java.util.Arrays.asList((Object) null);
        return List.of(
                Arguments.of("name.eq", (Runnable) () -> name.eq(null)),
                Arguments.of("name.ne", (Runnable) () -> name.ne(null)),
                Arguments.of("name.in", (Runnable) () -> name.in("a", null)),
                Arguments.of("name.notIn", (Runnable) () -> name.notIn(java.util.Arrays.asList("a", null))),
                Arguments.of("count.eq", (Runnable) () -> count.eq(null)),
                Arguments.of("count.gt", (Runnable) () -> count.gt(null)),
                Arguments.of("is_done.eq", (Runnable) () -> done.eq(null)),
                Arguments.of("deadline.lt", (Runnable) () -> deadline.lt(null)),
                Arguments.of("priority.eq", (Runnable) () -> priority.eq(null)),
                Arguments.of("user_id.eq", (Runnable) () -> user.eq((Object) null)),
                Arguments.of("user_id.in", (Runnable) () -> user.in(withNull)),
                Arguments.of("user_id.inIds", (Runnable) () -> user.inIds(java.util.Arrays.asList(1L, null))),
                Arguments.of("tag_ids.contains", (Runnable) () -> tags.contains(null)),
                Arguments.of("tag_ids.containsAny", (Runnable) () -> tagIds.containsAny(java.util.Arrays.asList(1L, null))));
    }

    @ParameterizedTest(name = "{0}(null)")
    @MethodSource("comparisonsWithNull")
    void eqNullIsOneRuleOnEveryFieldType(String call, Runnable comparison) {
        NullPointerException e = assertThrows(NullPointerException.class, comparison::run);
        assertEquals(call + "(null): a domain cannot compare with null; use isNotSet() for \"has no value\" (Odoo's"
                + " False) and isSet() for the opposite", e.getMessage());
    }

    @Test
    void relationsByIdOnlyAcceptRecordsReadThroughTypedoo() {
        Many2oneField<Object> user = Many2oneField.of("user_id", () -> {
            throw new AssertionError("the target is not needed to build a domain");
        });
        assertEquals(Domain.parse("[('user_id', '=', 2)]"), user.eq(2));
        assertEquals(Domain.parse("[('user_id', 'in', [2, 6])]"), user.inIds(List.of(2L, 6L)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> user.eq("not a record"));
        assertEquals("Expected a record read through typedoo (such as one returned by search or browse), got"
                + " java.lang.String", e.getMessage());
    }

    @Test
    void valueTypesReadWireValues() {
        assertEquals(LocalDate.of(2026, 12, 31), ValueType.DATE.fromWire("2026-12-31"));
        assertEquals(LocalDateTime.of(2026, 11, 30, 9, 15), ValueType.DATETIME_UTC.fromWire("2026-11-30 09:15:00"));
        assertEquals(Instant.parse("2026-11-30T09:15:00Z"), ValueType.INSTANT.fromWire("2026-11-30 09:15:00"));
        assertEquals(null, ValueType.STRING.fromWire(false));
        assertEquals(false, ValueType.BOOLEAN.fromWire(false));
        assertEquals(9L, ValueType.LONG.fromWire(List.of(9L, "Wood Corner")), "a many2one read as its id");
        assertEquals(List.of(1L, 2L), ValueType.IDS.fromWire(List.of(1L, 2L)));
        assertEquals(new BigDecimal("12.5"), ValueType.DECIMAL.fromWire(12.5));
        assertEquals("aGk=", ValueType.BINARY.toWire("hi".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals(Priority.HIGH, ValueType.selection(Priority.class).fromWire("1"));
        UnknownSelectionValue e = assertThrows(UnknownSelectionValue.class,
                () -> ValueType.selection(Priority.class).fromWire("2"));
        assertEquals("2", e.value());
        assertEquals(Priority.class.getName(), e.enumType());
    }

    @Test
    void x2manyCommands() {
        assertEquals(List.of(List.of(6, 0, List.of(1L, 2L))), X2many.setIds(List.of(1L, 2L)).toWire());
        assertEquals(List.of(List.of(4, 3L, 0), List.of(3, 4L, 0), List.of(5, 0, 0)),
                X2many.addIds(List.of(3L)).and(X2many.removeIds(List.of(4L))).and(X2many.clear()).toWire());
    }

    @Test
    void pagesAreChecked() {
        assertEquals(new Page(100, 100), Page.first(100).next());
        assertThrows(IllegalArgumentException.class, () -> Page.of(-1, 10));
    }
}
