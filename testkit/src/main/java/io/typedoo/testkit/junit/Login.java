package io.typedoo.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Logs an injected {@code OdooClient} parameter in as another user: {@code @Login("demo") OdooClient demo}.
 * The password is the login unless given, as for the demo data's {@code admin} and {@code demo}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Login {

    /** The login, such as {@code demo}. */
    String value();

    /** The password or API key; empty (the default) means the same as the login. */
    String password() default "";
}
