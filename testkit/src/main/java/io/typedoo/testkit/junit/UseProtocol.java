package io.typedoo.testkit.junit;

import io.typedoo.client.Protocol;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Chooses the protocol of one injected {@code OdooClient}: {@code @UseProtocol(Protocol.JSONRPC) OdooClient odoo}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface UseProtocol {

    /** The protocol. */
    Protocol value();
}
