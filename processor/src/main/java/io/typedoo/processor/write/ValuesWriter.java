package io.typedoo.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.typedoo.processor.model.FieldDescription;
import io.typedoo.processor.model.FieldKind;
import io.typedoo.processor.model.ModelDescription;
import io.typedoo.processor.model.TypeRef;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/** Writes {@code TodoTaskValues}: one typed setter per field (two for relations) over {@code RecordValues}. */
public final class ValuesWriter {

    private final GeneratorOptions options;

    public ValuesWriter(GeneratorOptions options) {
        this.options = options;
    }

    /** The source file of {@code model}'s values builder. */
    public JavaFile write(ModelDescription model) {
        ClassName self = Poet.generated(model, model.valuesClassName());
        ClassName modelClass = Poet.generated(model, model.modelClassName());
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(Poet.RECORD_VALUES, self))
                .addOriginatingElement(model.element())
                .addJavadoc("Field values of the Odoo model {@code $L} for {@code create} and {@code write}.\n",
                        model.odooModel())
                .addJavadoc("Only the fields set here are sent; a null clears a field. Not thread-safe.\n");
        Poet.addClassAnnotations(type, model, options);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Empty values.\n")
                .build());
        for (FieldDescription field : model.fields()) {
            addSetters(type, model, self, modelClass, field);
        }
        type.addMethod(MethodSpec.methodBuilder("self")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(self)
                .addStatement("return this")
                .build());
        return JavaFile.builder(model.packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    /**
     * The fields Odoo adds to every model and computes itself: readable, never written, so no setter. (The testkit
     * serves the same list as its magic fields.)
     */
    static final Set<String> MAGIC_FIELDS = Set.of("id", "display_name", "create_uid", "create_date", "write_uid",
            "write_date");

    private static void addSetters(TypeSpec.Builder type, ModelDescription model, ClassName self,
            ClassName modelClass, FieldDescription field) {
        FieldKind kind = field.kind();
        if (kind == null || kind == FieldKind.ID || MAGIC_FIELDS.contains(field.odooName())) {
            return;
        }
        String name = SourceVersion.isKeyword(field.property()) ? field.property() + "Value" : field.property();
        String odoo = model.odooModel() + "." + field.odooName();
        switch (kind) {
            case MANY2ONE -> {
                TypeRef target = ModelWriter.target(field);
                type.addMethod(setter(self, name, Poet.type(field.type()), name)
                        .addJavadoc("Sets {@code $L} to {@code $N}$L.\n", odoo, name,
                                field.nullable() ? ", or clears it when null" : "")
                        .addStatement("return set($T.$N, $N)", modelClass, field.constant(), name)
                        .build());
                type.addMethod(setter(self, name, TypeName.LONG, "id")
                        .addJavadoc("Sets {@code $L} to the $L with this id.\n", odoo, target.simpleName())
                        .addStatement("return setId($T.$N, id)", modelClass, field.constant())
                        .build());
            }
            case X2MANY -> {
                ClassName target = Poet.className(ModelWriter.target(field));
                type.addMethod(setter(self, name,
                                ParameterizedTypeName.get(Poet.LIST, WildcardTypeName.subtypeOf(target)), name)
                        .addJavadoc("Sets {@code $L} to exactly {@code $N}.\n", odoo, name)
                        .addStatement("return change($T.$N, $T.set($N))", modelClass, field.constant(), Poet.X2MANY,
                                name)
                        .build());
                type.addMethod(setter(self, name,
                                ParameterizedTypeName.get(Poet.X2MANY, WildcardTypeName.subtypeOf(target)), "change")
                        .addJavadoc("Changes {@code $L}:\n{@code X2many.add(...)}, {@code remove}, {@code set},"
                                + " {@code clear}.\n", odoo)
                        .addStatement("return change($T.$N, change)", modelClass, field.constant())
                        .build());
            }
            case IDS -> {
                type.addMethod(setter(self, name, ParameterizedTypeName.get(Poet.LIST, ClassName.get(Long.class)),
                                "ids")
                        .addJavadoc("Sets {@code $L} to exactly the records {@code ids}.\n", odoo)
                        .addStatement("return setIds($T.$N, ids)", modelClass, field.constant())
                        .build());
                type.addMethod(setter(self, name, ParameterizedTypeName.get(Poet.X2MANY,
                                WildcardTypeName.subtypeOf(Object.class)), "change")
                        .addJavadoc("Changes {@code $L}:\n{@code X2many.addIds(...)}, {@code removeIds},"
                                + " {@code setIds}, {@code clear}.\n", odoo)
                        .addStatement("return change($T.$N, change)", modelClass, field.constant())
                        .build());
            }
            default -> type.addMethod(setter(self, name, Poet.type(field.type()), name)
                    .addJavadoc("Sets {@code $L}$L.\n", odoo, field.nullable() ? "; null clears it" : "")
                    .addStatement("return set($T.$N, $N)", modelClass, field.constant(), name)
                    .build());
        }
    }

    private static MethodSpec.Builder setter(ClassName self, String name, TypeName parameter, String parameterName) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(parameter, parameterName);
    }
}
