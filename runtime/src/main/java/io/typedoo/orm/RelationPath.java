package io.typedoo.orm;

import java.util.List;

/** A relation with the fields of its target a {@link FetchPlan} brings: what {@link RelationField#then} makes. */
record RelationPath(RelationField field, List<FetchPath> nested) implements FetchPath {

    RelationPath {
        nested = List.copyOf(nested);
    }

    @Override
    public String name() {
        return field.name();
    }
}
