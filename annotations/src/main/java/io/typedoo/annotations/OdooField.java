package io.typedoo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the Odoo field an accessor of an {@link OdooModel} interface reads, where the default rule does not
 * give it.
 *
 * <p>The default rule: strip a {@code get} prefix (bean and Kotlin style), keep an {@code is} prefix, and turn the
 * rest into snake_case: {@code name()} reads {@code name}, {@code getDateDeadline()} reads {@code date_deadline},
 * {@code isDone()} reads {@code is_done}. Relations usually need this annotation, since Odoo names them
 * {@code user_id} and {@code tag_ids}: {@code @OdooField("user_id") ResUsers user();}.
 *
 * <p>In Kotlin, put it on the getter: {@code @get:OdooField("user_id") val user: ResUsers?}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OdooField {

    /** The technical name of the Odoo field, such as {@code "user_id"}. */
    String value();
}
