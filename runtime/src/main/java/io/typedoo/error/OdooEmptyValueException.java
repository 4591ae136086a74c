package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The server sent an empty value ({@code False}) for a field or method result that the model interface declares
 * non-null. The fix is in the interface: annotate the accessor {@code @Nullable} (Java) or make the property type
 * nullable (Kotlin).
 */
public class OdooEmptyValueException extends OdooException {

    private static final long serialVersionUID = 1L;

    public OdooEmptyValueException(String detail, @Nullable CallSite callSite) {
        super(detail, callSite);
    }
}
