package io.typedoo.it.typed;

import io.typedoo.typed.OdooSelection;

/** The selection {@code todo.task.priority}: '0' and '1'. */
public enum Priority implements OdooSelection {
    NORMAL("0"),
    HIGH("1");

    private final String value;

    Priority(String value) {
        this.value = value;
    }

    @Override
    public String odooValue() {
        return value;
    }
}
