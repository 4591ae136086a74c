package io.typedoo.spring;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.typedoo.client.CallEvent;
import io.typedoo.client.CallListener;
import java.util.concurrent.TimeUnit;

/**
 * Micrometer meters of the client's round trips, tagged with {@code model} ({@code none} for the {@code common}
 * service's login and version calls), {@code method} and {@code outcome} ({@code success} or {@code error}, with
 * the exception's simple class name in {@code exception}):
 *
 * <ul>
 *   <li>{@code typedoo.client.calls}: a timer, the calls and their round-trip time;
 *   <li>{@code typedoo.client.request.size} and {@code typedoo.client.response.size}: distribution summaries of the
 *       bodies' bytes.
 * </ul>
 */
public class OdooCallMetrics implements CallListener {

    /** The timer's name. */
    public static final String CALLS = "typedoo.client.calls";
    /** The request size summary's name. */
    public static final String REQUEST_SIZE = "typedoo.client.request.size";
    /** The response size summary's name. */
    public static final String RESPONSE_SIZE = "typedoo.client.response.size";

    private final MeterRegistry registry;

    /** Records into {@code registry}. */
    public OdooCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onCall(CallEvent event) {
        Tags tags = Tags.of("model", event.model() == null ? "none" : event.model(), "method", event.method(),
                "outcome", event.error() == null ? "success" : "error",
                "exception", event.error() == null ? "none" : event.error().getClass().getSimpleName());
        Timer.builder(CALLS).description("Round trips to the Odoo server").tags(tags).register(registry)
                .record(event.nanos(), TimeUnit.NANOSECONDS);
        DistributionSummary.builder(REQUEST_SIZE).description("Request bodies sent to the Odoo server")
                .baseUnit("bytes").tags(tags).register(registry).record(event.requestBytes());
        DistributionSummary.builder(RESPONSE_SIZE).description("Response bodies received from the Odoo server")
                .baseUnit("bytes").tags(tags).register(registry).record(event.responseBytes());
    }
}
