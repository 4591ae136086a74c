package io.typedoo.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.typedoo.annotations.FieldNames;
import io.typedoo.untyped.FieldInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes one {@code @OdooModel} interface per model from the server's {@code fields_get}, for the typedoo
 * annotation processor to turn into a typed client.
 *
 * <ul>
 *   <li>Accessors are named after the fields ({@code date_deadline} is {@code dateDeadline()}), with
 *       {@code @OdooField} where the processor's naming rule would not find the field.
 *   <li>A relation to a model generated in the same run is typed: {@code user_id} to {@code res.users} becomes
 *       {@code @OdooField("user_id") @Nullable ResUsers user()}, {@code tag_ids} becomes
 *       {@code List<TodoTaskTag> tags()}. Other relations are ids: {@code @Nullable Long userId()},
 *       {@code List<Long> tagIds()}.
 *   <li>A selection becomes a nested enum implementing {@code OdooSelection}, one constant per choice.
 *   <li>Javadoc comes from the field's label and help; {@code @Nullable} marks every field Odoo can send empty
 *       ({@code False}): all but booleans, numbers, x2many lists and required fields.
 *   <li>Field types the processor does not map ({@code json}, {@code properties}, ...) are left
 *       out and named in the interface's Javadoc; so is {@code id}, which every record has.
 * </ul>
 */
public final class InterfaceGenerator {

    private static final ClassName ODOO_MODEL = ClassName.get("io.typedoo.annotations", "OdooModel");
    private static final ClassName ODOO_FIELD = ClassName.get("io.typedoo.annotations", "OdooField");
    private static final ClassName ODOO_SELECTION = ClassName.get("io.typedoo.typed", "OdooSelection");
    private static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    private static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
    private static final AnnotationSpec NULLABLE_SPEC = AnnotationSpec.builder(NULLABLE).build();

    private final String packageName;
    private final Map<String, ClassName> generatedTypes = new LinkedHashMap<>();

    /**
     * A generator for a set of models; relations among them are typed.
     *
     * @param packageName the package of the generated interfaces, such as {@code com.example.odoo}
     * @param models the technical names of every model generated in this run
     */
    public InterfaceGenerator(String packageName, List<String> models) {
        if (!packageName.isEmpty() && !javax.lang.model.SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("Not a Java package name: '" + packageName + "'");
        }
        this.packageName = packageName;
        for (String model : models) {
            generatedTypes.put(model, ClassName.get(packageName, JavaNames.typeName(model)));
        }
    }

    /** The interface for one model, as a JavaPoet file ready to write. */
    public JavaFile generate(ServerModel description) {
        return generate(description, List.of(), List.of());
    }

    /**
     * The interface for one model with typed {@code @OdooMethod} declarations for {@code methods}, from Odoo 19's
     * documented signatures; a method that cannot be typed, or that the server does not document, is named in the
     * interface's Javadoc with the reason.
     *
     * @param methods the documented methods to declare
     * @param undocumented names asked for that the server does not document for this model
     */
    public JavaFile generate(ServerModel description, List<ServerMethod> methods, List<String> undocumented) {
        ClassName self = generatedTypes.getOrDefault(description.model(),
                ClassName.get(packageName, JavaNames.typeName(description.model())));
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(ODOO_MODEL).addMember("value", "$S", description.model())
                        .build())
                .addAnnotation(NULL_MARKED);
        type.addJavadoc("$L ({@code $L}).\n",
                description.label() == null ? "The Odoo model" : escape(description.label()), description.model());
        type.addJavadoc("\n<p>Written by {@code typedoo generate} from the server's {@code fields_get}; edit freely:\n"
                + "remove the fields you do not use, rename accessors (keeping {@code @OdooField}).\n");

        Set<String> usedNames = new HashSet<>(TAKEN_ACCESSORS);
        Set<String> usedConstants = new HashSet<>(List.of("ID"));
        List<String> skipped = new ArrayList<>();
        for (FieldInfo field : description.fields().values()) {
            if (field.name().equals("id")) {
                continue;
            }
            TypeName javaType = javaType(field, self, type, usedNames);
            if (javaType == null) {
                skipped.add(field.name() + " (" + field.type() + ")");
                continue;
            }
            String accessor = accessorName(field, usedNames, usedConstants);
            usedNames.add(accessor);
            usedConstants.add(FieldNames.constantName(FieldNames.property(accessor)));
            MethodSpec.Builder method = MethodSpec.methodBuilder(accessor)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(javaType)
                    .addJavadoc("$L", fieldJavadoc(field));
            if (FieldNames.needsAnnotation(accessor, field.name())) {
                method.addAnnotation(AnnotationSpec.builder(ODOO_FIELD).addMember("value", "$S", field.name())
                        .build());
            }
            type.addMethod(method.build());
        }
        if (!skipped.isEmpty()) {
            type.addJavadoc("\n<p>Fields left out (types the processor does not map): $L.\n",
                    String.join(", ", skipped));
        }
        List<String> methodsLeftOut = new ArrayList<>();
        for (ServerMethod method : methods) {
            MethodGenerator.Outcome outcome = MethodGenerator.generate(method, usedNames);
            if (outcome.method() != null) {
                usedNames.add(outcome.method().name());
                type.addMethod(outcome.method());
            } else {
                methodsLeftOut.add("{@code " + method.name() + "}: " + escape(String.valueOf(outcome.skipped())));
            }
        }
        undocumented.forEach(name -> methodsLeftOut.add("{@code " + name + "}: the server does not document it"
                + " for this model (not a public method of it?)"));
        if (!methodsLeftOut.isEmpty()) {
            type.addJavadoc("\n<p>Methods left out:\n<ul>\n$L</ul>\n", methodsLeftOut.stream()
                    .map(m -> "  <li>" + m + "\n").collect(java.util.stream.Collectors.joining()));
        }
        return JavaFile.builder(packageName, type.build())
                .addFileComment("Generated by typedoo from the server's fields_get of $L. Edit it as you like: once\n"
                        + "edited, generating again leaves it alone unless told to overwrite it.", description.model())
                .indent("    ")
                .skipJavaLangImports(true)
                .build();
    }

    /**
     * An accessor name for {@code field} that no other accessor, no method a generated record inherits and no other
     * field's constant in the generated model already has: the camelCase of the field (for a relation to a generated
     * model, of its name without {@code _id}/{@code _ids}), else with a number.
     */
    private String accessorName(FieldInfo field, Set<String> usedNames, Set<String> usedConstants) {
        String plain = JavaNames.accessorName(field.name());
        if (field.isRelational() && generatedTypes.containsKey(field.relation())) {
            String typed = JavaNames.accessorName(JavaNames.relationBase(field.name()));
            if (free(typed, usedNames, usedConstants)) {
                return typed;
            }
        }
        String name = plain;
        for (int i = 2; !free(name, usedNames, usedConstants); i++) {
            name = plain + i;
        }
        return name;
    }

    private static boolean free(String accessor, Set<String> usedNames, Set<String> usedConstants) {
        return !usedNames.contains(accessor)
                && !usedConstants.contains(FieldNames.constantName(FieldNames.property(accessor)));
    }

    /**
     * Names a field accessor cannot have: the no-argument methods a generated record inherits from
     * {@link io.typedoo.typed.RecordHandle} and {@code Object} (the processor rejects them, reading the same class), and {@code id}.
     */
    private static final Set<String> TAKEN_ACCESSORS = takenAccessors();

    private static Set<String> takenAccessors() {
        Set<String> names = new HashSet<>(JavaNames.recordMethods(true));
        names.add("id");
        return Set.copyOf(names);
    }

    private TypeName javaType(FieldInfo field, ClassName self, TypeSpec.Builder type, Set<String> usedNames) {
        boolean nullable = !field.isRequired();
        ClassName target = field.relation() == null ? null : generatedTypes.get(field.relation());
        TypeName base;
        switch (field.type()) {
            // A reference reads as its "model,id" text, which the processor maps to String as well.
            case "char", "text", "html", "reference" -> base = ClassName.get(String.class);
            case "integer" -> {
                return TypeName.LONG;
            }
            case "float" -> {
                return TypeName.DOUBLE;
            }
            case "monetary" -> {
                return ClassName.get(BigDecimal.class);
            }
            case "boolean" -> {
                return TypeName.BOOLEAN;
            }
            case "date" -> base = ClassName.get(LocalDate.class);
            case "datetime" -> base = ClassName.get(LocalDateTime.class);
            case "binary" -> {
                TypeName bytes = ArrayTypeName.of(TypeName.BYTE);
                return nullable ? bytes.annotated(NULLABLE_SPEC) : bytes;
            }
            case "selection" -> {
                if (field.selection().isEmpty()) {
                    base = ClassName.get(String.class); // a selection computed at run time: its values are unknown
                } else {
                    String enumName = enumName(field, usedNames);
                    usedNames.add(enumName);
                    type.addType(selectionEnum(enumName, field));
                    base = self.nestedClass(enumName);
                }
            }
            case "many2one" -> base = target != null ? target : ClassName.get(Long.class);
            case "one2many", "many2many" -> {
                return ParameterizedTypeName.get(ClassName.get(List.class),
                        target != null ? target : ClassName.get(Long.class));
            }
            default -> {
                return null;
            }
        }
        return nullable ? base.annotated(NULLABLE_SPEC) : base;
    }

    private static String enumName(FieldInfo field, Set<String> usedNames) {
        String accessor = JavaNames.accessorName(field.name());
        String name = Character.toUpperCase(accessor.charAt(0)) + accessor.substring(1);
        if (name.endsWith("_")) {
            name = name.substring(0, name.length() - 1);
        }
        return usedNames.contains(name) ? name + "Choice" : name;
    }

    private static TypeSpec selectionEnum(String name, FieldInfo field) {
        TypeSpec.Builder choices = TypeSpec.enumBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(ODOO_SELECTION)
                .addJavadoc("The choices of {@code $L}.\n", field.name());
        Set<String> constants = new HashSet<>();
        for (Map.Entry<String, String> choice : field.selection().entrySet()) {
            String constant = JavaNames.constantName(choice.getKey(), choice.getValue());
            for (int i = 2; !constants.add(constant); i++) {
                constant = JavaNames.constantName(choice.getKey(), choice.getValue()) + "_" + i;
            }
            choices.addEnumConstant(constant, TypeSpec.anonymousClassBuilder("$S", choice.getKey())
                    .addJavadoc("$L ({@code $L}).\n", escape(choice.getValue()), escape(choice.getKey()))
                    .build());
        }
        choices.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
        choices.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "value")
                .addStatement("this.value = value")
                .build());
        choices.addMethod(MethodSpec.methodBuilder("odooValue")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return value")
                .build());
        return choices.build();
    }

    private static String fieldJavadoc(FieldInfo field) {
        StringBuilder doc = new StringBuilder();
        doc.append(field.label() == null || field.label().isBlank() ? field.name() : escape(field.label()))
                .append(".\n");
        if (field.attributes().get("help") instanceof String help && !help.isBlank()) {
            doc.append("\n<p>").append(escape(help.strip())).append("\n");
        }
        doc.append("\n<p>Odoo field {@code ").append(field.name()).append("}, ").append(field.type());
        if (field.relation() != null) {
            doc.append(" to {@code ").append(field.relation()).append("}");
        }
        if (field.isRequired()) {
            doc.append(", required");
        }
        if (field.isReadonly()) {
            doc.append(", read-only");
        }
        return doc.append(".\n").toString();
    }

    /** Keeps server text from being read as HTML, a Javadoc tag, or the end of the comment. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }
}
