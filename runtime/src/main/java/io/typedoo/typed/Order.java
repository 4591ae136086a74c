package io.typedoo.typed;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sort order, such as {@code TodoTaskModel.DATE_DEADLINE.asc().then(TodoTaskModel.NAME.desc())}, sent as
 * Odoo's {@code order} text {@code "date_deadline asc, name desc"}. Immutable.
 */
public final class Order {

    private final List<String> terms;

    private Order(List<String> terms) {
        this.terms = List.copyOf(terms);
    }

    static Order asc(String field) {
        return new Order(List.of(field + " asc"));
    }

    static Order desc(String field) {
        return new Order(List.of(field + " desc"));
    }

    /** Several orders, the first one first. */
    public static Order by(Order first, Order... more) {
        Order result = first;
        for (Order o : more) {
            result = result.then(o);
        }
        return result;
    }

    /** This order, then {@code next} among equal records. */
    public Order then(Order next) {
        List<String> all = new ArrayList<>(terms);
        all.addAll(next.terms);
        return new Order(all);
    }

    /** Odoo's order text, such as {@code "date_deadline asc, name desc"}. */
    public String toWire() {
        return String.join(", ", terms);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Order other && other.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return toWire();
    }
}
