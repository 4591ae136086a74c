package io.typedoo.domain;

import io.typedoo.value.WireConversions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads a domain in Odoo's wire form (operator strings and three-element lists) and checks it the way Odoo does:
 * known operators, leaves of exactly three elements, and every {@code &}, {@code |}, {@code !} followed by as many
 * terms as it needs (two, two, one).
 */
final class DomainWireReader {

    private DomainWireReader() {
    }

    static Domain read(List<?> wire) {
        List<Object> terms = new ArrayList<>(wire.size());
        for (int i = 0; i < wire.size(); i++) {
            terms.add(term(wire.get(i), i));
        }
        int topLevel = countTopLevelTerms(terms,
                (index, message) -> new IllegalArgumentException(message + " (term " + index + " of " + wire + ")"));
        return Domain.ofTerms(terms, topLevel);
    }

    private static Object term(Object raw, int index) {
        if (raw instanceof String s) {
            if (isLogicalOperator(s)) {
                return s;
            }
            throw new IllegalArgumentException("Domain term " + index + " is the string '" + s
                    + "', but only '&', '|' and '!' may stand alone; a condition is a list [field, operator, value]");
        }
        List<?> leaf;
        if (raw instanceof List<?> l) {
            leaf = l;
        } else if (raw instanceof Object[] array) {
            leaf = Arrays.asList(array);
        } else {
            throw new IllegalArgumentException("Domain term " + index + " is " + raw
                    + "; expected '&', '|', '!' or a condition [field, operator, value]");
        }
        if (leaf.size() != 3) {
            throw new IllegalArgumentException("Domain condition " + leaf + " (term " + index + ") has "
                    + leaf.size() + " elements; a condition is [field, operator, value]");
        }
        if (!(leaf.get(0) instanceof String field) || field.isBlank()) {
            throw new IllegalArgumentException("Domain condition " + leaf + " (term " + index
                    + ") must start with a field name");
        }
        if (!(leaf.get(1) instanceof String operator)) {
            throw new IllegalArgumentException("Domain condition " + leaf + " (term " + index
                    + ") needs an operator string in second place");
        }
        List<Object> normalised = new ArrayList<>(3);
        normalised.add(field);
        normalised.add(Operator.fromWire(operator).wire());
        normalised.add(WireConversions.toWire(leaf.get(2)));
        return Collections.unmodifiableList(normalised);
    }

    static boolean isLogicalOperator(String s) {
        return s.equals("&") || s.equals("|") || s.equals("!");
    }

    /**
     * Checks the prefix-notation arity, reading from the end as Odoo's normaliser does, and returns how many terms
     * remain at the top level (they are implicitly and-ed).
     *
     * @param error makes the exception for the term at an index with a message
     */
    static int countTopLevelTerms(List<Object> terms, BiFunction<Integer, String, RuntimeException> error) {
        int available = 0;
        for (int i = terms.size() - 1; i >= 0; i--) {
            Object term = terms.get(i);
            if (term instanceof String op) {
                int needed = op.equals("!") ? 1 : 2;
                if (available < needed) {
                    throw error.apply(i, "Operator '" + op + "' needs " + needed + (needed == 1 ? " term" : " terms")
                            + " after it, but " + (available == 0 ? "none follows" : "only " + available + " follows"));
                }
                available -= needed - 1;
            } else {
                available++;
            }
        }
        return available;
    }
}
