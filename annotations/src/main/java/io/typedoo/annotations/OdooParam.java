package io.typedoo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the Python parameter a parameter of an {@link OdooMethod} is sent as, where the snake_case of the Java
 * name is not the Odoo name or not a name Java allows.
 *
 * <pre>{@code
 * @OdooMethod("action_lend")
 * boolean lend(@OdooParam("partner_id") long borrower, int days);   // sends {"partner_id": ..., "days": ...}
 * }</pre>
 *
 * <p>Odoo 19's JSON-2 binds arguments by name only, so every argument of a generated method call goes by name, on
 * every protocol. The processor reads parameter names from the source, so no {@code -parameters} flag is needed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface OdooParam {

    /** The Python parameter name, such as {@code partner_id}. */
    String value();
}
