package io.typedoo.model;

import io.typedoo.client.OdooClient;

/**
 * PLACEHOLDER: the untyped model layer, being implemented. See docs/architecture.md for the planned API.
 */
public final class Model {

    private final OdooClient client;
    private final String name;

    public Model(OdooClient client, String name) {
        this.client = client;
        this.name = name;
    }

    /** The technical model name. */
    public String name() {
        return name;
    }

    /** The client this model calls through. */
    public OdooClient client() {
        return client;
    }
}
