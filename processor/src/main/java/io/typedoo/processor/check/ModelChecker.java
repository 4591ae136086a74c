package io.typedoo.processor.check;

import io.typedoo.processor.diag.KotlinMessages;
import io.typedoo.processor.diag.Messages;
import io.typedoo.processor.diag.Reporter;
import io.typedoo.processor.model.FieldDescription;
import io.typedoo.processor.model.FieldKind;
import io.typedoo.processor.model.KotlinMember;
import io.typedoo.processor.model.KotlinView;
import io.typedoo.processor.model.MemberProblem;
import io.typedoo.processor.model.MethodDescription;
import io.typedoo.processor.model.ModelDescription;
import io.typedoo.processor.model.ParameterDescription;
import io.typedoo.processor.model.TypeRef;
import io.typedoo.processor.read.Annotations;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * The check stage: reports every misuse in a {@link ModelDescription} as an error on the offending element, and
 * goes on after the first one so that one compilation shows them all. A Kotlin model (kapt's stub) gets the
 * {@link KotlinMessages} wording where there is one, naming what the user wrote rather than what kapt made of it.
 */
public final class ModelChecker {

    private static final Pattern MODEL_NAME = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    /** What javac and kapt call parameters whose names a class file did not keep. */
    private static final Pattern SYNTHETIC_PARAMETER = Pattern.compile("(arg|p)\\d+");
    private static final Pattern PYTHON_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> PYTHON_KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert",
            "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");
    /** The keys JSON-2 keeps for itself, and Python's receiver. */
    private static final Set<String> RESERVED_ARGUMENTS = Set.of("ids", "context", "self");
    private static final Pattern METHOD_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Reporter reporter;
    private final InheritedMembers inherited;

    /** A checker that reports to {@code reporter} and reads the runtime's base classes through {@code elements}. */
    public ModelChecker(Reporter reporter, Elements elements) {
        this.reporter = reporter;
        this.inherited = InheritedMembers.read(elements);
    }

    /** Checks {@code model}; returns true when no error was found. */
    public boolean check(ModelDescription model) {
        int before = reporter.errorCount();
        checkType(model);
        if (model.kotlin() != null) {
            for (KotlinMember hidden : model.kotlin().mangled()) {
                reporter.report(KotlinMessages.VALUE_CLASS, model.element(), simpleName(model), hidden.name(),
                        hidden.type(), hidden.jvmName());
            }
        }
        Map<String, FieldDescription> byOdooName = new HashMap<>();
        Map<String, FieldDescription> byProperty = new HashMap<>();
        Map<String, FieldDescription> byConstant = new HashMap<>();
        for (FieldDescription field : model.fields()) {
            checkField(model, field);
            // One error per accessor: the first clash found is the one reported.
            FieldDescription sameField = byOdooName.putIfAbsent(field.odooName(), field);
            FieldDescription sameProperty = byProperty.putIfAbsent(field.property(), field);
            FieldDescription sameConstant = byConstant.putIfAbsent(field.constant(), field);
            if (sameField != null) {
                reporter.report(Messages.FIELD_DUPLICATE, field.element(), simpleName(model), field.accessor(),
                        sameField.accessor(), field.odooName());
            } else if (sameProperty != null) {
                reporter.report(Messages.PROPERTY_DUPLICATE, field.element(), simpleName(model), field.accessor(),
                        sameProperty.accessor(), field.property());
            } else if (sameConstant != null) {
                reporter.report(Messages.CONSTANT_DUPLICATE, field.element(), simpleName(model), field.accessor(),
                        sameConstant.accessor(), model.modelClassName(), field.constant());
            }
        }
        for (MethodDescription method : model.methods()) {
            checkMethod(model, method);
        }
        for (MemberProblem problem : model.problems()) {
            reportProblem(model, problem);
        }
        return reporter.errorCount() == before;
    }

    private void checkType(ModelDescription model) {
        TypeElement type = model.element();
        AnnotationMirror annotation = Annotations.find(type, Annotations.ODOO_MODEL);
        if (type.getKind() != ElementKind.INTERFACE) {
            reporter.report(Messages.MODEL_NOT_INTERFACE, type, annotation, type.getSimpleName(),
                    article(type.getKind()), type.getSimpleName());
            return;
        }
        if (!type.getTypeParameters().isEmpty()) {
            reporter.report(Messages.MODEL_GENERIC, type, type.getSimpleName());
        }
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
            reporter.report(Messages.MODEL_PRIVATE, type, type.getSimpleName());
        }
        if (!MODEL_NAME.matcher(model.odooModel()).matches()) {
            reporter.report(Messages.MODEL_NAME_INVALID, type, annotation, model.odooModel());
        }
    }

    private void checkField(ModelDescription model, FieldDescription field) {
        String type = simpleName(model);
        if (field.kind() == FieldKind.ID) {
            if (!field.type().qualifiedName().equals("long")) {
                reporter.report(Messages.ID_TYPE, field.element(), type, field.accessor());
            }
            return;
        }
        if (field.explicitName() && !FIELD_NAME.matcher(field.odooName()).matches()) {
            reporter.report(Messages.FIELD_NAME_INVALID, field.element(),
                    Annotations.find(field.element(), Annotations.ODOO_FIELD), field.odooName());
            return;
        }
        String recordBase = inherited.onRecord(field.accessor(), 0);
        if (recordBase != null) {
            reporter.report(Messages.RESERVED_NAME, field.element(), type, field.accessor(), recordBase,
                    field.accessor(), field.odooName());
            return;
        }
        String valuesBase = inherited.onValues(field.property(), 1);
        if (valuesBase != null) {
            reporter.report(Messages.RESERVED_SETTER, field.element(), type, field.accessor(), field.property(),
                    valuesBase, field.odooName());
            return;
        }
        KotlinMember kotlin = kotlinMember(model, field.accessor());
        if (field.kind() == null) {
            if (kotlin != null) {
                reporter.report(KotlinMessages.FIELD_TYPE_UNSUPPORTED, field.element(), type, kotlin.name(),
                        kotlin.type());
            } else {
                reporter.report(Messages.FIELD_TYPE_UNSUPPORTED, field.element(), type, field.accessor(),
                        display(field.type()));
            }
            return;
        }
        if ((field.kind() == FieldKind.X2MANY || field.kind() == FieldKind.IDS)
                && Annotations.isNullable(field.element(), field.element().getReturnType())) {
            if (kotlin != null) {
                reporter.report(KotlinMessages.X2MANY_NULLABLE, field.element(), type, kotlin.name(), kotlin.type(),
                        "x2many", kotlin.type().replaceFirst("\\?$", ""));
            } else {
                reporter.report(Messages.X2MANY_NULLABLE, field.element(), type, field.accessor(), "x2many");
            }
            return;
        }
        TypeRef target = field.target();
        if (field.kind().isRelation() && target != null && !field.targetIsModel()) {
            reporter.report(Messages.RELATION_NOT_MODEL, field.element(), type, field.accessor(),
                    target.simpleName(), target.simpleName());
        }
    }

    private void checkMethod(ModelDescription model, MethodDescription method) {
        String type = simpleName(model);
        KotlinMember kotlin = kotlinMember(model, method.javaName());
        if (kotlin != null && kotlin.kind() == KotlinMember.Kind.SUSPEND_FUN) {
            reporter.report(KotlinMessages.SUSPEND_FUN, method.element(), type, kotlin.name());
            return;
        }
        String recordBase = inherited.onRecord(method.javaName(), method.parameters().size());
        if (recordBase != null) {
            reporter.report(Messages.RESERVED_METHOD, method.element(), type, method.javaName(), recordBase,
                    method.javaName(), method.odooName());
            return;
        }
        if (!METHOD_NAME.matcher(method.odooName()).matches()) {
            reporter.report(Messages.METHOD_NAME_INVALID, method.element(),
                    Annotations.find(method.element(), Annotations.ODOO_METHOD), method.odooName());
        }
        for (int i = 0; i < method.parameters().size(); i++) {
            ParameterDescription p = method.parameters().get(i);
            checkParameterName(type, method, p);
            if (p.kind() == null || p.kind() == FieldKind.ID) {
                if (kotlin != null && i < kotlin.parameterTypes().size()) {
                    reporter.report(KotlinMessages.METHOD_PARAMETER_TYPE, p.element(), p.name(), type, kotlin.name(),
                            kotlin.parameterTypes().get(i));
                } else {
                    reporter.report(Messages.METHOD_PARAMETER_TYPE, p.element(), p.name(), type, method.javaName(),
                            display(p.type()));
                }
            }
        }
        TypeRef result = method.result();
        if (result != null && (method.resultKind() == null || method.resultKind().isRelation())) {
            if (kotlin != null) {
                reporter.report(KotlinMessages.METHOD_RESULT_TYPE, method.element(), type, kotlin.name(),
                        kotlin.type());
            } else {
                reporter.report(Messages.METHOD_RESULT_TYPE, method.element(), type, method.javaName(),
                        display(result));
            }
        }
    }

    /** Arguments go by name (JSON-2 knows no other way), so each parameter needs a Python name Odoo can bind. */
    private void checkParameterName(String type, MethodDescription method, ParameterDescription p) {
        if (!p.explicit() && SYNTHETIC_PARAMETER.matcher(p.name()).matches()) {
            reporter.report(Messages.METHOD_PARAMETER_UNNAMED, p.element(), p.name(), type, method.javaName());
            return;
        }
        String why = null;
        if (!PYTHON_NAME.matcher(p.odooName()).matches()) {
            why = "is not a Python parameter name";
        } else if (PYTHON_KEYWORDS.contains(p.odooName())) {
            why = "is a Python keyword";
        } else if (RESERVED_ARGUMENTS.contains(p.odooName())) {
            why = "is reserved for the records and the context of the call";
        }
        if (why != null) {
            reporter.report(Messages.METHOD_PARAMETER_NAME, p.element(), p.name(), type, method.javaName(),
                    p.odooName(), why);
        }
    }

    private void reportProblem(ModelDescription model, MemberProblem problem) {
        String type = simpleName(model);
        String name = problem.element().getSimpleName().toString();
        KotlinMember kotlin = kotlinMember(model, name);
        if (kotlin != null && kotlin.kind() == KotlinMember.Kind.VAR) {
            reporter.report(KotlinMessages.VAR_PROPERTY, problem.element(), type, kotlin.name(), kotlin.name(),
                    kotlin.name(), kotlin.type());
            return;
        }
        if (kotlin != null && kotlin.kind() == KotlinMember.Kind.SUSPEND_FUN) {
            reporter.report(KotlinMessages.SUSPEND_FUN, problem.element(), type, kotlin.name());
            return;
        }
        switch (problem.kind()) {
            case PARAMETERS_WITHOUT_ODOO_METHOD -> reporter.report(Messages.METHOD_WITHOUT_ANNOTATION,
                    problem.element(), type, name);
            case VOID_WITHOUT_ODOO_METHOD -> reporter.report(Messages.VOID_ACCESSOR, problem.element(), type, name);
            case GENERIC_METHOD -> reporter.report(Messages.METHOD_GENERIC, problem.element(), type, name);
            case FIELD_AND_METHOD -> reporter.report(Messages.FIELD_AND_METHOD, problem.element(), type, name);
        }
    }

    /** The Kotlin declaration behind the stub's method {@code jvmName}; null for Java models. */
    static @Nullable KotlinMember kotlinMember(ModelDescription model, String jvmName) {
        KotlinView kotlin = model.kotlin();
        return kotlin == null ? null : kotlin.member(jvmName);
    }

    private static String simpleName(ModelDescription model) {
        return model.element().getSimpleName().toString();
    }

    /** A type as the user wrote it, without packages: {@code List<Object>}, {@code float}. */
    static String display(TypeRef type) {
        if (type.isWildcard()) {
            return "? extends " + display(type.typeArguments().get(0));
        }
        StringBuilder sb = new StringBuilder(String.join(".", type.simpleNames()));
        if (!type.typeArguments().isEmpty()) {
            sb.append('<');
            for (int i = 0; i < type.typeArguments().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(display(type.typeArguments().get(i)));
            }
            sb.append('>');
        }
        return sb.toString();
    }

    private static String article(ElementKind kind) {
        return switch (kind) {
            case CLASS -> "a class";
            case ENUM -> "an enum";
            case RECORD -> "a record";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
