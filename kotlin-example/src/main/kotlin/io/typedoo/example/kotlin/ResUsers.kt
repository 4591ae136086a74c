package io.typedoo.example.kotlin

import io.typedoo.annotations.OdooModel

/** The part of Odoo's users the to-do tasks need. */
@OdooModel("res.users")
interface ResUsers {
    val name: String

    /** What Odoo shows for the user: what a many2one's `[id, display_name]` pair carries. */
    val displayName: String
    val login: String
}
