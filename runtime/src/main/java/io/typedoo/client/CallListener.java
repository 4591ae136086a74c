package io.typedoo.client;

/**
 * Told of every round trip an {@link OdooClient} makes: for logging, metrics, and for counting calls in tests and
 * benchmarks. Called on the calling thread after the call; must be thread-safe and fast.
 */
@FunctionalInterface
public interface CallListener {

    void onCall(CallEvent event);
}
