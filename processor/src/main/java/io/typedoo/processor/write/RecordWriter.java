package io.typedoo.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.typedoo.processor.model.FieldDescription;
import io.typedoo.processor.model.FieldKind;
import io.typedoo.processor.model.MethodDescription;
import io.typedoo.processor.model.ModelDescription;
import io.typedoo.processor.model.ParameterDescription;
import io.typedoo.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code TodoTaskRecord}: the record class implementing the model interface on {@code RecordHandle}, one
 * line per accessor and per model method.
 */
public final class RecordWriter {

    private final GeneratorOptions options;

    public RecordWriter(GeneratorOptions options) {
        this.options = options;
    }

    /** The source file of {@code model}'s record class. */
    public JavaFile write(ModelDescription model) {
        ClassName self = Poet.generated(model, model.recordClassName());
        ClassName modelClass = Poet.generated(model, model.modelClassName());
        ClassName interfaceType = Poet.className(model.interfaceType());
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Poet.RECORD_HANDLE)
                .addSuperinterface(interfaceType)
                .addOriginatingElement(model.element())
                .addJavadoc("A record of the Odoo model {@code $L}: a live handle on one id.\n\n", model.odooModel())
                .addJavadoc("<p>The first accessor called on any record that arrived with this one (same search,\n")
                .addJavadoc("browse or create) reads the declared fields of all of them in one call; a relation\n")
                .addJavadoc("followed on one of them reads the related records of all of them in one call.\n");
        Poet.addClassAnnotations(type, model, options);
        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(Poet.RECORD_GROUP, "group")
                .addParameter(long.class, "id")
                .addStatement("super(group, id)")
                .build());
        for (FieldDescription field : model.fields()) {
            if (field.kind() != FieldKind.ID) {
                type.addMethod(accessor(model, modelClass, field));
            } else if (!field.accessor().equals("id")) {
                // RecordHandle.id() implements a declared id(); a bean or Kotlin getter (val id: Long -> getId())
                // needs its own implementation.
                type.addMethod(idAccessor(field));
            }
        }
        for (MethodDescription method : model.methods()) {
            type.addMethod(method(model, method));
        }
        return JavaFile.builder(model.packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static MethodSpec accessor(ModelDescription model, ClassName modelClass, FieldDescription field) {
        FieldKind kind = field.kind();
        String read = switch (kind == null ? FieldKind.STRING : kind) {
            case MANY2ONE -> field.nullable() ? "many2oneOrNull" : "many2one";
            case X2MANY -> "x2many";
            default -> field.nullable() ? "getOrNull" : "get";
        };
        return MethodSpec.methodBuilder(field.accessor())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Poet.type(field.type()))
                .addJavadoc("{@code $L.$L}.\n", model.odooModel(), field.odooName())
                .addStatement("return $L($T.$N)", read, modelClass, field.constant())
                .build();
    }

    private static MethodSpec idAccessor(FieldDescription field) {
        return MethodSpec.methodBuilder(field.accessor())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addJavadoc("The record id.\n")
                .addStatement("return id()")
                .build();
    }

    private static MethodSpec method(ModelDescription model, MethodDescription method) {
        MethodSpec.Builder spec = MethodSpec.methodBuilder(method.javaName())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Calls {@code $L.$L} on this record.\n", model.odooModel(), method.odooName());
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(CodeBlock.of("$S", method.odooName()));
        TypeRef result = method.result();
        FieldKind resultKind = method.resultKind();
        if (result != null && resultKind != null) {
            arguments.add(Poet.valueTypeExpression(resultKind, result));
        }
        List<CodeBlock> named = new ArrayList<>();
        for (ParameterDescription p : method.parameters()) {
            spec.addParameter(Poet.type(p.type()), p.name());
            named.add(CodeBlock.of("$S, $N", p.odooName(), p.name()));
        }
        // By name, as JSON-2 binds them; the names come from the source, so no -parameters flag is needed.
        arguments.add(named.isEmpty() ? CodeBlock.of("$T.of()", Map.class)
                : CodeBlock.of("arguments($L)", CodeBlock.join(named, ", ")));
        CodeBlock args = CodeBlock.join(arguments, ", ");
        if (result == null) {
            spec.addStatement("callVoid($L)", args);
        } else {
            spec.returns(Poet.type(result));
            spec.addStatement("return $L($L)", result.nullable() ? "callOrNull" : "call", args);
        }
        return spec.build();
    }
}
