package io.typedoo.processor.read;

import io.typedoo.processor.model.KotlinView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * Recognises kapt's Java stubs of Kotlin sources: kapt copies Kotlin's own description of each class,
 * {@code @kotlin.Metadata}, onto the stub. Only this class looks for the annotation; the Kotlin classes that decode
 * it ({@link KotlinMetadata}) are loaded only when it is there, so a Java-only build never loads them.
 */
public final class KotlinStubs {

    private static final String METADATA = "kotlin.Metadata";

    private KotlinStubs() {
    }

    /** The Kotlin view of {@code type}, or null when it is Java source or its metadata cannot be read. */
    public static @Nullable KotlinView read(TypeElement type) {
        AnnotationMirror metadata = Annotations.find(type, METADATA);
        if (metadata == null) {
            return null;
        }
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : metadata.getElementValues().entrySet()) {
            values.put(e.getKey().getSimpleName().toString(), plain(e.getValue().getValue()));
        }
        return KotlinMetadata.read(values);
    }

    /** An annotation value as plain Java: arrays as lists of their elements' values. */
    private static Object plain(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(v -> plain(((AnnotationValue) v).getValue())).toList();
        }
        return value;
    }
}
