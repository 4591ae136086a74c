package io.typedoo.value;

/**
 * A Java value that knows its own Odoo wire form, such as a {@link io.typedoo.domain.Domain} (sent as its
 * prefix list) or a {@link Many2one} (sent as its id). {@link WireConversions#toWire} asks it.
 */
public interface WireValue {

    /** This value in the normalised wire form ({@code Long}, {@code String}, {@code List}, ...). */
    Object toWire();
}
