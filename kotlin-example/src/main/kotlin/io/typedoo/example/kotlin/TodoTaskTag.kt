package io.typedoo.example.kotlin

import io.typedoo.annotations.OdooModel

/** A tag of to-do tasks. */
@OdooModel("todo.task.tag")
interface TodoTaskTag {
    val name: String
}
