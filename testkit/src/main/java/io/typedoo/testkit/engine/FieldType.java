package io.typedoo.testkit.engine;

import java.util.Locale;

/** The Odoo field types the engine supports, named as {@code fields_get} reports them. */
public enum FieldType {
    CHAR, TEXT, HTML, INTEGER, FLOAT, MONETARY, BOOLEAN, DATE, DATETIME, SELECTION, MANY2ONE, ONE2MANY, MANY2MANY,
    BINARY;

    /** The type name Odoo uses, such as {@code "many2one"}. */
    public String odooName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the field points at records of another model. */
    public boolean isRelational() {
        return this == MANY2ONE || this == ONE2MANY || this == MANY2MANY;
    }

    /** Whether the field holds a list of ids. */
    public boolean isX2many() {
        return this == ONE2MANY || this == MANY2MANY;
    }

    /** Whether the field holds a number. */
    public boolean isNumeric() {
        return this == INTEGER || this == FLOAT || this == MONETARY;
    }
}
