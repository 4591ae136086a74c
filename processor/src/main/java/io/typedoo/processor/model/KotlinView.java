package io.typedoo.processor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Kotlin declarations behind a model interface that kapt turned into a Java stub: what the stub alone does not
 * tell (that {@code setName} comes from a {@code var}, that a {@code Continuation} parameter comes from a
 * {@code suspend fun}, how the user spelt a type) or does not show at all (members with mangled JVM names).
 *
 * @param members the interface's own abstract members, in declaration order
 */
public record KotlinView(List<KotlinMember> members) {

    /** Copies the list. */
    public KotlinView {
        members = List.copyOf(members);
    }

    /** The member behind the stub's method {@code jvmName} (a getter, a setter or a function), or null. */
    public @Nullable KotlinMember member(String jvmName) {
        for (KotlinMember m : members) {
            if (m.jvmName().equals(jvmName) || jvmName.equals(m.setterJvmName())) {
                return m;
            }
        }
        return null;
    }

    /** The members missing from the stub because Kotlin mangled their JVM names. */
    public List<KotlinMember> mangled() {
        return members.stream().filter(KotlinMember::mangled).toList();
    }
}
