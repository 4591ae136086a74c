package io.typedoo.testkit.engine;

import org.jspecify.annotations.Nullable;

/**
 * A public model method users register on a model ({@link ModelRegistry#method}), callable over RPC like
 * {@code do_toggle_done}. It runs inside the caller's transaction: an {@link OdooError} it throws rolls back
 * everything it changed.
 */
@FunctionalInterface
public interface ModelMethod {

    /**
     * Runs the method.
     *
     * @return the result in the normalised value form; {@code null} is Python's None
     */
    @Nullable Object invoke(MethodCall call);
}
