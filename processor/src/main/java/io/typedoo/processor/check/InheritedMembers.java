package io.typedoo.processor.check;

import io.typedoo.processor.model.RuntimeNames;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * The methods a generated record and values class inherit from the runtime's base classes (and {@code Object}),
 * read from those classes on the compile class path, so that the checks against them follow the runtime instead
 * of a list copied by hand.
 */
final class InheritedMembers {

    /** Method name and parameter count, to the class that declares it, for the record base. */
    private final Map<String, String> record;
    /** The same for the values builder base. */
    private final Map<String, String> values;

    private InheritedMembers(Map<String, String> record, Map<String, String> values) {
        this.record = record;
        this.values = values;
    }

    /** Reads {@code RecordHandle} and {@code RecordValues}; without the runtime on the class path, only Object's. */
    static InheritedMembers read(Elements elements) {
        return new InheritedMembers(methods(elements, RuntimeNames.RECORD_HANDLE),
                methods(elements, RuntimeNames.RECORD_VALUES));
    }

    /** The class that gives a generated record a method {@code name} with {@code parameters} parameters, or null. */
    @Nullable String onRecord(String name, int parameters) {
        return record.get(name + "/" + parameters);
    }

    /** The class that gives a generated values builder a method {@code name} with {@code parameters}, or null. */
    @Nullable String onValues(String name, int parameters) {
        return values.get(name + "/" + parameters);
    }

    private static Map<String, String> methods(Elements elements, String qualifiedName) {
        TypeElement type = elements.getTypeElement(qualifiedName);
        if (type == null) {
            type = elements.getTypeElement("java.lang.Object");
        }
        Map<String, String> methods = new HashMap<>();
        if (type == null) {
            return methods;
        }
        for (Element member : elements.getAllMembers(type)) {
            // Package-private members are not inherited by a generated class in the user's package.
            if (member.getKind() == ElementKind.METHOD && !member.getModifiers().contains(Modifier.STATIC)
                    && (member.getModifiers().contains(Modifier.PUBLIC)
                    || member.getModifiers().contains(Modifier.PROTECTED))) {
                ExecutableElement method = (ExecutableElement) member;
                methods.putIfAbsent(method.getSimpleName() + "/" + method.getParameters().size(),
                        method.getEnclosingElement().getSimpleName().toString());
            }
        }
        return methods;
    }
}
