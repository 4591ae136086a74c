package io.typedoo.it.typed;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooModel;

/** A user, declared bean style (as kapt sees Kotlin properties). */
@OdooModel("res.users")
public interface ResUsers {

    String getName();

    /** What Odoo shows for the user, and what a many2one's {@code [id, display_name]} pair carries. */
    String getDisplayName();

    String getLogin();

    @OdooField("partner_id")
    ResPartner getPartner();
}
