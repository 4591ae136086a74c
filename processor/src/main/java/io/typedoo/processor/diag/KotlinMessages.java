package io.typedoo.processor.diag;

import javax.tools.Diagnostic;

/**
 * The diagnostics of {@link Messages} that a Kotlin model can cause, in Kotlin's words, and those only Kotlin can
 * cause. The processor uses them when the model is kapt's stub of a Kotlin interface: they name properties and
 * functions as declared ({@code Task.name}, not {@code Task.getName()}), types as Kotlin spells them
 * ({@code List<Int>}, {@code Double}, {@code LocalDate?}), and the fix in Kotlin. A tag names the same mistake in
 * both languages.
 */
public enum KotlinMessages implements Message {

    VAR_PROPERTY("[OdooKotlinVar] %s.%s is a `var` property, but a model's properties are read-only (records"
            + " change through the values builder: write(record) { it.%s(...) }); declare it `val %s: %s`"),
    SUSPEND_FUN("[OdooKotlinSuspend] %s.%s is a `suspend fun`, but the generated call blocks its thread and"
            + " cannot suspend; declare it a plain `fun` and call it from a coroutine inside"
            + " withContext(Dispatchers.IO) { ... }"),
    VALUE_CLASS("[OdooKotlinValueClass] %s.%s is a `%s`, an unsigned type or a value class: Kotlin names its JVM"
            + " method %s, which Java cannot implement, so kapt leaves it out of what the processor sees; use a type"
            + " Odoo values map to (Long or Int for a number, String for a code)"),
    FIELD_TYPE_UNSUPPORTED("[OdooFieldType] %s.%s is a `%s` property, which typedoo cannot read from an Odoo"
            + " field; use String, Int, Long, Double, BigDecimal, Boolean, LocalDate, LocalDateTime, Instant,"
            + " ByteArray, an enum, an @OdooModel interface, List<an @OdooModel interface> or List<Long>, with `?`"
            + " where Odoo may leave the field empty"),
    X2MANY_NULLABLE("[OdooX2manyNullable] %s.%s is `%s`, but Odoo sends an empty %s as an empty list, never null;"
            + " declare it `%s` without `?`"),
    METHOD_PARAMETER_TYPE("[OdooMethodParameter] parameter '%s' of %s.%s is a `%s`, which typedoo cannot send;"
            + " use a type a property could have (String, Int, Long, Double, BigDecimal, Boolean, LocalDate,"
            + " LocalDateTime, Instant, an enum, ByteArray, an @OdooModel interface, List<...> of those)"),
    METHOD_RESULT_TYPE("[OdooMethodResult] %s.%s returns `%s`, which typedoo cannot read from a method result;"
            + " use Unit, String, Int, Long, Double, BigDecimal, Boolean, LocalDate, LocalDateTime, Instant,"
            + " ByteArray, an enum or List<Long>"),
    SCHEMA_FIELD_UNKNOWN("[OdooSchemaField] %s.%s reads the field '%s', which %s does not have in the schema"
            + " snapshot; map the property to one of its fields with @get:OdooField(\"...\") (they are listed by"
            + " 'typedoo fields %s')"),
    SCHEMA_FIELD_MISSPELT("[OdooSchemaField] %s.%s reads the field '%s', which %s does not have in the schema"
            + " snapshot; did you mean '%s'? Map the property with @get:OdooField(\"%s\")"),
    SCHEMA_FIELD_TYPE("[OdooSchemaType] %s.%s is a `%s` property, but '%s' of %s is %s field; declare it %s"),
    SCHEMA_NULLABLE("[OdooSchemaNullable] %s.%s cannot be null, but '%s' of %s is %s field that is not required,"
            + " so Odoo sends False (read as null) when it is empty; declare the property's type nullable (`%s?`)",
            Diagnostic.Kind.WARNING);

    private final String pattern;
    private final Diagnostic.Kind kind;

    KotlinMessages(String pattern) {
        this(pattern, Diagnostic.Kind.ERROR);
    }

    KotlinMessages(String pattern, Diagnostic.Kind kind) {
        this.pattern = pattern;
        this.kind = kind;
    }

    @Override
    public String pattern() {
        return pattern;
    }

    @Override
    public Diagnostic.Kind kind() {
        return kind;
    }
}
