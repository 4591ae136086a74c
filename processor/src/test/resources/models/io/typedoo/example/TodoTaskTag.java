package io.typedoo.example;

import io.typedoo.annotations.OdooModel;

@OdooModel("todo.task.tag")
public interface TodoTaskTag {
    String name();
}
