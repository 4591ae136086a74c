package io.typedoo.it.typed;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code todo.task} with its relations as plain ids, for users who prefer them. */
@OdooModel("todo.task")
public interface TaskIds {

    String name();

    @OdooField("user_id")
    @Nullable Long userId();

    @OdooField("tag_ids")
    List<Long> tagIds();
}
