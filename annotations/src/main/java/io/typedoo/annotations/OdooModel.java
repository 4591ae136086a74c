package io.typedoo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as the typed view of one Odoo model.
 *
 * <pre>{@code
 * @OdooModel("todo.task")
 * public interface TodoTask {
 *     String name();
 *     boolean isDone();
 * }
 * }</pre>
 *
 * <p>The typedoo annotation processor generates, next to the interface, a model entry point
 * ({@code TodoTaskModel}) with typed field constants, a record implementation and a values builder.
 * The annotation is kept at run time so that the testkit server can declare models from the same
 * interfaces.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OdooModel {

    /** The technical name of the Odoo model, such as {@code "res.partner"} or {@code "todo.task"}. */
    String value();
}
