package io.typedoo.typed;

import java.util.List;

/** A relation with the fields of its target a {@link FetchPlan} brings: what {@code USER.then(...)} makes. */
record RelationPath(String name, List<FetchPath> nested) implements FetchPath {

    RelationPath {
        nested = List.copyOf(nested);
    }
}
