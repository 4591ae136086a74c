package io.typedoo.it.typed;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooModel;

/** A user, declared bean style (as kapt sees Kotlin properties). */
@OdooModel("res.users")
public interface ResUsers {

    String getName();

    String getLogin();

    @OdooField("partner_id")
    ResPartner getPartner();
}
