package io.typedoo.processor.model;

import javax.lang.model.element.VariableElement;
import org.jspecify.annotations.Nullable;

/**
 * One parameter of a declared model method.
 *
 * @param name the Java parameter name
 * @param odooName the Python parameter name it is sent as: its {@code @OdooParam}, else the snake_case of
 *     {@code name}
 * @param explicit true when {@code @OdooParam} gave the Odoo name
 * @param type the declared type
 * @param kind how the argument is sent; null when the type is not supported
 * @param element the parameter, for diagnostics only
 */
public record ParameterDescription(String name, String odooName, boolean explicit, TypeRef type, @Nullable FieldKind kind, VariableElement element) {
}
