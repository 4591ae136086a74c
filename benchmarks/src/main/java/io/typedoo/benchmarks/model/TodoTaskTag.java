package io.typedoo.benchmarks.model;

import io.typedoo.annotations.OdooModel;

/** A tag of a {@code todo.task}. */
@OdooModel("todo.task.tag")
public interface TodoTaskTag {

    /** The record id. */
    long id();

    /** The tag's name. */
    String name();
}
