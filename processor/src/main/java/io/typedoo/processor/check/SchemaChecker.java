package io.typedoo.processor.check;

import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import io.typedoo.processor.diag.KotlinMessages;
import io.typedoo.processor.diag.Messages;
import io.typedoo.processor.diag.Reporter;
import io.typedoo.processor.model.FieldDescription;
import io.typedoo.processor.model.FieldKind;
import io.typedoo.processor.model.RuntimeNames;
import io.typedoo.processor.model.KotlinMember;
import io.typedoo.processor.model.ModelDescription;
import io.typedoo.processor.model.TypeRef;
import io.typedoo.processor.read.Annotations;
import io.typedoo.processor.schema.Schema;
import io.typedoo.processor.schema.SchemaField;
import io.typedoo.processor.schema.SchemaModel;
import io.typedoo.processor.schema.Suggestions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * The check stage against a server's schema snapshot ({@code -Atypedoo.schema}): the model and every field
 * exist, the Java types fit the Odoo field types, relations point at the right model, fields Odoo can send empty
 * are {@code @Nullable}, and selection enums cover the server's values. Odoo field types it does not know (from
 * other versions or modules) are not type-checked.
 */
public final class SchemaChecker {

    /**
     * The Odoo field types a kind can read, with what to declare instead, by Odoo type: in Java's words (an
     * accessor's return type) and in Kotlin's (a property's type).
     */
    private record Fit(Set<FieldKind> kinds, String use, String kotlinUse) {
    }

    private static final Map<String, Fit> FITS = Map.ofEntries(
            Map.entry("char", fit("String", "String", FieldKind.STRING)),
            Map.entry("text", fit("String", "String", FieldKind.STRING)),
            Map.entry("html", fit("String", "String", FieldKind.STRING)),
            Map.entry("reference", fit("String (\"model,id\")", "String (\"model,id\")", FieldKind.STRING)),
            Map.entry("selection", fit("an enum of its values, or String", "an enum class of its values, or String",
                    FieldKind.SELECTION, FieldKind.STRING)),
            Map.entry("integer", fit("int or long (or their boxes)", "Int or Long", FieldKind.INT, FieldKind.LONG)),
            Map.entry("many2one_reference", fit("long (the id)", "Long (the id)", FieldKind.INT, FieldKind.LONG)),
            Map.entry("float", fit("double or BigDecimal", "Double or BigDecimal", FieldKind.DOUBLE,
                    FieldKind.DECIMAL)),
            Map.entry("monetary", fit("BigDecimal or double", "BigDecimal or Double", FieldKind.DOUBLE,
                    FieldKind.DECIMAL)),
            Map.entry("boolean", fit("boolean", "Boolean", FieldKind.BOOLEAN)),
            Map.entry("date", fit("LocalDate", "LocalDate", FieldKind.DATE)),
            Map.entry("datetime", fit("LocalDateTime (UTC) or Instant", "LocalDateTime (UTC) or Instant",
                    FieldKind.DATETIME, FieldKind.INSTANT)),
            Map.entry("binary", fit("byte[]", "ByteArray", FieldKind.BINARY)),
            Map.entry("image", fit("byte[]", "ByteArray", FieldKind.BINARY)),
            Map.entry("many2one", fit("the @OdooModel interface of %s, or Long for its id",
                    "the @OdooModel interface of %s, or Long for its id", FieldKind.MANY2ONE, FieldKind.LONG)),
            Map.entry("one2many", fit("List<the @OdooModel interface of %s>, or List<Long> for the ids",
                    "List<the @OdooModel interface of %s>, or List<Long> for the ids", FieldKind.X2MANY,
                    FieldKind.IDS)),
            Map.entry("many2many", fit("List<the @OdooModel interface of %s>, or List<Long> for the ids",
                    "List<the @OdooModel interface of %s>, or List<Long> for the ids", FieldKind.X2MANY,
                    FieldKind.IDS)));

    /** Odoo types whose empty value is a real value (false, 0, an empty list), never False for "no value". */
    private static final Set<String> NEVER_EMPTY =
            Set.of("boolean", "integer", "float", "monetary", "one2many", "many2many");

    private final Schema schema;
    private final Reporter reporter;
    private final Elements elements;
    private final @Nullable Trees trees;

    /**
     * A checker against {@code schema}.
     *
     * @param trees javac's source trees, to read the values of {@code OdooSelection} enums; null where the compiler
     *     has none (the selection check then covers plain enums only)
     */
    public SchemaChecker(Schema schema, Reporter reporter, Elements elements, @Nullable Trees trees) {
        this.schema = schema;
        this.reporter = reporter;
        this.elements = elements;
        this.trees = trees;
    }

    /** Checks {@code model}; returns true when no error was found (warnings do not count). */
    public boolean check(ModelDescription model) {
        int before = reporter.errorCount();
        SchemaModel schemaModel = schema.model(model.odooModel());
        if (schemaModel == null) {
            AnnotationMirror annotation = Annotations.find(model.element(), Annotations.ODOO_MODEL);
            String suggestion = Suggestions.closest(model.odooModel(), schema.models().keySet());
            if (suggestion == null) {
                reporter.report(Messages.SCHEMA_MODEL_UNKNOWN, model.element(), annotation, model.odooModel(),
                        schema.source(), model.odooModel());
            } else {
                reporter.report(Messages.SCHEMA_MODEL_MISSPELT, model.element(), annotation, model.odooModel(),
                        schema.source(), suggestion, model.odooModel());
            }
            return false;
        }
        for (FieldDescription field : model.fields()) {
            if (field.kind() != null && field.kind() != FieldKind.ID) {
                checkField(model, schemaModel, field);
            }
        }
        return reporter.errorCount() == before;
    }

    private void checkField(ModelDescription model, SchemaModel schemaModel, FieldDescription field) {
        String type = model.element().getSimpleName().toString();
        KotlinMember kotlin = ModelChecker.kotlinMember(model, field.accessor());
        SchemaField schemaField = schemaModel.fields().get(field.odooName());
        if (schemaField == null) {
            String suggestion = Suggestions.field(field.odooName(), schemaModel);
            if (suggestion == null) {
                reporter.report(kotlin != null ? KotlinMessages.SCHEMA_FIELD_UNKNOWN : Messages.SCHEMA_FIELD_UNKNOWN,
                        field.element(), type, kotlin != null ? kotlin.name() : field.accessor(), field.odooName(),
                        schemaModel.name(), schemaModel.name());
            } else {
                reporter.report(kotlin != null ? KotlinMessages.SCHEMA_FIELD_MISSPELT
                        : Messages.SCHEMA_FIELD_MISSPELT, field.element(), type,
                        kotlin != null ? kotlin.name() : field.accessor(), field.odooName(), schemaModel.name(),
                        suggestion, suggestion);
            }
            return;
        }
        Fit fit = FITS.get(schemaField.type());
        if (fit == null) {
            return; // a type this version of typedoo does not know: never refuse another server's model
        }
        if (!fit.kinds().contains(field.kind())) {
            if (kotlin != null) {
                reporter.report(KotlinMessages.SCHEMA_FIELD_TYPE, field.element(), type, kotlin.name(),
                        kotlin.type(), schemaField.name(), schemaModel.name(), withArticle(schemaField.type()),
                        String.format(Locale.ROOT, fit.kotlinUse(), schemaField.relation()));
            } else {
                reporter.report(Messages.SCHEMA_FIELD_TYPE, field.element(), type, field.accessor(),
                        ModelChecker.display(field.type()), schemaField.name(), schemaModel.name(),
                        withArticle(schemaField.type()), String.format(Locale.ROOT, fit.use(),
                                schemaField.relation()));
            }
            return;
        }
        checkRelation(type, schemaModel, field, schemaField);
        checkNullable(model, schemaModel, field, schemaField);
        if (field.kind() == FieldKind.SELECTION && field.target() != null) {
            checkSelection(schemaModel, field, schemaField);
        }
    }

    private void checkRelation(String type, SchemaModel schemaModel, FieldDescription field, SchemaField schemaField) {
        TypeRef target = field.target();
        if (!field.kind().isRelation() || !field.targetIsModel() || target == null
                || schemaField.relation() == null) {
            return;
        }
        TypeElement targetType = elements.getTypeElement(target.qualifiedName());
        AnnotationMirror annotation = targetType == null ? null : Annotations.find(targetType, Annotations.ODOO_MODEL);
        if (annotation == null) {
            return;
        }
        String targetModel = Annotations.value(annotation);
        if (!targetModel.equals(schemaField.relation())) {
            reporter.report(Messages.SCHEMA_RELATION, field.element(), type, field.accessor(),
                    ModelChecker.display(field.type()), targetModel, schemaField.name(), schemaModel.name(),
                    withArticle(schemaField.type()), schemaField.relation(), schemaField.relation());
        }
    }

    private void checkNullable(ModelDescription model, SchemaModel schemaModel, FieldDescription field,
            SchemaField schemaField) {
        if (field.nullable() || schemaField.required() || NEVER_EMPTY.contains(schemaField.type())) {
            return;
        }
        String type = model.element().getSimpleName().toString();
        KotlinMember kotlin = ModelChecker.kotlinMember(model, field.accessor());
        if (kotlin != null) {
            reporter.report(KotlinMessages.SCHEMA_NULLABLE, field.element(), type, kotlin.name(), schemaField.name(),
                    schemaModel.name(), withArticle(schemaField.type()), kotlin.type());
            return;
        }
        String hint = field.type().isPrimitive() ? " and return " + box(field.type().simpleName()) : "";
        reporter.report(Messages.SCHEMA_NULLABLE, field.element(), type, field.accessor(), schemaField.name(),
                schemaModel.name(), withArticle(schemaField.type()), hint);
    }

    private void checkSelection(SchemaModel schemaModel, FieldDescription field, SchemaField schemaField) {
        TypeElement enumType = elements.getTypeElement(field.target().qualifiedName());
        if (enumType == null || schemaField.selection().isEmpty()) {
            return;
        }
        List<String> values = enumValues(enumType);
        if (values == null) {
            return;
        }
        List<String> missing = new ArrayList<>(schemaField.selection());
        missing.removeAll(values);
        if (!missing.isEmpty()) {
            String list = missing.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
            reporter.report(Messages.SCHEMA_SELECTION, field.element(), enumType.getSimpleName(),
                    (missing.size() == 1 ? "the value " : "the values ") + list, schemaField.name(),
                    schemaModel.name());
        }
    }

    /**
     * The values an enum stands for, as the runtime maps them: lower-cased constant names, or for an
     * {@code OdooSelection} enum the one string literal each constant passes to its constructor. Null when a
     * value cannot be known at compile time (the check is then skipped rather than guessed).
     */
    private @Nullable List<String> enumValues(TypeElement enumType) {
        boolean custom = implementsOdooSelection(enumType);
        List<String> values = new ArrayList<>();
        for (Element e : enumType.getEnclosedElements()) {
            if (e.getKind() != ElementKind.ENUM_CONSTANT) {
                continue;
            }
            if (!custom) {
                values.add(e.getSimpleName().toString().toLowerCase(Locale.ROOT));
                continue;
            }
            String literal = literalArgument(e);
            if (literal == null) {
                return null;
            }
            values.add(literal);
        }
        return values;
    }

    private @Nullable String literalArgument(Element constant) {
        if (trees == null) {
            return null;
        }
        Tree tree = trees.getTree(constant);
        if (!(tree instanceof VariableTree variable) || !(variable.getInitializer() instanceof NewClassTree call)) {
            return null;
        }
        String found = null;
        for (Tree argument : call.getArguments()) {
            if (argument instanceof LiteralTree literal && literal.getValue() instanceof String s) {
                if (found != null) {
                    return null; // two strings: which one is the value is not knowable here
                }
                found = s;
            }
        }
        return found;
    }

    /**
     * True when {@code type} implements {@code OdooSelection}, directly or through another interface (such as
     * typedoo-kotlin's {@code OdooSelectionValue}, whose {@code val odooValue} a Kotlin enum overrides).
     */
    private static boolean implementsOdooSelection(TypeElement type) {
        for (TypeMirror i : type.getInterfaces()) {
            if (i instanceof DeclaredType d && d.asElement() instanceof TypeElement t
                    && (t.getQualifiedName().contentEquals(RuntimeNames.ODOO_SELECTION) || implementsOdooSelection(t))) {
                return true;
            }
        }
        return false;
    }

    private static Fit fit(String use, String kotlinUse, FieldKind first, FieldKind... rest) {
        return new Fit(EnumSet.of(first, rest), use, kotlinUse);
    }

    private static String withArticle(String odooType) {
        return ("aeiou".indexOf(odooType.charAt(0)) >= 0 ? "an " : "a ") + odooType;
    }

    private static String box(String primitive) {
        return switch (primitive) {
            case "int" -> "Integer";
            case "long" -> "Long";
            case "double" -> "Double";
            case "boolean" -> "Boolean";
            default -> primitive;
        };
    }
}
