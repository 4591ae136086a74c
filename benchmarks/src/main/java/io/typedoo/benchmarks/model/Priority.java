package io.typedoo.benchmarks.model;

import io.typedoo.typed.OdooSelection;

/** {@code todo.task.priority}: the selection values {@code '0'} and {@code '1'}. */
public enum Priority implements OdooSelection {
    /** {@code '0'}. */
    NORMAL("0"),
    /** {@code '1'}. */
    URGENT("1");

    private final String value;

    Priority(String value) {
        this.value = value;
    }

    @Override
    public String odooValue() {
        return value;
    }
}
