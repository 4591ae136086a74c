package io.typedoo.it.typed;

import io.typedoo.annotations.OdooModel;

/** A tag of to-do tasks. */
@OdooModel("todo.task.tag")
public interface TodoTaskTag {

    String name();
}
