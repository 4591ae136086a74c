package io.typedoo.it.typed;

import io.typedoo.typed.OdooSelection;

/** An enum for {@code todo.task.priority} that knows only '0', as an enum older than the server's list would. */
public enum NormalOnly implements OdooSelection {
    NORMAL;

    @Override
    public String odooValue() {
        return "0";
    }
}
