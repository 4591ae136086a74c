package io.typedoo.spring.sample;

import io.typedoo.annotations.OdooModel;
import org.jspecify.annotations.NullMarked;

/** The part of {@code todo.task} the sample uses; the processor generates {@code TodoTaskModel} from it. */
@OdooModel("todo.task")
@NullMarked
public interface TodoTask {

    long id();

    String name();

    boolean isDone();
}
