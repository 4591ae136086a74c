package io.typedoo.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The comparison operators of Odoo domain leaves. */
public enum Operator {
    EQ("="),
    NE("!="),
    GT(">"),
    GE(">="),
    LT("<"),
    LE("<="),
    /** Odoo's {@code =?}: true when the value is False/None, else like {@code =}. */
    EQ_OR_UNSET("=?"),
    LIKE("like"),
    NOT_LIKE("not like"),
    ILIKE("ilike"),
    NOT_ILIKE("not ilike"),
    EQ_LIKE("=like"),
    EQ_ILIKE("=ilike"),
    IN("in"),
    NOT_IN("not in"),
    CHILD_OF("child_of"),
    PARENT_OF("parent_of"),
    /** Odoo 17+: a sub-domain on a relational field. */
    ANY("any"),
    /** Odoo 17+: the negation of {@code any}. */
    NOT_ANY("not any");

    private final String wire;

    Operator(String wire) {
        this.wire = wire;
    }

    /** The operator as Odoo writes it, such as {@code "not ilike"}. */
    public String wire() {
        return wire;
    }

    /**
     * The operator for Odoo's text, such as {@code "ilike"}. Odoo also accepts {@code "<>"} and {@code "=="},
     * read here as {@code !=} and {@code =}.
     *
     * @throws IllegalArgumentException naming the valid operators
     */
    public static Operator fromWire(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.equals("<>")) {
            return NE;
        }
        if (t.equals("==")) {
            return EQ;
        }
        for (Operator op : values()) {
            if (op.wire.equals(t)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown domain operator '" + text + "'; Odoo's operators are "
                + Arrays.stream(values()).map(o -> "'" + o.wire + "'").collect(Collectors.joining(", ")));
    }
}
