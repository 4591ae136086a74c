package io.typedoo.processor.read;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * Reads typedoo's annotations through their mirrors, by qualified name, so diagnostics can point at the
 * annotation and the processor needs no annotation class loaded.
 */
public final class Annotations {

    /** {@code io.typedoo.annotations.OdooModel}. */
    public static final String ODOO_MODEL = "io.typedoo.annotations.OdooModel";
    /** {@code io.typedoo.annotations.OdooField}. */
    public static final String ODOO_FIELD = "io.typedoo.annotations.OdooField";
    /** {@code io.typedoo.annotations.OdooParam}. */
    public static final String ODOO_PARAM = "io.typedoo.annotations.OdooParam";
    /** {@code io.typedoo.annotations.OdooMethod}. */
    public static final String ODOO_METHOD = "io.typedoo.annotations.OdooMethod";

    private Annotations() {
    }

    /** The annotation named {@code qualifiedName} on {@code element}, or null. */
    public static @Nullable AnnotationMirror find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            Element type = mirror.getAnnotationType().asElement();
            if (type instanceof TypeElement t && t.getQualifiedName().contentEquals(qualifiedName)) {
                return mirror;
            }
        }
        return null;
    }

    /** The {@code value} string of {@code mirror}, or the empty string when it is not set. */
    public static String value(AnnotationMirror mirror) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals("value")) {
                Object v = e.getValue().getValue();
                return v instanceof String s ? s : "";
            }
        }
        return "";
    }

    /**
     * Whether an element or type carries an annotation named {@code Nullable}: JSpecify's (type use), JetBrains'
     * (a declaration annotation, as kapt writes in its stubs), or any other tool's of that name.
     */
    public static boolean isNullable(Element element, TypeMirror type) {
        return hasNullable(element.getAnnotationMirrors()) || hasNullable(type.getAnnotationMirrors());
    }

    private static boolean hasNullable(java.util.List<? extends AnnotationMirror> mirrors) {
        for (AnnotationMirror mirror : mirrors) {
            if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
                return true;
            }
        }
        return false;
    }
}
