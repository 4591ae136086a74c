package io.typedoo.processor.read;

import io.typedoo.processor.model.KotlinMember;
import io.typedoo.processor.model.KotlinView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kotlin.Metadata;
import kotlin.metadata.Attributes;
import kotlin.metadata.KmClass;
import kotlin.metadata.KmClassifier;
import kotlin.metadata.KmFunction;
import kotlin.metadata.KmProperty;
import kotlin.metadata.KmType;
import kotlin.metadata.KmTypeProjection;
import kotlin.metadata.KmValueParameter;
import kotlin.metadata.KmVariance;
import kotlin.metadata.Modality;
import kotlin.metadata.jvm.JvmExtensionsKt;
import kotlin.metadata.jvm.JvmMetadataUtil;
import kotlin.metadata.jvm.JvmMethodSignature;
import kotlin.metadata.jvm.KotlinClassMetadata;
import org.jspecify.annotations.Nullable;

/** Decodes {@code @kotlin.Metadata} with kotlin-metadata-jvm into a {@link KotlinView}. */
final class KotlinMetadata {

    private KotlinMetadata() {
    }

    /** {@code values}: the annotation's elements by name (arrays as lists); null when it describes no class. */
    static @Nullable KotlinView read(Map<String, Object> values) {
        Metadata metadata = JvmMetadataUtil.Metadata(
                (Integer) values.getOrDefault("k", 1),
                ints(values.get("mv")),
                strings(values.get("d1")),
                strings(values.get("d2")),
                (String) values.getOrDefault("xs", ""),
                (String) values.getOrDefault("pn", ""),
                (Integer) values.getOrDefault("xi", 0));
        KotlinClassMetadata decoded;
        try {
            decoded = KotlinClassMetadata.readLenient(metadata);
        } catch (IllegalArgumentException e) {
            // Written by a Kotlin too new for this library: the diagnostics speak Java then.
            return null;
        }
        if (!(decoded instanceof KotlinClassMetadata.Class c)) {
            return null;
        }
        return new KotlinView(members(c.getKmClass()));
    }

    private static List<KotlinMember> members(KmClass type) {
        List<KotlinMember> members = new ArrayList<>();
        for (KmProperty p : type.getProperties()) {
            JvmMethodSignature getter = JvmExtensionsKt.getGetterSignature(p);
            if (Attributes.getModality(p) != Modality.ABSTRACT || getter == null) {
                continue;
            }
            boolean isVar = Attributes.isVar(p);
            JvmMethodSignature setter = isVar ? JvmExtensionsKt.getSetterSignature(p) : null;
            members.add(new KotlinMember(p.getName(), getter.getName(), setter == null ? null : setter.getName(),
                    isVar ? KotlinMember.Kind.VAR : KotlinMember.Kind.VAL, render(p.getReturnType()), List.of()));
        }
        for (KmFunction f : type.getFunctions()) {
            JvmMethodSignature signature = JvmExtensionsKt.getSignature(f);
            if (Attributes.getModality(f) != Modality.ABSTRACT || signature == null) {
                continue;
            }
            List<String> parameters = new ArrayList<>();
            for (KmValueParameter parameter : f.getValueParameters()) {
                parameters.add(render(parameter.getType()));
            }
            members.add(new KotlinMember(f.getName(), signature.getName(), null,
                    Attributes.isSuspend(f) ? KotlinMember.Kind.SUSPEND_FUN : KotlinMember.Kind.FUN,
                    render(f.getReturnType()), parameters));
        }
        return members;
    }

    /** A type as Kotlin code spells it without imports: {@code List<Int>}, {@code LocalDate?}, {@code UInt}. */
    static String render(KmType type) {
        StringBuilder sb = new StringBuilder();
        KmClassifier classifier = type.getClassifier();
        String name;
        if (classifier instanceof KmClassifier.Class c) {
            name = c.getName();
        } else if (classifier instanceof KmClassifier.TypeAlias a) {
            name = a.getName();
        } else {
            name = "T";
        }
        sb.append(name.substring(name.lastIndexOf('/') + 1));
        if (!type.getArguments().isEmpty()) {
            sb.append('<');
            for (int i = 0; i < type.getArguments().size(); i++) {
                KmTypeProjection argument = type.getArguments().get(i);
                sb.append(i == 0 ? "" : ", ");
                KmType argumentType = argument.getType();
                if (argumentType == null) {
                    sb.append('*');
                } else {
                    KmVariance variance = argument.getVariance();
                    sb.append(variance == KmVariance.IN ? "in " : variance == KmVariance.OUT ? "out " : "")
                            .append(render(argumentType));
                }
            }
            sb.append('>');
        }
        if (Attributes.isNullable(type)) {
            sb.append('?');
        }
        return sb.toString();
    }

    private static int[] ints(@Nullable Object list) {
        return list == null ? new int[0] : ((List<?>) list).stream().mapToInt(v -> (Integer) v).toArray();
    }

    private static String[] strings(@Nullable Object list) {
        return list == null ? new String[0] : ((List<?>) list).stream().map(v -> (String) v).toArray(String[]::new);
    }
}
