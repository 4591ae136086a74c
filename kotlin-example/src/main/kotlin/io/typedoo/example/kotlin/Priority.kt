package io.typedoo.example.kotlin

import io.typedoo.typed.OdooSelection

/** The `priority` selection of todo.task, each constant with the value Odoo stores. */
enum class Priority(private val odooValue: String) : OdooSelection {
    NORMAL("0"),
    HIGH("1");

    override fun odooValue(): String = odooValue
}
