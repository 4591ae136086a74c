package io.typedoo.domain;

import java.util.List;

/** PLACEHOLDER: being implemented. */
final class DomainWireReader {
    private DomainWireReader() {
    }

    static Domain read(List<?> wire) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
