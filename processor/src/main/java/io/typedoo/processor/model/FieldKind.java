package io.typedoo.processor.model;


/** What an accessor of a model interface reads, decided from its Java return type. */
public enum FieldKind {
    /** {@code String}: char, text, html. */
    STRING("char, text, html", "StringField"),
    /** {@code int} or {@code Integer}: integer. */
    INT("integer", "NumberField"),
    /** {@code long} or {@code Long}: integer, or a many2one read as its id. */
    LONG("integer (or many2one id)", "NumberField"),
    /** {@code double} or {@code Double}: float, monetary. */
    DOUBLE("float, monetary", "NumberField"),
    /** {@code BigDecimal}: float, monetary. */
    DECIMAL("float, monetary", "NumberField"),
    /** {@code boolean} or {@code Boolean}. */
    BOOLEAN("boolean", "BooleanField"),
    /** {@code LocalDate}. */
    DATE("date", "DateField"),
    /** {@code LocalDateTime}, in UTC. */
    DATETIME("datetime (UTC)", "DateField"),
    /** {@code Instant}. */
    INSTANT("datetime", "DateField"),
    /** {@code byte[]}: binary. */
    BINARY("binary", "BinaryField"),
    /** An enum: selection. */
    SELECTION("selection", "SelectionField"),
    /** Another {@code @OdooModel} interface: many2one. */
    MANY2ONE("many2one", "Many2oneField"),
    /** {@code List<another @OdooModel interface>}: one2many, many2many. */
    X2MANY("one2many, many2many", "X2manyField"),
    /** {@code List<Long>}: one2many, many2many as ids. */
    IDS("one2many, many2many (ids)", "IdsField"),
    /** {@code long id()}: the record id. */
    ID("id", "NumberField");

    private final String odooTypes;
    private final String fieldClass;

    FieldKind(String odooTypes, String fieldClass) {
        this.odooTypes = odooTypes;
        this.fieldClass = fieldClass;
    }

    /** The Odoo field types this kind reads, for documentation. */
    public String odooTypes() {
        return odooTypes;
    }

    /** The simple name of the runtime field class, in {@code io.typedoo.typed}. */
    public String fieldClass() {
        return fieldClass;
    }

    /** True for many2one, one2many and many2many read as records. */
    public boolean isRelation() {
        return this == MANY2ONE || this == X2MANY;
    }
}
