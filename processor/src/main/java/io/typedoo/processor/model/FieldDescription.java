package io.typedoo.processor.model;

import javax.lang.model.element.ExecutableElement;
import org.jspecify.annotations.Nullable;

/**
 * One field accessor of a model interface, such as {@code @Nullable LocalDate dateDeadline()}.
 *
 * @param accessor the Java method name, such as {@code getDateDeadline}
 * @param property the property name, such as {@code dateDeadline}: the values setter's name
 * @param constant the field constant's name, such as {@code DATE_DEADLINE}
 * @param odooName the Odoo field name, such as {@code date_deadline}
 * @param explicitName whether the Odoo name came from {@code @OdooField}
 * @param kind what the accessor reads; null when the return type is not supported
 * @param type the declared return type, with its nullness
 * @param target the enum of a selection or the model interface of a relation; null otherwise
 * @param targetIsModel for relations: whether the target carries {@code @OdooModel}
 * @param element the accessor, for diagnostics only
 */
public record FieldDescription(
        String accessor,
        String property,
        String constant,
        String odooName,
        boolean explicitName,
        @Nullable FieldKind kind,
        TypeRef type,
        @Nullable TypeRef target,
        boolean targetIsModel,
        ExecutableElement element) {

    /** Whether the accessor may return null. */
    public boolean nullable() {
        return type.nullable();
    }
}
