package io.typedoo.example;

import io.typedoo.typed.OdooSelection;

public enum Priority implements OdooSelection {
    NORMAL("0"),
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
