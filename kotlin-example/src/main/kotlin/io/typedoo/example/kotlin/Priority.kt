package io.typedoo.example.kotlin

import io.typedoo.kotlin.OdooSelectionValue

/** The `priority` selection of todo.task, each constant with the value Odoo stores, as a property. */
enum class Priority(override val odooValue: String) : OdooSelectionValue {
    NORMAL("0"),
    HIGH("1"),
}
