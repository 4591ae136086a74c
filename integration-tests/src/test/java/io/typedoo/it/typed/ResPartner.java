package io.typedoo.it.typed;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A contact. */
@OdooModel("res.partner")
public interface ResPartner {

    String name();

    /** What Odoo shows: a contact of a company shows as {@code Acme, John}, where its name is {@code John}. */
    String displayName();

    @Nullable String email();

    boolean isCompany();

    @OdooField("parent_id")
    @Nullable ResPartner parent();

    @OdooField("child_ids")
    List<Long> childIds();
}
