package io.typedoo.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.sun.source.util.Trees;
import io.typedoo.processor.check.ModelChecker;
import io.typedoo.processor.check.SchemaChecker;
import io.typedoo.processor.diag.Messages;
import io.typedoo.processor.diag.Reporter;
import io.typedoo.processor.model.ModelDescription;
import io.typedoo.processor.read.Annotations;
import io.typedoo.processor.read.MissingTypeException;
import io.typedoo.processor.read.ModelReader;
import io.typedoo.processor.schema.Schema;
import io.typedoo.processor.schema.SchemaException;
import io.typedoo.processor.schema.SchemaLoader;
import io.typedoo.processor.write.GeneratorOptions;
import io.typedoo.processor.write.ModelWriter;
import io.typedoo.processor.write.RecordWriter;
import io.typedoo.processor.write.ValuesWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * The typedoo annotation processor: for each {@code @OdooModel} interface it writes a model class (typed field
 * constants and the entry point), a record class and a values builder next to it.
 *
 * <p>Each annotated type goes through three stages:
 * <ol>
 *   <li>read ({@link ModelReader}): elements to a {@link ModelDescription}; a type that does not exist yet defers
 *       the model to the next round;
 *   <li>check ({@link ModelChecker}): every misuse an error on its element, all of them reported; with
 *       {@code -Atypedoo.schema=FILE}, also ({@link SchemaChecker}) against a server's schema snapshot;
 *   <li>write ({@code ModelWriter}, {@code RecordWriter}, {@code ValuesWriter}): JavaPoet files, only for a model
 *       without errors, each with the interface as its only originating element (Gradle: isolating).
 * </ol>
 * The processor never throws into the compiler: anything unexpected is reported as an internal error on the type.
 * It claims typedoo's own annotations, which no other processor reads.
 */
@AutoService(Processor.class)
public final class OdooModelProcessor extends AbstractProcessor {

    /** {@code -Atypedoo.generatedAnnotation=false} leaves {@code @Generated} out of generated classes. */
    public static final String OPTION_GENERATED_ANNOTATION = "typedoo.generatedAnnotation";

    /**
     * {@code -Atypedoo.schema=FILE}: a {@code typedoo-schema/1} snapshot (written by {@code typedoo schema}) to check
     * model and field names and types against; a relative path is resolved against the compiler's working
     * directory.
     */
    public static final String OPTION_SCHEMA = "typedoo.schema";

    /** The classes this processor wrote, by qualified name: their annotations are its to claim. */
    private final Set<String> written = new HashSet<>();

    /** Models whose types did not exist yet, by qualified name, retried next round. */
    private final Map<String, String> deferred = new LinkedHashMap<>();

    /** The snapshot of {@link #OPTION_SCHEMA}, read once per compilation; null without the option. */
    private @Nullable Schema schema;
    private boolean schemaRead;
    /** Set when the snapshot was given but cannot be used: models are then neither checked nor written. */
    private boolean schemaFailed;

    /**
     * typedoo's three annotations, and the two its generated classes carry ({@code @Generated}, {@code @NullMarked}).
     * The latter are claimed only in a round where every element carrying them is a class typedoo wrote (see
     * {@link #process}), so javac's {@code -Xlint:processing} has nothing to say about generated code while other
     * processors still see these annotations on everything else.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.ODOO_MODEL, Annotations.ODOO_FIELD, Annotations.ODOO_METHOD,
                Annotations.GENERATED, Annotations.NULL_MARKED);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(OPTION_GENERATED_ANNOTATION, OPTION_SCHEMA);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            processRound(round);
        } catch (RuntimeException e) {
            // Nothing may escape into the compiler; each model is already guarded, this is for the round itself.
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Messages.INTERNAL_ERROR.format("this round", e, trace(e)));
        }
        return claims(annotations, round);
    }

    /**
     * Whether this round's annotations are claimed: typedoo's own always (no other processor reads them), and
     * {@code @Generated}/{@code @NullMarked} only when each element carrying them is in a class typedoo wrote or,
     * for {@code @NullMarked}, is an {@code @OdooModel} interface (whose nullness typedoo reads that way); one
     * carried by anything else (the user's code, another processor's output) leaves the round unclaimed, as
     * Error Prone's DoNotClaimAnnotations asks. A claimed annotation is one javac's {@code -Xlint:processing} does
     * not warn about.
     */
    private boolean claims(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            if (!name.equals(Annotations.GENERATED) && !name.equals(Annotations.NULL_MARKED)) {
                continue;
            }
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                boolean modelInterface = name.equals(Annotations.NULL_MARKED)
                        && Annotations.find(element, Annotations.ODOO_MODEL) != null;
                if (!modelInterface && !written.contains(outermost(element))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String outermost(Element element) {
        Element e = element;
        while (e.getEnclosingElement() != null && e.getEnclosingElement().getKind() != ElementKind.PACKAGE
                && e.getEnclosingElement().getKind() != ElementKind.MODULE) {
            e = e.getEnclosingElement();
        }
        return e instanceof TypeElement type ? type.getQualifiedName().toString() : e.toString();
    }

    private void processRound(RoundEnvironment round) {
        readSchemaOnce();
        if (schemaFailed) {
            return;
        }
        List<TypeElement> types = new ArrayList<>();
        for (String name : deferred.keySet()) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        Map<String, String> previouslyDeferred = new LinkedHashMap<>(deferred);
        deferred.clear();
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(Annotations.ODOO_MODEL);
        if (annotation != null) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type && !types.contains(type)) {
                    types.add(type);
                }
            }
        }
        for (TypeElement type : types) {
            processType(type);
        }
        if (round.processingOver()) {
            previouslyDeferred.putAll(deferred);
            reportMissingTypes(previouslyDeferred);
        }
    }

    private void processType(TypeElement type) {
        try {
            Reporter reporter = new Reporter(processingEnv.getMessager());
            ModelDescription model = new ModelReader(processingEnv.getElementUtils()).read(type);
            if (!new ModelChecker(reporter, processingEnv.getElementUtils()).check(model)) {
                return;
            }
            // Against the server only once the interface makes sense in Java, so one mistake is one error (an
            // invalid @OdooField name is not also an unknown field).
            if (schema != null
                    && !new SchemaChecker(schema, reporter, processingEnv.getElementUtils(), trees()).check(model)) {
                return;
            }
            GeneratorOptions options = options();
            write(new ModelWriter(options).write(model));
            write(new RecordWriter(options).write(model));
            write(new ValuesWriter(options).write(model));
        } catch (MissingTypeException e) {
            // Retried next round; after the last round processRound reports what is still missing, once.
            deferred.put(type.getQualifiedName().toString(), e.getMessage());
        } catch (RuntimeException e) {
            // Nothing may escape into the compiler: report it on the type, with what is needed to fix typedoo.
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Messages.INTERNAL_ERROR.format(type.getQualifiedName(), e, trace(e)), type);
        }
    }

    private static String trace(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (StackTraceElement frame : e.getStackTrace()) {
            sb.append("\n\tat ").append(frame);
        }
        return sb.toString();
    }

    private void reportMissingTypes(Map<String, String> missing) {
        for (Map.Entry<String, String> e : missing.entrySet()) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(e.getKey());
            if (type != null) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        Messages.MISSING_TYPE.format(type.getSimpleName(), e.getValue()), type);
            }
        }
        deferred.clear();
    }

    /**
     * Reads the snapshot of {@link #OPTION_SCHEMA} on the first round. A snapshot that cannot be used is one error
     * for the compilation (not one per model), and nothing is generated: checks that silently did not run would
     * look like checks that passed.
     */
    private void readSchemaOnce() {
        if (schemaRead) {
            return;
        }
        schemaRead = true;
        String option = processingEnv.getOptions().get(OPTION_SCHEMA);
        if (option == null || option.isBlank()) {
            return;
        }
        Path file = Path.of(option.strip()).toAbsolutePath().normalize();
        try {
            schema = SchemaLoader.load(file);
        } catch (SchemaException | InvalidPathException e) {
            schemaFailed = true;
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Messages.SCHEMA_UNREADABLE.format(file, OPTION_SCHEMA, e.getMessage()));
        }
    }

    /** javac's source trees, to read selection values; null under a compiler that has none. */
    private @Nullable Trees trees() {
        try {
            return Trees.instance(processingEnv);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private GeneratorOptions options() {
        boolean available = processingEnv.getElementUtils().getTypeElement("javax.annotation.processing.Generated")
                != null;
        boolean wanted = !"false".equals(processingEnv.getOptions().get(OPTION_GENERATED_ANNOTATION));
        return new GeneratorOptions(available && wanted);
    }

    private void write(JavaFile file) {
        try {
            file.writeTo(processingEnv.getFiler());
            written.add(file.packageName().isEmpty() ? file.typeSpec().name()
                    : file.packageName() + "." + file.typeSpec().name());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.packageName() + "." + file.typeSpec().name(), e);
        }
    }
}
