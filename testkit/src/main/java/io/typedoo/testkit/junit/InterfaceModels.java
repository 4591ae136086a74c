package io.typedoo.testkit.junit;

import io.typedoo.annotations.OdooModel;
import io.typedoo.testkit.engine.ModelRegistry;
import java.util.List;

/** Declares the models of {@link OdooTest#models()} from their {@code @OdooModel} interfaces. */
final class InterfaceModels {

    private InterfaceModels() {
    }

    /**
     * Declares each interface's model through the engine, in the given order (so list a model before those that
     * point to it). A model the database already has, such as the demo data's {@code todo.task}, is kept as it is:
     * an interface usually describes only part of a model, and replacing the model would lose the rest.
     *
     * @throws IllegalArgumentException naming the class when it is not an {@code @OdooModel} interface
     */
    static void declare(ModelRegistry registry, List<Class<?>> interfaces) {
        for (Class<?> type : interfaces) {
            OdooModel model = type.getAnnotation(OdooModel.class);
            if (!type.isInterface() || model == null) {
                throw new IllegalArgumentException("@OdooTest(models = " + type.getName()
                        + ".class): not an interface annotated with @OdooModel");
            }
            if (registry.model(model.value()) == null) {
                registry.define(type);
            }
        }
    }
}
