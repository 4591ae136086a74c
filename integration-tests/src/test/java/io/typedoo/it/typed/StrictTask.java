package io.typedoo.it.typed;

import io.typedoo.annotations.OdooModel;

/**
 * A second view of {@code todo.task} that wrongly declares the optional description non-null, and reads the
 * priority with an enum that lacks the value {@code "1"}.
 */
@OdooModel("todo.task")
public interface StrictTask {

    String name();

    String description();

    NormalOnly priority();
}
