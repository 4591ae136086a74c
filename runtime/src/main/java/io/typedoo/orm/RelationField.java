package io.typedoo.orm;

import java.util.List;

/** A many2one, one2many or many2many field read as records of another declared model. */
public interface RelationField extends FetchPath {

    /** The Odoo field name. */
    String name();

    /** The target model. */
    ModelInfo<?> target();

    /**
     * This relation with the fields of its target to bring along in a {@link FetchPlan}, such as
     * {@code TodoTaskModel.USER.then(ResUsersModel.NAME)}; without arguments, the related ids only.
     */
    default FetchPath then(FetchPath... targetFields) {
        return new RelationPath(this, List.of(targetFields));
    }
}
