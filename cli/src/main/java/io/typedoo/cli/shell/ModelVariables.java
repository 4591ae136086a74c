package io.typedoo.cli.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ERPpeek's model objects in the shell: {@code ResPartner} stands for {@code model("res.partner")}. JShell
 * cannot look names up on the fly, so before a snippet runs, each CamelCase name in it that spells a model of
 * the server (and is neither declared in the session nor a class the shell imports) is declared as a variable.
 * Only the models a session uses are declared, so the shell starts as fast with 1,000 models as with 10.
 */
final class ModelVariables {

    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\\b");
    /** The packages the shell imports with a star, whose classes a model variable must not hide. */
    private static final List<String> IMPORTED_PACKAGES = List.of("java.lang.", "java.util.", "java.time.",
            "io.typedoo.client.", "io.typedoo.domain.", "io.typedoo.untyped.", "io.typedoo.value.",
            "io.typedoo.cli.shell.");

    private final OdooNames names;
    private volatile Map<String, String> modelsByVariable;

    ModelVariables(OdooNames names) {
        this.names = names;
    }

    /** {@code res.partner} is {@code ResPartner}, {@code ir.actions.act_window} is {@code IrActionsActWindow}. */
    static String variableName(String model) {
        StringBuilder name = new StringBuilder();
        for (String part : model.split("[._]")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /**
     * The declarations to run before {@code source}, such as
     * {@code final ShellModel ResPartner = model("res.partner");}.
     *
     * @param declared whether the session already declares a name
     */
    List<String> declarationsFor(String source, Predicate<String> declared) {
        Matcher words = CAMEL_CASE.matcher(source);
        Set<String> wanted = new LinkedHashSet<>();
        while (words.find()) {
            wanted.add(words.group());
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<String> declarations = new ArrayList<>();
        for (String word : wanted) {
            String model = modelsByVariable().get(word);
            if (model != null && !declared.test(word) && !isImportedClass(word)) {
                declarations.add("final ShellModel " + word + " = model(\"" + model + "\");");
            }
        }
        return declarations;
    }

    private Map<String, String> modelsByVariable() {
        Map<String, String> byVariable = modelsByVariable;
        if (byVariable == null) {
            byVariable = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            for (String model : names.models()) {
                // Single words (such as "base") would take names that read like classes.
                if (!model.contains(".")) {
                    continue;
                }
                String variable = variableName(model);
                if (byVariable.putIfAbsent(variable, model) != null) {
                    ambiguous.add(variable); // "a.b_c" and "a.b.c": neither gets the name
                }
            }
            ambiguous.forEach(byVariable::remove);
            modelsByVariable = Map.copyOf(byVariable);
        }
        return byVariable;
    }

    private static boolean isImportedClass(String name) {
        for (String pkg : IMPORTED_PACKAGES) {
            try {
                Class.forName(pkg + name, false, ModelVariables.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                // not in this package
            }
        }
        return false;
    }
}
