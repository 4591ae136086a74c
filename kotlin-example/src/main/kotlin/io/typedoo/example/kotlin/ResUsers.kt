package io.typedoo.example.kotlin

import io.typedoo.annotations.OdooModel

/** The part of Odoo's users the to-do tasks need. */
@OdooModel("res.users")
interface ResUsers {
    val name: String
    val login: String
}
