package io.typedoo.benchmarks.roundtrip;

import io.typedoo.client.CallEvent;
import io.typedoo.client.CallListener;
import java.util.concurrent.atomic.LongAdder;

/** Counts what a client puts on the wire: calls, request bytes, response bytes. Thread-safe. */
final class WireMeter implements CallListener {

    /** What was counted between two {@link #take()}s. */
    record Reading(long calls, long requestBytes, long responseBytes) {
    }

    private final LongAdder calls = new LongAdder();
    private final LongAdder requestBytes = new LongAdder();
    private final LongAdder responseBytes = new LongAdder();

    @Override
    public void onCall(CallEvent event) {
        calls.increment();
        requestBytes.add(event.requestBytes());
        responseBytes.add(event.responseBytes());
    }

    /** What was counted since the last call, and starts counting afresh. */
    Reading take() {
        return new Reading(calls.sumThenReset(), requestBytes.sumThenReset(), responseBytes.sumThenReset());
    }
}
