package io.typedoo.domain;

/** PLACEHOLDER: being implemented. */
final class DomainParser {
    private DomainParser() {
    }

    static Domain parse(String text) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
