package io.typedoo.typed;

/**
 * Implemented by an enum that stands for an Odoo selection field, to give the value Odoo stores for each
 * constant.
 *
 * <pre>{@code
 * public enum Priority implements OdooSelection {
 *     NORMAL("0"), URGENT("1");
 *     private final String value;
 *     Priority(String value) { this.value = value; }
 *     @Override public String odooValue() { return value; }
 * }
 * }</pre>
 *
 * <p>An enum that does not implement this interface uses the lower-cased constant name: {@code DRAFT} is
 * {@code "draft"}.
 */
public interface OdooSelection {

    /** The value Odoo stores for this constant, such as {@code "0"} or {@code "draft"}. */
    String odooValue();
}
