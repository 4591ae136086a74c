package io.typedoo.notes.odoo;

import io.typedoo.annotations.OdooModel;

/** The user a task belongs to; the notes only need to know who. */
@OdooModel("res.users")
public interface ResUsers {

    /** The user's id. */
    long id();

    /** The user's name. */
    String name();
}
