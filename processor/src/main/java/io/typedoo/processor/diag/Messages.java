package io.typedoo.processor.diag;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports, in Java's words ({@link KotlinMessages} has the Kotlin wording of those
 * a Kotlin source can cause). Each text starts with a tag in brackets, says what is wrong, and says how to fix it.
 * Tests use these texts, so rewording one does not break a test silently.
 */
public enum Messages implements Message {

    MODEL_NOT_INTERFACE("[OdooModelNotInterface] @OdooModel applies only to interfaces, but %s is %s;"
            + " declare it as 'interface %s' and describe each field by an accessor"),
    MODEL_GENERIC("[OdooModelGeneric] @OdooModel interface %s must not have type parameters;"
            + " declare one interface per Odoo model"),
    MODEL_PRIVATE("[OdooModelPrivate] @OdooModel interface %s is private, so the generated classes next to it"
            + " cannot implement it; make it package-private or public"),
    MODEL_NAME_INVALID("[OdooModelName] '%s' is not an Odoo model name; use lower-case words joined by dots,"
            + " such as @OdooModel(\"res.partner\")"),
    FIELD_TYPE_UNSUPPORTED("[OdooFieldType] %s.%s() returns %s, which typedoo cannot read from an Odoo field;"
            + " use String, int, long, double, BigDecimal, boolean (or their boxes), LocalDate, LocalDateTime,"
            + " Instant, byte[], an enum, an @OdooModel interface, List<an @OdooModel interface> or List<Long>"),
    X2MANY_NULLABLE("[OdooX2manyNullable] %s.%s() is @Nullable, but Odoo sends an empty %s as an empty list,"
            + " never null; remove @Nullable"),
    RELATION_NOT_MODEL("[OdooRelationTarget] %s.%s() refers to %s, which is not an @OdooModel interface;"
            + " annotate %s with @OdooModel(\"its.model\"), or read the ids with long or List<Long>"),
    FIELD_DUPLICATE("[OdooFieldDuplicate] %s.%s() and %s() both read the Odoo field '%s'; remove one,"
            + " or map one to another field with @OdooField"),
    PROPERTY_DUPLICATE("[OdooPropertyDuplicate] %s.%s() and %s() are the same property '%s'; remove one"),
    FIELD_NAME_INVALID("[OdooFieldName] '%s' is not an Odoo field name; use lower-case letters, digits and"
            + " underscores, such as @OdooField(\"user_id\")"),
    ID_TYPE("[OdooIdType] %s.%s() reads the record id, so it must return long"),
    RESERVED_NAME("[OdooReservedName] %s.%s() clashes with %s.%s() of the generated record; name the accessor"
            + " differently and map it with @OdooField(\"%s\")"),
    RESERVED_SETTER("[OdooReservedName] %s.%s() needs the values setter %s(...), which clashes with a method of"
            + " %s; name the accessor differently and map it with @OdooField(\"%s\")"),
    RESERVED_METHOD("[OdooReservedName] %s.%s clashes with %s.%s of the generated record; name the Java method"
            + " differently and keep @OdooMethod(\"%s\")"),
    CONSTANT_DUPLICATE("[OdooConstantDuplicate] %s.%s() and %s() both need the constant %s.%s (the upper"
            + " snake_case of the property); rename one accessor and map it with @OdooField"),
    METHOD_WITHOUT_ANNOTATION("[OdooMethodUndeclared] %s.%s has parameters, so it is not a field accessor;"
            + " annotate it @OdooMethod(\"odoo_method\") to call a method of the model, or give it a default body"),
    VOID_ACCESSOR("[OdooVoidAccessor] %s.%s() returns void, so it is not a field accessor; annotate it"
            + " @OdooMethod(\"odoo_method\") to call a method of the model, or give it a default body"),
    METHOD_GENERIC("[OdooMethodGeneric] %s.%s must not have type parameters; use concrete types"),
    FIELD_AND_METHOD("[OdooFieldAndMethod] %s.%s carries both @OdooField and @OdooMethod; keep @OdooField on a"
            + " field accessor or @OdooMethod on a model method"),
    METHOD_NAME_INVALID("[OdooMethodName] '%s' is not a public Odoo method name; use lower-case letters,"
            + " digits and underscores, not starting with '_' (private methods cannot be called remotely)"),
    METHOD_PARAMETER_TYPE("[OdooMethodParameter] parameter '%s' of %s.%s has type %s, which typedoo cannot send;"
            + " use a type an accessor could return (String, numbers, boolean, dates, an enum, byte[],"
            + " an @OdooModel interface, List<...> of those)"),
    METHOD_PARAMETER_UNNAMED("[OdooMethodParameterName] cannot tell the Odoo name of parameter '%s' of %s.%s: its"
            + " name was not kept (a class compiled without -parameters names it so); annotate it"
            + " @OdooParam(\"odoo_name\"), as arguments are sent by name"),
    METHOD_PARAMETER_NAME("[OdooMethodParameterName] parameter '%s' of %s.%s would be sent as '%s', which %s;"
            + " annotate it @OdooParam(\"odoo_name\") with the method's Python parameter name"),
    METHOD_RESULT_TYPE("[OdooMethodResult] %s.%s returns %s, which typedoo cannot read from a method result;"
            + " use void, String, int, long, double, BigDecimal, boolean (or their boxes), LocalDate,"
            + " LocalDateTime, Instant, byte[], an enum or List<Long>"),
    MISSING_TYPE("[OdooMissingType] %s refers to %s, which does not exist; fix the name or the import (if another"
            + " processor generates it, make sure it runs in the same compilation)"),
    SCHEMA_UNREADABLE("[OdooSchemaFile] Cannot use the schema snapshot %s given by -A%s: %s; write one with"
            + " 'typedoo schema MODEL... -o FILE', or leave the option out to compile without schema checks"),
    SCHEMA_MODEL_UNKNOWN("[OdooSchemaModel] Model '%s' is not in the schema snapshot %s; fix the name in"
            + " @OdooModel, or add the model to the snapshot with 'typedoo schema %s ...'"),
    SCHEMA_MODEL_MISSPELT("[OdooSchemaModel] Model '%s' is not in the schema snapshot %s; did you mean '%s'?"
            + " Fix the name in @OdooModel, or add the model to the snapshot with 'typedoo schema %s ...'"),
    SCHEMA_FIELD_UNKNOWN("[OdooSchemaField] %s.%s() reads the field '%s', which %s does not have in the schema"
            + " snapshot; map the accessor to one of its fields with @OdooField (they are listed by"
            + " 'typedoo fields %s')"),
    SCHEMA_FIELD_MISSPELT("[OdooSchemaField] %s.%s() reads the field '%s', which %s does not have in the schema"
            + " snapshot; did you mean '%s'? Map the accessor with @OdooField(\"%s\")"),
    SCHEMA_FIELD_TYPE("[OdooSchemaType] %s.%s() returns %s, but '%s' of %s is %s field; return %s"),
    SCHEMA_RELATION("[OdooSchemaRelation] %s.%s() returns %s, the interface of %s, but '%s' of %s is %s to %s;"
            + " return the @OdooModel interface of %s"),
    SCHEMA_NULLABLE("[OdooSchemaNullable] %s.%s() cannot return null, but '%s' of %s is %s field that is not"
            + " required, so Odoo sends False (read as null) when it is empty; mark the accessor @Nullable%s",
            Diagnostic.Kind.WARNING),
    SCHEMA_SELECTION("[OdooSchemaSelection] %s has no constant for %s of the selection '%s' of %s; add one, or"
            + " reading a record with such a value fails", Diagnostic.Kind.WARNING),
    INTERNAL_ERROR("[OdooInternalError] typedoo failed on %s: %s; please report this with the trace: %s");

    private final String format;
    private final Diagnostic.Kind kind;

    Messages(String format) {
        this(format, Diagnostic.Kind.ERROR);
    }

    Messages(String format, Diagnostic.Kind kind) {
        this.format = format;
        this.kind = kind;
    }

    @Override
    public String pattern() {
        return format;
    }

    @Override
    public Diagnostic.Kind kind() {
        return kind;
    }
}
