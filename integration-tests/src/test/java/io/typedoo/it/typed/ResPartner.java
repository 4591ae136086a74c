package io.typedoo.it.typed;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A contact. */
@OdooModel("res.partner")
public interface ResPartner {

    String name();

    @Nullable String email();

    boolean isCompany();

    @OdooField("parent_id")
    @Nullable ResPartner parent();

    @OdooField("child_ids")
    List<Long> childIds();
}
