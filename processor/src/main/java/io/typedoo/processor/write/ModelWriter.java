package io.typedoo.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.typedoo.processor.model.FieldDescription;
import io.typedoo.processor.model.FieldKind;
import io.typedoo.processor.model.ModelDescription;
import io.typedoo.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code TodoTaskModel}: the typed field constants, the model's {@code DeclaredModel}, and the entry point
 * {@code TodoTaskModel.of(client)} whose search, browse, create, write and unlink come from {@code RecordModel}.
 */
public final class ModelWriter {

    private final GeneratorOptions options;

    public ModelWriter(GeneratorOptions options) {
        this.options = options;
    }

    /** The source file of {@code model}'s model class. */
    public JavaFile write(ModelDescription model) {
        ClassName self = Poet.generated(model, model.modelClassName());
        ClassName record = Poet.generated(model, model.recordClassName());
        ClassName values = Poet.generated(model, model.valuesClassName());
        TypeName interfaceType = Poet.className(model.interfaceType());
        TypeName info = ParameterizedTypeName.get(Poet.DECLARED_MODEL, record);

        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(Poet.RECORD_MODEL, interfaceType, record, values))
                .addOriginatingElement(model.element())
                .addJavadoc("The Odoo model {@code $L}, as {@link $T} declares it.\n\n", model.odooModel(),
                        interfaceType)
                .addJavadoc("<p>The static fields name its fields for domains and orderings, such as\n")
                .addJavadoc("{@code $L.ID.in(ids)}; {@link #of(OdooClient)} binds the model to a client for\n",
                        self.simpleName())
                .addJavadoc("{@code search}, {@code browse}, {@code create}, {@code write} and {@code unlink}."
                        + " Thread-safe.\n");
        Poet.addClassAnnotations(type, model, options);

        type.addField(FieldSpec.builder(ParameterizedTypeName.get(Poet.ID_FIELD,
                        ClassName.get(Long.class)), "ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The record id, {@code $L.id}.\n", model.odooModel())
                .initializer("$T.ofLong($S)", Poet.ID_FIELD, "id")
                .build());
        List<CodeBlock> constants = new ArrayList<>();
        Set<String> taken = new HashSet<>(Set.of("ID"));
        for (FieldDescription field : model.fields()) {
            if (field.kind() == FieldKind.ID) {
                continue;
            }
            type.addField(constant(model, field));
            constants.add(CodeBlock.of("$N", field.constant()));
            taken.add(field.constant());
        }
        // The user's constants win: the private field takes a name none of them has (INFO, else INFO_, ...).
        String declared = "INFO";
        while (taken.contains(declared)) {
            declared += "_";
        }
        type.addField(FieldSpec.builder(info, declared, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($S, $T::new,$W$T.of($L))", Poet.DECLARED_MODEL, model.odooModel(), record, Poet.LIST,
                        CodeBlock.join(constants, ",$W"))
                .build());

        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Poet.ODOO_CLIENT, "client")
                .addStatement("super(client, $N, $T::new)", declared, values)
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(Poet.ODOO_CLIENT, "client")
                .addJavadoc("The model {@code $L} on {@code client}.\n", model.odooModel())
                .addStatement("return new $T(client)", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("info")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(info)
                .addJavadoc("What the record layer knows of {@code $L}; the models that relate to it refer to this.\n",
                        model.odooModel())
                .addStatement("return $N", declared)
                .build());
        return JavaFile.builder(model.packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static FieldSpec constant(ModelDescription model, FieldDescription field) {
        FieldKind kind = field.kind();
        if (kind == null) {
            throw new IllegalStateException("Unchecked field " + field.accessor());
        }
        ClassName fieldClass = Poet.fieldClass(kind);
        TypeName fieldType;
        CodeBlock initializer;
        switch (kind) {
            case STRING, BOOLEAN, BINARY, IDS -> {
                fieldType = fieldClass;
                initializer = CodeBlock.of("$T.of($S)", fieldClass, field.odooName());
            }
            case INT, LONG, DOUBLE, DECIMAL, DATE, DATETIME, INSTANT -> {
                fieldType = ParameterizedTypeName.get(fieldClass, Poet.valueType(kind, field.type()));
                initializer = CodeBlock.of("$T.$L($S)", fieldClass, factory(kind), field.odooName());
            }
            case SELECTION -> {
                ClassName enumType = Poet.className(target(field));
                fieldType = ParameterizedTypeName.get(fieldClass, enumType);
                initializer = CodeBlock.of("$T.of($S, $T.class)", fieldClass, field.odooName(), enumType);
            }
            case MANY2ONE, X2MANY -> {
                TypeRef target = target(field);
                fieldType = ParameterizedTypeName.get(fieldClass, Poet.className(target));
                initializer = CodeBlock.of("$T.of($S, $T::info)", fieldClass, field.odooName(),
                        Poet.generatedFor(target, "Model"));
            }
            default -> throw new IllegalStateException("No constant for " + kind);
        }
        return FieldSpec.builder(fieldType, field.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("{@code $L.$L} ($L), read by {@link $T#$L()}.\n", model.odooModel(), field.odooName(),
                        kind.odooTypes(), Poet.className(model.interfaceType()), field.accessor())
                .initializer(initializer)
                .build();
    }

    private static String factory(FieldKind kind) {
        return switch (kind) {
            case INT -> "ofInt";
            case LONG -> "ofLong";
            case DOUBLE -> "ofDouble";
            case DECIMAL -> "ofDecimal";
            case DATE -> "ofDate";
            case DATETIME -> "ofDateTime";
            case INSTANT -> "ofInstant";
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    static TypeRef target(FieldDescription field) {
        TypeRef target = field.target();
        if (target == null) {
            throw new IllegalStateException(field.accessor() + " has no target");
        }
        return target;
    }
}
