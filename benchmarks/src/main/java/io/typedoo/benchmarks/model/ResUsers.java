package io.typedoo.benchmarks.model;

import io.typedoo.annotations.OdooModel;

/** The part of {@code res.users} the benchmarks read. */
@OdooModel("res.users")
public interface ResUsers {

    /** The record id. */
    long id();

    /** The user's name. */
    String name();
}
