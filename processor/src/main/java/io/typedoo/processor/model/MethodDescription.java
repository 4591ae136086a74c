package io.typedoo.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import org.jspecify.annotations.Nullable;

/**
 * One {@code @OdooMethod} of a model interface, called on a record with named arguments:
 * {@code method(ids=[id], name=value, ...)}.
 *
 * @param javaName the Java method name, such as {@code toggleDone}
 * @param odooName the Odoo method name, such as {@code do_toggle_done}
 * @param parameters the parameters, in order
 * @param result the declared result type, or null for {@code void}
 * @param resultKind how the result is read; null for {@code void} or an unsupported type
 * @param element the method, for diagnostics only
 */
public record MethodDescription(
        String javaName,
        String odooName,
        List<ParameterDescription> parameters,
        @Nullable TypeRef result,
        @Nullable FieldKind resultKind,
        ExecutableElement element) {

    /** Copies the list. */
    public MethodDescription {
        parameters = List.copyOf(parameters);
    }

    /** True for a {@code void} method. */
    public boolean isVoid() {
        return result == null;
    }
}
