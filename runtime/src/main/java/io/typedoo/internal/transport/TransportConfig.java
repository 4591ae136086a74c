package io.typedoo.internal.transport;

import java.net.URI;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Transport} reaches the server.
 *
 * @param serverUrl the server's base URL, such as {@code http://localhost:8069} (no path, or a path prefix)
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole answer
 * @param maxResponseBytes the largest response body accepted; larger ones are refused with
 *     {@link io.typedoo.error.OdooProtocolException}
 * @param sslContext the TLS context for {@code https} servers, such as one trusting a private CA; null for the
 *     JDK's default, which trusts the JDK's CA certificates. Certificates and host names are verified either way.
 */
public record TransportConfig(URI serverUrl, Duration connectTimeout, Duration requestTimeout,
        long maxResponseBytes, @Nullable SSLContext sslContext) {

    /** 10 seconds to connect. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** 120 seconds for an answer: Odoo methods can be slow. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);
    /** 64 MiB: a page of records with binaries fits; an endless stream does not. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

    /** A configuration with the JDK's default TLS context. */
    public TransportConfig(URI serverUrl, Duration connectTimeout, Duration requestTimeout, long maxResponseBytes) {
        this(serverUrl, connectTimeout, requestTimeout, maxResponseBytes, null);
    }

    /** Checks the limits: positive timeouts and size. */
    public TransportConfig {
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
        }
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
        }
    }
}
