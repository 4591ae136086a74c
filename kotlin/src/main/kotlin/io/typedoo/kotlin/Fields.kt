@file:JvmName("Fields")

package io.typedoo.kotlin

import io.typedoo.domain.Domain
import io.typedoo.typed.Many2oneField
import io.typedoo.typed.ValueField

/*
 * `in` is a keyword in Kotlin, so the field constants' `in(...)` needs backticks there: ``NAME.`in`(names)``.
 * These read like the rest of the field operators instead; the names follow Exposed's.
 */

/** The field's value is one of [values]: Odoo's `in`. `PRIORITY inList listOf(HIGH, NORMAL)`. */
public infix fun <T : Any> ValueField<T>.inList(values: Collection<T>): Domain = this.`in`(values)

/** The related record is one of [records]: Odoo's `in` on a many2one. `USER inList listOf(me, you)`. */
public infix fun <R : Any> Many2oneField<R>.inList(records: Collection<R>): Domain = this.`in`(records)
