package io.typedoo.internal.transport;

import io.typedoo.error.CallSite;
import io.typedoo.error.OdooConnectionException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooHttpStatusException;
import io.typedoo.error.OdooProtocolException;
import io.typedoo.error.OdooTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Posts one request body and reads the whole answer, for both transports, over the JDK HTTP client: connections are
 * pooled and reused, TLS certificates are verified (the JDK defaults), the connect timeout and a deadline for the
 * whole exchange (headers and body) apply, and the body is refused as soon as it grows past
 * {@link TransportConfig#maxResponseBytes()}. Every failure becomes an {@link OdooException} naming the call site.
 */
final class HttpPoster {

    /** The status, content type and body of an HTTP 200 answer. */
    record Answer(@Nullable String contentType, byte[] body) {
    }

    private final TransportConfig config;
    private final HttpClient http;

    HttpPoster(TransportConfig config) {
        this.config = config;
        // HTTP/1.1: Odoo's Werkzeug server speaks nothing else, and an h2c upgrade header only costs bytes.
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (config.sslContext() != null) {
            builder.sslContext(config.sslContext());
        }
        this.http = builder.build();
    }

    /**
     * Posts {@code body} to {@code uri} and returns the answer of an HTTP 200 response.
     *
     * @throws OdooConnectionException when the server cannot be reached
     * @throws OdooTimeoutException when it does not answer in time
     * @throws OdooHttpStatusException for any status but 200
     * @throws OdooProtocolException when the body is larger than the limit
     */
    Answer post(URI uri, String contentType, byte[] body, CallSite site, ByteCounter bytes) {
        Reply reply = send(uri, List.of("Content-Type", contentType, "Accept", contentType), body, site, bytes);
        if (reply.status() != 200) {
            throw new OdooHttpStatusException(reply.status(), snippet(reply.body()), site);
        }
        return new Answer(reply.contentType(), reply.body());
    }

    /** The status, content type and body of any answer. */
    record Reply(int status, @Nullable String contentType, byte[] body) {
    }

    /**
     * Sends one request, a POST of {@code body} or a GET when it is null, with {@code headers} (name, value, name,
     * value, ...), and returns the answer whatever its status.
     *
     * @throws OdooConnectionException when the server cannot be reached
     * @throws OdooTimeoutException when it does not answer in time
     * @throws OdooProtocolException when the body is larger than the limit
     */
    Reply send(URI uri, List<String> headers, byte @Nullable [] body, CallSite site, ByteCounter bytes) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .header("User-Agent", "typedoo");
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            builder.header(headers.get(i), headers.get(i + 1));
        }
        if (body == null) {
            builder.GET();
        } else {
            builder.POST(HttpRequest.BodyPublishers.ofByteArray(body));
            bytes.request(body.length);
        }
        HttpRequest request = builder.build();
        BoundedBody subscriberHolder = new BoundedBody(config.maxResponseBytes(), bytes);
        CompletableFuture<HttpResponse<byte[]>> future =
                http.sendAsync(request, info -> subscriberHolder.start(info));
        HttpResponse<byte[]> response;
        try {
            // The request timeout of the JDK client stops at the headers; this deadline also covers the body.
            response = future.get(deadlineNanos(config.requestTimeout()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new OdooTimeoutException("No complete answer within " + describe(config.requestTimeout())
                    + "; the call may still run on the server", site, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new OdooConnectionException("Interrupted while waiting for the server", site, e);
        } catch (ExecutionException e) {
            throw failure(e.getCause() == null ? e : e.getCause(), site);
        }
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    private OdooException failure(Throwable cause, CallSite site) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ResponseTooLarge tooLarge) {
                return new OdooProtocolException("The answer is larger than the limit of " + tooLarge.limit
                        + " bytes (TransportConfig.maxResponseBytes); refused", site, null);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new OdooTimeoutException("Could not connect within " + describe(config.connectTimeout()),
                        site, t);
            }
            if (t instanceof HttpTimeoutException) {
                return new OdooTimeoutException("No answer within " + describe(config.requestTimeout())
                        + "; the call may still run on the server", site, t);
            }
            if (t instanceof ConnectException) {
                return new OdooConnectionException("Connection refused: is the server running and the URL right?",
                        site, t);
            }
            if (t instanceof UnknownHostException) {
                return new OdooConnectionException("Unknown host " + t.getMessage(), site, t);
            }
            if (t instanceof SSLException) {
                return new OdooConnectionException("TLS failed (the server's certificate is checked): "
                        + t.getMessage(), site, t);
            }
        }
        String what = cause instanceof IOException ? "The connection failed" : "The HTTP exchange failed";
        return new OdooConnectionException(what + ": " + cause, site, cause);
    }

    private static long deadlineNanos(Duration timeout) {
        // A little slack so the JDK's own (header) timeout reports first when it applies.
        return timeout.plusMillis(250).toNanos();
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** The start of a non-RPC body, as one line, for messages. */
    static String snippet(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "(empty body)" : text.length() < 300 ? text : text.substring(0, 200) + "...";
    }

    /** Raised inside the body subscriber when the answer outgrows the limit. */
    private static final class ResponseTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        ResponseTooLarge(long limit) {
            super("response larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    /**
     * Collects the body and gives up (cancelling the download) once it passes the limit. The buffer is sized from
     * {@code Content-Length} when the server sends one (Odoo does), so the body is copied once, from the network
     * buffers into the array that is returned; it grows by doubling only when the length is unknown, wrong or
     * above {@code MAX_PRESIZE}.
     */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
        /** Never pre-allocate more than this from a declared length alone; the rest comes as the bytes do. */
        private static final int MAX_PRESIZE = 16 << 20;
        /** The first buffer of a body whose length is not declared (chunked). */
        private static final int UNKNOWN_LENGTH_START = 8192;

        private final long limit;
        private final ByteCounter bytes;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private byte[] buffer = new byte[0];
        private volatile Flow.@Nullable Subscription subscription;
        private int received;

        BoundedBody(long limit, ByteCounter bytes) {
            this.limit = Math.min(limit, Integer.MAX_VALUE - 8); // the largest Java array
            this.bytes = bytes;
        }

        HttpResponse.BodySubscriber<byte[]> start(HttpResponse.ResponseInfo info) {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > limit) {
                result.completeExceptionally(new ResponseTooLarge(limit));
            } else {
                buffer = new byte[(int) (declared >= 0 ? Math.min(declared, MAX_PRESIZE) : UNKNOWN_LENGTH_START)];
            }
            return this;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (result.isDone()) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int length = item.remaining();
                if ((long) received + length > limit) {
                    bytes.response((long) received + length);
                    Flow.Subscription s = subscription;
                    if (s != null) {
                        s.cancel();
                    }
                    result.completeExceptionally(new ResponseTooLarge(limit));
                    return;
                }
                if (received + length > buffer.length) {
                    long grown = Math.max((long) buffer.length * 2, (long) received + length);
                    buffer = Arrays.copyOf(buffer, (int) Math.min(grown, limit));
                }
                item.get(buffer, received, length);
                received += length;
                bytes.response(received);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(received == buffer.length ? buffer : Arrays.copyOf(buffer, received));
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
