package io.typedoo.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import io.typedoo.value.WireConversions;
import io.typedoo.value.WireValue;
import org.jspecify.annotations.Nullable;

/**
 * An Odoo search domain: an immutable list in Polish (prefix) notation, where leaves are
 * {@code (field_path, operator, value)} triples and {@code "&"}, {@code "|"}, {@code "!"} combine the terms after
 * them. Terms not joined by an operator are implicitly and-ed, as in Odoo.
 *
 * <pre>{@code
 * Domain d = Domain.leaf("name", "ilike", "wood").or(Domain.leaf("email", "!=", null).not());
 * Domain same = Domain.parse("['|', ('name','ilike','wood'), '!', ('email','!=',False)]");
 * }</pre>
 *
 * <p>Leaf values are kept in the wire form at once ({@link WireConversions#toWire}): {@code null} becomes Odoo's
 * {@code False}, an {@code Integer} a {@code Long}, a {@code LocalDate} its {@code YYYY-MM-DD} text, a nested
 * {@code Domain} (for {@code any}) its list. Domains are immutable and thread-safe.
 */
public final class Domain implements WireValue {

    private static final Domain ALL = new Domain(List.of(), 0);

    /** The wire form: operator strings and three-element leaf lists. */
    private final List<Object> terms;
    /** How many top-level terms the list holds (implicitly and-ed when more than one). */
    private final int topLevelTerms;

    private Domain(List<Object> terms, int topLevelTerms) {
        this.terms = terms;
        this.topLevelTerms = topLevelTerms;
    }

    /** The empty domain, which matches every record. */
    public static Domain all() {
        return ALL;
    }

    /**
     * A single condition.
     *
     * @param fieldPath a field name or a dotted path through relations, such as {@code parent_id.name}
     * @param operator one of Odoo's operators ({@link Operator#wire()})
     * @param value the value; null is sent as {@code False}
     * @throws IllegalArgumentException for an unknown operator, a blank field, or a value Odoo cannot receive
     */
    public static Domain leaf(String fieldPath, String operator, @Nullable Object value) {
        // Rejects unknown operators early, with the list of valid ones; "<>" and "==" become "!=" and "=".
        String canonical = Operator.fromWire(operator).wire();
        if (fieldPath.isBlank()) {
            throw new IllegalArgumentException("A domain leaf needs a field name");
        }
        List<Object> leaf = new ArrayList<>(3);
        leaf.add(fieldPath);
        leaf.add(canonical);
        leaf.add(WireConversions.toWire(value));
        return new Domain(List.of(Collections.unmodifiableList(leaf)), 1);
    }

    /** A single condition with a typed operator. */
    public static Domain leaf(String fieldPath, Operator operator, @Nullable Object value) {
        return leaf(fieldPath, operator.wire(), value);
    }

    /** Every domain must hold: {@code ['&', a, b]}, or the empty domain when none is given. */
    public static Domain and(Domain... domains) {
        Domain result = ALL;
        for (Domain d : domains) {
            result = result.and(d);
        }
        return result;
    }

    /** At least one domain must hold: {@code ['|', a, b]}. Or-ing nothing matches nothing. */
    public static Domain or(Domain... domains) {
        if (domains.length == 0) {
            return leaf("id", "=", 0L).and(leaf("id", "!=", 0L));
        }
        Domain result = domains[0];
        for (int i = 1; i < domains.length; i++) {
            result = result.or(domains[i]);
        }
        return result;
    }

    /**
     * Reads a domain in Odoo's wire form, as a server or a JSON document gives it: operator strings and
     * three-element lists (or arrays).
     *
     * @throws IllegalArgumentException if the list is not a well-formed domain
     */
    public static Domain fromWire(List<?> wire) {
        return DomainWireReader.read(wire);
    }

    /**
     * Parses Odoo's Python-literal domain text, such as
     * {@code ['|', ('name','ilike','wood'), '!', ('email','!=',False)]}.
     *
     * @throws DomainSyntaxException pointing at the offending character
     */
    public static Domain parse(String text) {
        return DomainParser.parse(text);
    }

    /** This domain and the other one. */
    public Domain and(Domain other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return combine("&", this.asSingleTerm(), other.asSingleTerm());
    }

    /** This domain or the other one. An empty side matches everything, so the result does too. */
    public Domain or(Domain other) {
        if (isEmpty() || other.isEmpty()) {
            return ALL;
        }
        return combine("|", this.asSingleTerm(), other.asSingleTerm());
    }

    /** The negation of this domain. The negation of the empty domain matches nothing. */
    public Domain not() {
        if (isEmpty()) {
            return or();
        }
        List<Object> list = new ArrayList<>(terms.size() + 1);
        list.add("!");
        list.addAll(asSingleTerm().terms);
        return new Domain(Collections.unmodifiableList(list), 1);
    }

    /** True for the empty domain, which matches every record. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The wire form, ready to send: operator strings and three-element lists. */
    @Override
    public List<Object> toWire() {
        return terms;
    }

    /** Odoo's Python-literal text of this domain, which {@link #parse} reads back. */
    @Override
    public String toString() {
        return DomainPrinter.print(terms);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Domain d && d.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    /** Package-private factory for the parser and wire reader, which check well-formedness themselves. */
    static Domain ofTerms(List<Object> terms, int topLevelTerms) {
        return terms.isEmpty() ? ALL : new Domain(Collections.unmodifiableList(new ArrayList<>(terms)), topLevelTerms);
    }

    /** Makes the implicit top-level '&' explicit, so the domain can be an operand of another operator. */
    private Domain asSingleTerm() {
        if (topLevelTerms <= 1) {
            return this;
        }
        List<Object> list = new ArrayList<>(terms.size() + topLevelTerms - 1);
        for (int i = 1; i < topLevelTerms; i++) {
            list.add("&");
        }
        list.addAll(terms);
        return new Domain(Collections.unmodifiableList(list), 1);
    }

    private static Domain combine(String operator, Domain left, Domain right) {
        List<Object> list = new ArrayList<>(left.terms.size() + right.terms.size() + 1);
        list.add(operator);
        list.addAll(left.terms);
        list.addAll(right.terms);
        return new Domain(Collections.unmodifiableList(list), 1);
    }
}
