package io.typedoo.processor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An abstract member of a Kotlin model interface as Kotlin declares it, read from kapt's stub.
 *
 * @param name the Kotlin name: the property's or the function's
 * @param jvmName the name of the getter or the function on the JVM, such as {@code getDateDeadline}; Kotlin
 *     mangles it (such as {@code getSequence-pVg5ArA}) where a value class or an unsigned type is involved
 * @param setterJvmName the setter's name on the JVM for a {@code var}, such as {@code setName}; null otherwise
 * @param kind what it is
 * @param type the Kotlin type of the property or of the function's result, as written: {@code List<Int>},
 *     {@code LocalDate?}
 * @param parameterTypes a function's parameter types, as written; empty for a property
 */
public record KotlinMember(String name, String jvmName, @Nullable String setterJvmName, Kind kind, String type,
        List<String> parameterTypes) {

    /** Copies the list. */
    public KotlinMember {
        parameterTypes = List.copyOf(parameterTypes);
    }

    /** What a member is in Kotlin. */
    public enum Kind {
        /** A {@code val} property. */
        VAL,
        /** A {@code var} property. */
        VAR,
        /** A {@code fun}. */
        FUN,
        /** A {@code suspend fun}. */
        SUSPEND_FUN
    }

    /** Whether Kotlin gave it a JVM name that Java cannot spell, so that kapt's stub leaves it out. */
    public boolean mangled() {
        return jvmName.indexOf('-') >= 0;
    }
}
