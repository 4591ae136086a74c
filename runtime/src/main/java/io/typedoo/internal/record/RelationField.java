package io.typedoo.internal.record;

/** A many2one, one2many or many2many field read as records of another declared model. */
public interface RelationField {

    /** The Odoo field name. */
    String name();

    /** The target model. */
    DeclaredModel<?> target();
}
