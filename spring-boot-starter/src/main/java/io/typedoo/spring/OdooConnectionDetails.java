package io.typedoo.spring;

import org.jspecify.annotations.Nullable;

/**
 * Where the {@code OdooClient} bean connects and as whom. From the {@code typedoo.*} properties by default; a bean
 * of this type replaces them, as {@code @AutoConfigureOdooTestServer} does to point the client at the embedded
 * test server.
 */
public interface OdooConnectionDetails {

    /** The server's base URL. */
    String url();

    /** The database. */
    String database();

    /** The login. */
    String login();

    /** The password, or null when an API key is used. */
    @Nullable String password();

    /** The API key, or null when a password is used. */
    @Nullable String apiKey();
}
