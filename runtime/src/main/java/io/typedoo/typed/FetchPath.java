package io.typedoo.typed;

import java.util.List;

/**
 * One entry of a {@link FetchPlan}: a field of the model ({@code TodoTaskModel.NAME}), or a relation with the
 * fields to bring of its target ({@code TodoTaskModel.USER.then(ResUsersModel.NAME)}). Every generated field
 * constant is one.
 */
public interface FetchPath {

    /** The Odoo name of the field, such as {@code user_id}. */
    String name();

    /** For a relation, the paths to bring of its target; empty for a plain field or a relation read as ids. */
    default List<FetchPath> nested() {
        return List.of();
    }
}
