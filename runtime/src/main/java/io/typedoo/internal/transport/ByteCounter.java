package io.typedoo.internal.transport;

/**
 * Collects the sizes of one call's request and response bodies, for {@link io.typedoo.client.CallListener}s.
 * A transport fills it as the bytes go out and come in, so the sizes are known even when the call fails.
 * Used by one call on one thread; not shared.
 */
public final class ByteCounter {

    private long requestBytes;
    private long responseBytes;

    /** Records the size of the request body sent. */
    public void request(long bytes) {
        requestBytes = bytes;
    }

    /** Records the size of the response body received (or read before giving up). */
    public void response(long bytes) {
        responseBytes = bytes;
    }

    /** Bytes of the request body, 0 when nothing was sent. */
    public long requestBytes() {
        return requestBytes;
    }

    /** Bytes of the response body, 0 when nothing arrived. */
    public long responseBytes() {
        return responseBytes;
    }
}
