package io.typedoo.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import kotlin.Metadata;
import kotlin.metadata.Attributes;
import kotlin.metadata.ClassKind;
import kotlin.metadata.KmClass;
import kotlin.metadata.KmClassifier;
import kotlin.metadata.KmFunction;
import kotlin.metadata.KmProperty;
import kotlin.metadata.KmType;
import kotlin.metadata.KmTypeProjection;
import kotlin.metadata.KmValueParameter;
import kotlin.metadata.KmVariance;
import kotlin.metadata.Modality;
import kotlin.metadata.Visibility;
import kotlin.metadata.jvm.JvmExtensionsKt;
import kotlin.metadata.jvm.JvmMetadataVersion;
import kotlin.metadata.jvm.JvmMethodSignature;
import kotlin.metadata.jvm.KotlinClassMetadata;

/**
 * A Java source shaped as kapt's stub of a Kotlin interface: the Java view kapt writes (getters, setters,
 * {@code Continuation} parameters, JetBrains nullness annotations) under the {@code @kotlin.Metadata} that
 * kotlinc would write for the Kotlin declarations, encoded by kotlin-metadata-jvm as kotlinc does.
 */
final class KaptStub {

    private final KmClass type = new KmClass();
    private final String qualifiedName;

    /** A stub of the public interface {@code qualifiedName}, such as {@code shop.Task}. */
    KaptStub(String qualifiedName) {
        this.qualifiedName = qualifiedName;
        type.setName(qualifiedName.replace('.', '/'));
        Attributes.setKind(type, ClassKind.INTERFACE);
        Attributes.setModality(type, Modality.ABSTRACT);
        Attributes.setVisibility(type, Visibility.PUBLIC);
    }

    /** Kotlin's {@code name: type}, a {@code var} if {@code isVar}, its getter named {@code getter} on the JVM. */
    KaptStub property(String name, KmType returnType, boolean isVar, String getter) {
        KmProperty p = new KmProperty(name);
        Attributes.setModality(p, Modality.ABSTRACT);
        Attributes.setVisibility(p, Visibility.PUBLIC);
        Attributes.setVar(p, isVar);
        p.setReturnType(returnType);
        JvmExtensionsKt.setGetterSignature(p, new JvmMethodSignature(getter, "()Ljava/lang/Object;"));
        if (isVar) {
            String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            JvmExtensionsKt.setSetterSignature(p, new JvmMethodSignature(setter, "(Ljava/lang/Object;)V"));
        }
        type.getProperties().add(p);
        return this;
    }

    /** Kotlin's {@code val name: type}, its getter {@code getName}. */
    KaptStub val(String name, KmType returnType) {
        return property(name, returnType, false, "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    /** Kotlin's {@code fun name(parameters): result}, {@code suspend} if asked. */
    KaptStub function(String name, boolean suspend, KmType result, KmType... parameters) {
        KmFunction f = new KmFunction(name);
        Attributes.setModality(f, Modality.ABSTRACT);
        Attributes.setVisibility(f, Visibility.PUBLIC);
        Attributes.setSuspend(f, suspend);
        f.setReturnType(result);
        for (int i = 0; i < parameters.length; i++) {
            KmValueParameter p = new KmValueParameter("p" + i);
            p.setType(parameters[i]);
            f.getValueParameters().add(p);
        }
        JvmExtensionsKt.setSignature(f, new JvmMethodSignature(name, "()Ljava/lang/Object;"));
        type.getFunctions().add(f);
        return this;
    }

    /** The stub's source: {@code header} (package, imports), the metadata, then {@code declaration}. */
    JavaFileObject source(String header, String declaration) {
        Metadata m = new KotlinClassMetadata.Class(type, JvmMetadataVersion.LATEST_STABLE_SUPPORTED, 0).write();
        String annotation = "@kotlin.Metadata(mv = {" + Arrays.stream(m.mv()).mapToObj(Integer::toString)
                .collect(Collectors.joining(", ")) + "}, k = " + m.k() + ", xi = " + m.xi()
                + ", d1 = {" + literals(m.d1()) + "}, d2 = {" + literals(m.d2()) + "})\n";
        return JavaFileObjects.forSourceString(qualifiedName, header + annotation + declaration);
    }

    /** A Kotlin type: {@code type("kotlin/collections/List", false, type("kotlin/Int", false))}. */
    static KmType type(String classifier, boolean nullable, KmType... arguments) {
        KmType t = new KmType();
        t.setClassifier(new KmClassifier.Class(classifier));
        Attributes.setNullable(t, nullable);
        for (KmType argument : arguments) {
            t.getArguments().add(new KmTypeProjection(KmVariance.INVARIANT, argument));
        }
        return t;
    }

    private static String literals(String[] strings) {
        List<String> out = new ArrayList<>();
        for (String s : strings) {
            out.add(literal(s));
        }
        return String.join(", ", out);
    }

    /**
     * {@code s} as a Java string literal. Protobuf bytes make d1 hold any character: those below 256 are written as
     * octal escapes, since a unicode escape of a line break or a quote would end the literal before javac sees it.
     */
    private static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else if (c < 0x100) {
                sb.append(String.format("\\%03o", (int) c));
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }
}
