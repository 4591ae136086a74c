package io.typedoo.domain;

import java.util.List;

/** PLACEHOLDER: being implemented. */
final class DomainPrinter {
    private DomainPrinter() {
    }

    static String print(List<Object> terms) {
        return terms.toString();
    }
}
