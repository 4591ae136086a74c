package io.typedoo.processor.diag;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * A diagnostic text: {@link Messages} in Java's words, {@link KotlinMessages} in Kotlin's for kapt's stubs of
 * Kotlin sources. Each pattern starts with a tag in brackets, says what is wrong, and says how to fix it.
 */
public interface Message {

    /** The {@link String#format} pattern, starting with the tag. */
    String pattern();

    /** Error or warning. */
    Diagnostic.Kind kind();

    /** The message with its arguments filled in. */
    default String format(Object... args) {
        return String.format(Locale.ROOT, pattern(), args);
    }

    /** The tag, such as {@code [OdooFieldType]}, which every text of this message starts with. */
    default String tag() {
        return pattern().substring(0, pattern().indexOf(']') + 1);
    }
}
