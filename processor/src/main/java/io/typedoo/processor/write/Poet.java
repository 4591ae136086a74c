package io.typedoo.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.typedoo.processor.model.FieldKind;
import io.typedoo.processor.read.Annotations;
import io.typedoo.processor.model.ModelDescription;
import io.typedoo.processor.model.RuntimeNames;
import io.typedoo.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/** JavaPoet names shared by the writers: runtime classes, types of the model, the class-level annotations. */
final class Poet {

    static final ClassName ODOO_CLIENT = ClassName.get(RuntimeNames.CLIENT, "OdooClient");
    static final ClassName RECORD_MODEL = ClassName.get(RuntimeNames.TYPED, "RecordModel");
    static final ClassName RECORD_HANDLE = ClassName.bestGuess(RuntimeNames.RECORD_HANDLE);
    static final ClassName RECORD_VALUES = ClassName.bestGuess(RuntimeNames.RECORD_VALUES);
    static final ClassName X2MANY = ClassName.get(RuntimeNames.TYPED, "X2many");
    static final ClassName ID_FIELD = ClassName.get(RuntimeNames.TYPED, "NumberField");
    static final ClassName RECORD_GROUP = ClassName.get(RuntimeNames.INTERNAL, "RecordGroup");
    static final ClassName DECLARED_MODEL = ClassName.get(RuntimeNames.INTERNAL, "DeclaredModel");
    static final ClassName VALUE_TYPE = ClassName.get(RuntimeNames.INTERNAL, "ValueType");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final ClassName NULL_MARKED = ClassName.bestGuess(Annotations.NULL_MARKED);
    static final ClassName GENERATED = ClassName.bestGuess(Annotations.GENERATED);
    static final String PROCESSOR = "io.typedoo.processor.OdooModelProcessor";

    private Poet() {
    }

    /** The JavaPoet type of {@code ref}, with {@code @Nullable} where the model says so. */
    static TypeName type(TypeRef ref) {
        TypeName name;
        if (ref.isWildcard()) {
            return WildcardTypeName.subtypeOf(type(ref.typeArguments().get(0)));
        } else if (ref.isPrimitive() || (ref.packageName().isEmpty() && ref.simpleName().equals("byte[]"))) {
            name = primitive(ref.simpleName());
        } else {
            ClassName raw = className(ref);
            if (ref.typeArguments().isEmpty()) {
                name = raw;
            } else {
                List<TypeName> arguments = new ArrayList<>();
                for (TypeRef a : ref.typeArguments()) {
                    arguments.add(type(a));
                }
                name = ParameterizedTypeName.get(raw, arguments.toArray(new TypeName[0]));
            }
        }
        return ref.nullable() ? name.annotated(AnnotationSpec.builder(NULLABLE).build()) : name;
    }

    /** The class of {@code ref}, without type arguments. */
    static ClassName className(TypeRef ref) {
        List<String> simple = ref.simpleNames();
        return ClassName.get(ref.packageName(), simple.get(0), simple.subList(1, simple.size()).toArray(new String[0]));
    }

    private static TypeName primitive(String keyword) {
        return switch (keyword) {
            case "int" -> TypeName.INT;
            case "long" -> TypeName.LONG;
            case "double" -> TypeName.DOUBLE;
            case "boolean" -> TypeName.BOOLEAN;
            case "byte[]" -> ArrayTypeName.of(TypeName.BYTE);
            default -> throw new IllegalArgumentException("Not a supported primitive: " + keyword);
        };
    }

    /** The boxed Java type a field of {@code kind} holds in the runtime, such as {@code Long} for LONG. */
    static TypeName valueType(FieldKind kind, TypeRef declared) {
        return switch (kind) {
            case STRING -> ClassName.get(String.class);
            case INT -> ClassName.get(Integer.class);
            case LONG, ID -> ClassName.get(Long.class);
            case DOUBLE -> ClassName.get(Double.class);
            case DECIMAL -> ClassName.get("java.math", "BigDecimal");
            case BOOLEAN -> ClassName.get(Boolean.class);
            case DATE -> ClassName.get("java.time", "LocalDate");
            case DATETIME -> ClassName.get("java.time", "LocalDateTime");
            case INSTANT -> ClassName.get("java.time", "Instant");
            case BINARY -> ArrayTypeName.of(TypeName.BYTE);
            case SELECTION -> className(declared);
            case IDS -> ParameterizedTypeName.get(LIST, ClassName.get(Long.class));
            case MANY2ONE, X2MANY -> throw new IllegalArgumentException("Relations have no value type");
        };
    }

    /** The runtime {@code ValueType} constant or call for {@code kind}, such as {@code ValueType.DATE}. */
    static CodeBlock valueTypeExpression(FieldKind kind, TypeRef declared) {
        return switch (kind) {
            case STRING -> CodeBlock.of("$T.STRING", VALUE_TYPE);
            case INT -> CodeBlock.of("$T.INTEGER", VALUE_TYPE);
            case LONG, ID -> CodeBlock.of("$T.LONG", VALUE_TYPE);
            case DOUBLE -> CodeBlock.of("$T.DOUBLE", VALUE_TYPE);
            case DECIMAL -> CodeBlock.of("$T.DECIMAL", VALUE_TYPE);
            case BOOLEAN -> CodeBlock.of("$T.BOOLEAN", VALUE_TYPE);
            case DATE -> CodeBlock.of("$T.DATE", VALUE_TYPE);
            case DATETIME -> CodeBlock.of("$T.DATETIME_UTC", VALUE_TYPE);
            case INSTANT -> CodeBlock.of("$T.INSTANT", VALUE_TYPE);
            case BINARY -> CodeBlock.of("$T.BINARY", VALUE_TYPE);
            case IDS -> CodeBlock.of("$T.IDS", VALUE_TYPE);
            case SELECTION -> CodeBlock.of("$T.selection($T.class)", VALUE_TYPE,
                    className(declared));
            case MANY2ONE, X2MANY -> throw new IllegalArgumentException("Relations have no value type");
        };
    }

    /** {@code @Generated} (unless switched off) and {@code @NullMarked}. */
    static void addClassAnnotations(TypeSpec.Builder type, ModelDescription model, GeneratorOptions options) {
        if (options.generatedAnnotation()) {
            type.addAnnotation(AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", PROCESSOR)
                    .addMember("comments", "$S", "from " + model.interfaceType().qualifiedName())
                    .build());
        }
        type.addAnnotation(NULL_MARKED);
    }

    /** The runtime field class of {@code kind}, such as {@code StringField}. */
    static ClassName fieldClass(FieldKind kind) {
        return ClassName.get(RuntimeNames.TYPED, kind.fieldClass());
    }

    /** The generated class {@code simpleName} next to the model interface. */
    static ClassName generated(ModelDescription model, String simpleName) {
        return ClassName.get(model.packageName(), simpleName);
    }

    /** The generated class with {@code suffix} for the model interface {@code target}. */
    static ClassName generatedFor(TypeRef target, String suffix) {
        return ClassName.get(target.packageName(), String.join("_", target.simpleNames()) + suffix);
    }
}
