package io.typedoo.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * What the read stage learnt of one {@code @OdooModel} type: everything the check and write stages need.
 *
 * @param odooModel the Odoo model name, such as {@code todo.task}
 * @param interfaceType the annotated interface
 * @param generatedPrefix the prefix of the generated class names, such as {@code TodoTask}
 * @param fields the field accessors, in declaration order
 * @param methods the declared model methods, in declaration order
 * @param problems members that are neither
 * @param element the annotated type, for diagnostics and as the originating element of generated files
 * @param kotlin the Kotlin declarations behind it when it is kapt's stub of a Kotlin interface; null for Java
 */
public record ModelDescription(
        String odooModel,
        TypeRef interfaceType,
        String generatedPrefix,
        List<FieldDescription> fields,
        List<MethodDescription> methods,
        List<MemberProblem> problems,
        TypeElement element,
        @Nullable KotlinView kotlin) {

    /** Copies the lists. */
    public ModelDescription {
        fields = List.copyOf(fields);
        methods = List.copyOf(methods);
        problems = List.copyOf(problems);
    }

    /** The package the generated classes go into: the interface's. */
    public String packageName() {
        return interfaceType.packageName();
    }

    /** {@code TodoTaskModel}. */
    public String modelClassName() {
        return generatedPrefix + "Model";
    }

    /** {@code TodoTaskRecord}. */
    public String recordClassName() {
        return generatedPrefix + "Record";
    }

    /** {@code TodoTaskValues}. */
    public String valuesClassName() {
        return generatedPrefix + "Values";
    }
}
