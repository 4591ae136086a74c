package io.typedoo.example;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooModel;

@OdooModel("res.users")
public interface ResUsers {
    String getName();

    String getLogin();

    @OdooField("partner_id")
    ResPartner getPartner();
}
