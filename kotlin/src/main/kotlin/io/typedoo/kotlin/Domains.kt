@file:JvmName("Domains")

package io.typedoo.kotlin

import io.typedoo.domain.Domain

/*
 * Java methods cannot be called infix, so `a.and(b)` is all Kotlin gets from Domain itself. These two make
 * `NAME.ilike("x") and IS_DONE.eq(false)` read as it would in a Kotlin DSL. `!domain` needs nothing: Kotlin
 * already accepts Domain.not() as the prefix operator.
 */

/** Both domains: Odoo's `'&'`. `NAME.ilike("x") and IS_DONE.eq(false)`. */
public infix fun Domain.and(other: Domain): Domain = this.and(other)

/** Either domain: Odoo's `'|'`. `USER.eq(me) or USER.isNotSet()`. */
public infix fun Domain.or(other: Domain): Domain = this.or(other)
