package io.typedoo.processor.read;

import io.typedoo.annotations.FieldNames;
import io.typedoo.processor.model.FieldDescription;
import io.typedoo.processor.model.FieldKind;
import io.typedoo.processor.model.MemberProblem;
import io.typedoo.processor.model.MethodDescription;
import io.typedoo.processor.model.ModelDescription;
import io.typedoo.processor.model.ParameterDescription;
import io.typedoo.processor.model.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * The read stage: turns one {@code @OdooModel} type into a {@link ModelDescription}. It reports nothing; what
 * cannot be mapped is recorded in the description (an unknown kind, a member problem) for the check stage.
 */
public final class ModelReader {

    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals");

    private final Elements elements;

    public ModelReader(Elements elements) {
        this.elements = elements;
    }

    /**
     * Reads {@code type}.
     *
     * @throws MissingTypeException when a member's type does not exist (yet)
     */
    public ModelDescription read(TypeElement type) {
        AnnotationMirror annotation = Annotations.find(type, Annotations.ODOO_MODEL);
        String odooModel = annotation == null ? "" : Annotations.value(annotation);
        List<FieldDescription> fields = new ArrayList<>();
        List<MethodDescription> methods = new ArrayList<>();
        List<MemberProblem> problems = new ArrayList<>();
        if (type.getKind() == ElementKind.INTERFACE) {
            for (ExecutableElement method : abstractMethods(type)) {
                readMember(method, fields, methods, problems);
            }
        }
        TypeRef interfaceType = ref(type, List.of(), false);
        return new ModelDescription(odooModel, interfaceType, String.join("_", interfaceType.simpleNames()),
                fields, methods, problems, type, KotlinStubs.read(type));
    }

    private void readMember(ExecutableElement method, List<FieldDescription> fields,
            List<MethodDescription> methods, List<MemberProblem> problems) {
        AnnotationMirror odooMethod = Annotations.find(method, Annotations.ODOO_METHOD);
        AnnotationMirror odooField = Annotations.find(method, Annotations.ODOO_FIELD);
        if (!method.getTypeParameters().isEmpty()) {
            problems.add(new MemberProblem(MemberProblem.Kind.GENERIC_METHOD, method));
        } else if (odooMethod != null && odooField != null) {
            problems.add(new MemberProblem(MemberProblem.Kind.FIELD_AND_METHOD, method));
        } else if (odooMethod != null) {
            methods.add(readMethod(method, odooMethod));
        } else if (!method.getParameters().isEmpty()) {
            problems.add(new MemberProblem(MemberProblem.Kind.PARAMETERS_WITHOUT_ODOO_METHOD, method));
        } else if (method.getReturnType().getKind() == TypeKind.VOID) {
            problems.add(new MemberProblem(MemberProblem.Kind.VOID_WITHOUT_ODOO_METHOD, method));
        } else {
            fields.add(readField(method, odooField));
        }
    }

    private FieldDescription readField(ExecutableElement method, @Nullable AnnotationMirror odooField) {
        String accessor = method.getSimpleName().toString();
        String property = FieldNames.property(accessor);
        String explicit = odooField == null ? "" : Annotations.value(odooField);
        String odooName = explicit.isEmpty() ? FieldNames.snakeCase(property) : explicit;
        TypeMirror returnType = method.getReturnType();
        boolean nullable = !returnType.getKind().isPrimitive() && Annotations.isNullable(method, returnType);
        Classified c = classify(returnType, nullable);
        FieldKind kind = odooName.equals("id") ? FieldKind.ID : c.kind;
        return new FieldDescription(accessor, property, FieldNames.constantName(property), odooName, !explicit.isEmpty(),
                kind, c.type, c.target, c.targetIsModel, method);
    }

    private MethodDescription readMethod(ExecutableElement method, AnnotationMirror odooMethod) {
        String javaName = method.getSimpleName().toString();
        String explicit = Annotations.value(odooMethod);
        List<ParameterDescription> parameters = new ArrayList<>();
        for (VariableElement p : method.getParameters()) {
            boolean nullable = !p.asType().getKind().isPrimitive() && Annotations.isNullable(p, p.asType());
            Classified c = classify(p.asType(), nullable);
            String name = p.getSimpleName().toString();
            AnnotationMirror odooParam = Annotations.find(p, Annotations.ODOO_PARAM);
            String explicitName = odooParam == null ? "" : Annotations.value(odooParam);
            parameters.add(new ParameterDescription(name, explicitName.isEmpty() ? FieldNames.snakeCase(name)
                    : explicitName, !explicitName.isEmpty(), c.type, c.kind, p));
        }
        TypeMirror returnType = method.getReturnType();
        TypeRef result = null;
        FieldKind resultKind = null;
        if (returnType.getKind() != TypeKind.VOID) {
            boolean nullable = !returnType.getKind().isPrimitive() && Annotations.isNullable(method, returnType);
            Classified c = classify(returnType, nullable);
            result = c.type;
            resultKind = c.kind;
        }
        return new MethodDescription(javaName, explicit.isEmpty() ? FieldNames.snakeCase(javaName) : explicit,
                parameters, result, resultKind, method);
    }

    /** What a Java type maps to: a kind (null when unsupported), its reference, and the target of relations. */
    private record Classified(@Nullable FieldKind kind, TypeRef type, @Nullable TypeRef target,
            boolean targetIsModel) {
    }

    private Classified classify(TypeMirror type, boolean nullable) {
        switch (type.getKind()) {
            case INT:
                return scalar(FieldKind.INT, TypeRef.primitive("int"));
            case LONG:
                return scalar(FieldKind.LONG, TypeRef.primitive("long"));
            case DOUBLE:
                return scalar(FieldKind.DOUBLE, TypeRef.primitive("double"));
            case BOOLEAN:
                return scalar(FieldKind.BOOLEAN, TypeRef.primitive("boolean"));
            case ARRAY:
                TypeMirror component = ((ArrayType) type).getComponentType();
                if (component.getKind() == TypeKind.BYTE) {
                    return scalar(FieldKind.BINARY, TypeRef.primitive("byte[]").withNullable(nullable));
                }
                return unsupported(TypeRef.primitive(type.toString()));
            case ERROR:
                throw new MissingTypeException(type.toString());
            case DECLARED:
                return classifyDeclared((DeclaredType) type, nullable);
            default:
                return unsupported(TypeRef.primitive(type.toString()));
        }
    }

    private Classified classifyDeclared(DeclaredType type, boolean nullable) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        TypeRef ref = ref(element, typeArguments(type), nullable);
        FieldKind simple = switch (name) {
            case "java.lang.String" -> FieldKind.STRING;
            case "java.lang.Integer" -> FieldKind.INT;
            case "java.lang.Long" -> FieldKind.LONG;
            case "java.lang.Double" -> FieldKind.DOUBLE;
            case "java.math.BigDecimal" -> FieldKind.DECIMAL;
            case "java.lang.Boolean" -> FieldKind.BOOLEAN;
            case "java.time.LocalDate" -> FieldKind.DATE;
            case "java.time.LocalDateTime" -> FieldKind.DATETIME;
            case "java.time.Instant" -> FieldKind.INSTANT;
            default -> null;
        };
        if (simple != null) {
            return scalar(simple, ref);
        }
        if (element.getKind() == ElementKind.ENUM) {
            return new Classified(FieldKind.SELECTION, ref, ref.withNullable(false), false);
        }
        if (name.equals("java.util.List") && type.getTypeArguments().size() == 1) {
            TypeMirror argument = type.getTypeArguments().get(0);
            if (argument instanceof WildcardType w && w.getExtendsBound() != null) {
                argument = w.getExtendsBound();
            }
            if (argument.getKind() == TypeKind.ERROR) {
                throw new MissingTypeException(argument.toString());
            }
            if (argument instanceof DeclaredType d && d.asElement() instanceof TypeElement target) {
                if (target.getQualifiedName().contentEquals("java.lang.Long")) {
                    return new Classified(FieldKind.IDS, ref.withNullable(false), null, false);
                }
                if (target.getKind() == ElementKind.INTERFACE) {
                    return new Classified(FieldKind.X2MANY, ref.withNullable(false), ref(target, List.of(), false),
                            Annotations.find(target, Annotations.ODOO_MODEL) != null);
                }
            }
            return unsupported(ref);
        }
        if (element.getKind() == ElementKind.INTERFACE && type.getTypeArguments().isEmpty()) {
            return new Classified(FieldKind.MANY2ONE, ref, ref.withNullable(false),
                    Annotations.find(element, Annotations.ODOO_MODEL) != null);
        }
        return unsupported(ref);
    }

    private List<TypeRef> typeArguments(DeclaredType type) {
        List<TypeRef> arguments = new ArrayList<>();
        for (TypeMirror argument : type.getTypeArguments()) {
            if (argument instanceof WildcardType w && w.getExtendsBound() instanceof DeclaredType bound) {
                arguments.add(TypeRef.wildcardExtends(declaredRef(bound)));
            } else if (argument instanceof DeclaredType d) {
                arguments.add(declaredRef(d));
            } else {
                arguments.add(TypeRef.primitive(argument.toString()));
            }
        }
        return arguments;
    }

    private TypeRef declaredRef(DeclaredType type) {
        return ref((TypeElement) type.asElement(), typeArguments(type), false);
    }

    private TypeRef ref(TypeElement element, List<TypeRef> typeArguments, boolean nullable) {
        Deque<String> simpleNames = new ArrayDeque<>();
        Element e = element;
        while (e instanceof TypeElement t) {
            simpleNames.addFirst(t.getSimpleName().toString());
            e = t.getEnclosingElement();
        }
        String packageName = elements.getPackageOf(element).getQualifiedName().toString();
        return new TypeRef(packageName, List.copyOf(simpleNames), typeArguments, nullable);
    }

    private static Classified scalar(FieldKind kind, TypeRef type) {
        return new Classified(kind, type, null, false);
    }

    private static Classified unsupported(TypeRef type) {
        return new Classified(null, type, null, false);
    }

    /**
     * The abstract methods of {@code type} and of its superinterfaces, declared ones first and in source order,
     * each signature once. Static, default and private methods, and those of {@code Object}, are left out.
     */
    private List<ExecutableElement> abstractMethods(TypeElement type) {
        Map<String, ExecutableElement> bySignature = new LinkedHashMap<>();
        Set<TypeElement> seen = new HashSet<>();
        collect(type, bySignature, seen);
        return new ArrayList<>(bySignature.values());
    }

    private void collect(TypeElement type, Map<String, ExecutableElement> bySignature, Set<TypeElement> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            Set<Modifier> modifiers = method.getModifiers();
            if (!modifiers.contains(Modifier.ABSTRACT) || isObjectMethod(method)) {
                continue;
            }
            StringBuilder signature = new StringBuilder(method.getSimpleName());
            for (VariableElement p : method.getParameters()) {
                signature.append(',').append(p.asType());
            }
            bySignature.putIfAbsent(signature.toString(), method);
        }
        for (TypeMirror superInterface : type.getInterfaces()) {
            if (superInterface instanceof DeclaredType d && d.asElement() instanceof TypeElement t) {
                collect(t, bySignature, seen);
            }
        }
    }

    private static boolean isObjectMethod(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        if (!OBJECT_METHODS.contains(name)) {
            return false;
        }
        return name.equals("equals") ? method.getParameters().size() == 1 : method.getParameters().isEmpty();
    }
}
