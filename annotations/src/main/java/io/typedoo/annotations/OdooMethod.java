package io.typedoo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a method of the Odoo model (such as {@code do_toggle_done}) that records of an {@link OdooModel}
 * interface can call on the server.
 *
 * <pre>{@code
 * @OdooMethod("do_toggle_done")
 * boolean toggleDone();
 * }</pre>
 *
 * <p>The generated record implementation sends {@code execute_kw(model, "do_toggle_done", [[id]] + args)}.
 * The value, when given, is the Odoo method name; by default it is the snake_case of the Java name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OdooMethod {

    /** The Odoo method name; empty means the snake_case of the Java method name. */
    String value() default "";
}
