package io.typedoo.kotlin

import io.typedoo.typed.OdooSelection

/**
 * An enum that stands for an Odoo selection field, with the value Odoo stores for each constant as a property:
 *
 * ```
 * enum class Priority(override val odooValue: String) : OdooSelectionValue {
 *     NORMAL("0"),
 *     HIGH("1"),
 * }
 * ```
 *
 * [OdooSelection] is a Java interface whose `odooValue()` a Kotlin property cannot override (a property becomes
 * `getOdooValue()`); this one declares the property and answers `odooValue()` with it.
 */
public interface OdooSelectionValue : OdooSelection {
    /** The value Odoo stores for this constant, such as `"0"` or `"draft"`. */
    public val odooValue: String

    override fun odooValue(): String = odooValue
}
