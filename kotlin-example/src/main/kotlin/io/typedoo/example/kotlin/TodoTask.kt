package io.typedoo.example.kotlin

import io.typedoo.annotations.OdooField
import io.typedoo.annotations.OdooModel
import java.time.LocalDate

@OdooModel("todo.task")
interface TodoTask {
    val name: String
    val isDone: Boolean
    val dateDeadline: LocalDate?
    @get:OdooField("user_id") val user: ResUsers?
}

@OdooModel("res.users")
interface ResUsers {
    val name: String
    val login: String
}
