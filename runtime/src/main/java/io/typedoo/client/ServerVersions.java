package io.typedoo.client;

import org.jspecify.annotations.Nullable;

/** PLACEHOLDER: being implemented. */
final class ServerVersions {
    private ServerVersions() {
    }

    static ServerVersion fromWire(@Nullable Object raw) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
