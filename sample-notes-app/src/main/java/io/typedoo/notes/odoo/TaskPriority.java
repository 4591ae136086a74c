package io.typedoo.notes.odoo;

import io.typedoo.typed.OdooSelection;

/** The values of {@code todo.task}'s {@code priority} selection. */
public enum TaskPriority implements OdooSelection {
    /** {@code '0'}. */
    NORMAL("0"),
    /** {@code '1'}: the note shows a star. */
    HIGH("1");

    private final String value;

    TaskPriority(String value) {
        this.value = value;
    }

    @Override
    public String odooValue() {
        return value;
    }
}
