package io.typedoo.internal.transport;

import io.typedoo.error.CallSite;
import io.typedoo.error.OdooConnectionException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooHttpStatusException;
import io.typedoo.error.OdooProtocolException;
import io.typedoo.error.OdooTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * Posts one request body and reads the whole answer, for every transport, over Apache HttpClient 5's blocking
 * ("classic") client: the exchange runs on the calling thread, as the raw Apache XML-RPC client's does, so a call
 * costs no hand-over between threads. Connections are pooled per client and checked before reuse after a pause
 * (so a connection the server closed while idle is not written to); nothing is ever retried, so a {@code create}
 * that failed half-way is never sent twice; redirects are not followed, cookies not kept, no compression asked;
 * TLS certificates and host names are verified (the JDK's trust store, or the client's {@link SSLContext}). The
 * connect timeout, a read timeout, and a deadline for the whole exchange (headers and body) apply, and the body is
 * refused as soon as it grows past {@link TransportConfig#maxResponseBytes()}. Every failure becomes an
 * {@link OdooException} naming the call site.
 *
 * <p>Why not the JDK's {@code java.net.http.HttpClient}: it is asynchronous inside, and a synchronous call hands the
 * request and the answer between the caller, its selector thread and its executor. On the bulk job of the
 * benchmarks that cost about a third more client CPU than the raw Apache XML-RPC client, and more on a busy machine.
 * Why not {@code HttpURLConnection}: it either buffers a POST and silently sends it again when the connection
 * fails, or, streamed, throws away the body of a 401 (where Odoo 19 says why the API key was refused).
 */
final class HttpPoster {

    /** The status, content type and body of an HTTP 200 answer. */
    record Answer(@Nullable String contentType, byte[] body) {
    }

    /**
     * A pooled connection idle for this long is checked before reuse (a read that waits one millisecond), so that
     * one the server closed meanwhile (it restarted, or its idle timeout passed) is never written to: a POST on it
     * would fail, and cannot be sent again safely. Back-to-back calls skip the check; a server does not restart
     * between them.
     */
    private static final TimeValue VALIDATE_AFTER = TimeValue.ofMilliseconds(10);
    /** Connections to one server at once: as many threads may call concurrently without waiting for a lease. */
    private static final int MAX_CONNECTIONS = 64;
    /** Slack after the request timeout, so that the read timeout, when it applies, reports first. */
    private static final Duration DEADLINE_SLACK = Duration.ofMillis(250);

    /** Never pre-allocate more than this from a declared length alone; the rest comes as the bytes do. */
    private static final int MAX_PRESIZE = 16 << 20;
    /** The first buffer of a body whose length is not declared (chunked). */
    private static final int UNKNOWN_LENGTH_START = 8192;

    private final TransportConfig config;
    private final Redactor redactor;
    private final CloseableHttpClient http;
    private volatile boolean closed;

    HttpPoster(TransportConfig config) {
        this(config, Redactor.none());
    }

    HttpPoster(TransportConfig config, Redactor redactor) {
        this.config = config;
        this.redactor = redactor;
        SSLContext ssl = config.sslContext();
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(config.connectTimeout()))
                        .setSocketTimeout(Timeout.of(config.requestTimeout()))
                        .setValidateAfterInactivity(VALIDATE_AFTER)
                        .build());
        if (ssl != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(ssl));
        }
        this.http = HttpClients.custom()
                .setConnectionManager(pool.build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent("typedoo")
                .build();
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
        return post(uri, contentType, body, body.length, site, bytes);
    }

    /** {@link #post(URI, String, byte[], CallSite, ByteCounter)} of the first {@code length} bytes of {@code body}. */
    Answer post(URI uri, String contentType, byte[] body, int length, CallSite site, ByteCounter bytes) {
        Reply reply = send(uri, List.of("Content-Type", contentType, "Accept", contentType), body, length, site,
                bytes);
        if (reply.status() != 200) {
            throw new OdooHttpStatusException(reply.status(), redactedSnippet(reply.body()), site);
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
        return send(uri, headers, body, body == null ? 0 : body.length, site, bytes);
    }

    /** {@link #send(URI, List, byte[], CallSite, ByteCounter)} of the first {@code length} bytes of {@code body}. */
    private Reply send(URI uri, List<String> headers, byte @Nullable [] body, int length, CallSite site,
            ByteCounter bytes) {
        if (closed) {
            throw new OdooConnectionException("The client was closed; build a new OdooClient to call again", site,
                    null);
        }
        HttpUriRequestBase request;
        if (body == null) {
            request = new HttpGet(uri);
        } else {
            HttpPost post = new HttpPost(uri);
            post.setEntity(new ByteArrayEntity(body, 0, length, null));
            request = post;
        }
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            request.setHeader(headers.get(i), headers.get(i + 1));
        }
        if (body != null) {
            bytes.request(length);
        }
        Deadline deadline = Deadline.start(request, config.requestTimeout().plus(DEADLINE_SLACK));
        try (ClassicHttpResponse response = http.executeOpen(null, request, null)) {
            Header type = response.getFirstHeader("Content-Type");
            HttpEntity entity = response.getEntity();
            byte[] answer = entity == null ? new byte[0] : readBounded(entity, bytes, request);
            return new Reply(response.getCode(), type == null ? null : type.getValue(), answer);
        } catch (IOException | RuntimeException e) {
            if (deadline.expired()) {
                throw new OdooTimeoutException("No complete answer within " + describe(config.requestTimeout())
                        + "; the call may still run on the server", site, e);
            }
            throw failure(e, site);
        } finally {
            deadline.cancel();
        }
    }

    /**
     * The whole body, read into one array sized from {@code Content-Length} when the server sends one (Odoo does),
     * so it is copied once; grown by doubling only when the length is unknown, wrong or above {@code MAX_PRESIZE}.
     * Gives up, closing the connection, as soon as the body passes the limit.
     */
    private byte[] readBounded(HttpEntity entity, ByteCounter bytes, HttpUriRequestBase request) throws IOException {
        long limit = Math.min(config.maxResponseBytes(), Integer.MAX_VALUE - 8); // the largest Java array
        long declared = entity.getContentLength();
        if (declared > limit) {
            request.cancel();
            throw new ResponseTooLarge(limit);
        }
        byte[] buffer = new byte[(int) (declared >= 0 ? Math.min(declared, MAX_PRESIZE) : UNKNOWN_LENGTH_START)];
        int received = 0;
        try (InputStream in = entity.getContent()) {
            while (true) {
                if (received == buffer.length) {
                    // Full: one byte tells whether more comes, so a body of the declared length is never copied.
                    int next = in.read();
                    if (next < 0) {
                        break;
                    }
                    if (received >= limit) {
                        bytes.response(received + 1L);
                        request.cancel();
                        throw new ResponseTooLarge(limit);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(Math.max(16L, buffer.length * 2L), limit));
                    buffer[received++] = (byte) next;
                    bytes.response(received);
                    continue;
                }
                int n = in.read(buffer, received, buffer.length - received);
                if (n < 0) {
                    break;
                }
                received += n;
                bytes.response(received);
            }
        }
        return received == buffer.length ? buffer : Arrays.copyOf(buffer, received);
    }

    /**
     * Refuses every later call and releases the pooled connections at once.
     */
    void close() {
        closed = true;
        http.close(CloseMode.GRACEFUL);
    }

    private OdooException failure(Throwable cause, CallSite site) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return new OdooConnectionException("The host name " + config.serverUrl().getHost()
                        + " could not be resolved: is the URL right and the DNS reachable?", site, t);
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ResponseTooLarge tooLarge) {
                return new OdooProtocolException("The answer is larger than the limit of " + tooLarge.limit
                        + " bytes (TransportConfig.maxResponseBytes); refused", site, null);
            }
            if (t instanceof ConnectTimeoutException) {
                return new OdooTimeoutException("Could not connect within " + describe(config.connectTimeout()),
                        site, t);
            }
            if (t instanceof SocketTimeoutException) {
                return new OdooTimeoutException("No answer within " + describe(config.requestTimeout())
                        + "; the call may still run on the server", site, t);
            }
            if (t instanceof NoHttpResponseException) {
                return new OdooConnectionException("The server closed the connection without an answer; the call"
                        + " may have run on the server all the same (it was not sent again)", site, t);
            }
            if (t instanceof ConnectException) {
                return new OdooConnectionException("Connection refused: is the server running and the URL right?",
                        site, t);
            }
            if (t instanceof SSLException) {
                return new OdooConnectionException("TLS failed (the server's certificate is checked): "
                        + redactor.message(String.valueOf(t.getMessage())), site, t);
            }
        }
        String what = cause instanceof IOException ? "The connection failed" : "The HTTP exchange failed";
        return new OdooConnectionException(what + ": " + redactor.message(cause.toString()), site, cause);
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /**
     * The start of a non-RPC body, as one line, for messages: at most 200 characters, without the secrets of
     * {@link Redactor} (a proxy or error page may echo the request, password included).
     */
    String redactedSnippet(byte[] body) {
        return snippet(body, redactor);
    }

    /** The start of a non-RPC body, as one line, cut to 200 characters, where no secret is known. */
    static String snippet(byte[] body) {
        return snippet(body, Redactor.none());
    }

    private static String snippet(byte[] body, Redactor redactor) {
        // Decoded a little further than shown, so that a secret cut at the edge is still recognised.
        String text = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return "(empty body)";
        }
        String clean = redactor.clean(text, Integer.MAX_VALUE);
        return clean.length() <= 200 ? clean : clean.substring(0, 200) + "...";
    }

    /** {@code text} taken from an answer, ready for a message: see {@link Redactor#message}. */
    String clean(String text) {
        return redactor.message(text);
    }

    /** The redactor of this client's secrets. */
    Redactor redactor() {
        return redactor;
    }

    /** Raised while the body is read, when the answer outgrows the limit. */
    private static final class ResponseTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        ResponseTooLarge(long limit) {
            super("response larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    /**
     * Aborts one exchange when its deadline passes, whatever it is waiting for (a slow header, a body that trickles
     * in under the read timeout): the read in progress then fails, and {@link #expired()} says why. One daemon
     * thread for the whole JVM keeps every client's deadlines.
     */
    private static final class Deadline {
        private static final ScheduledThreadPoolExecutor TIMER = newTimer();

        private final AtomicBoolean expired = new AtomicBoolean();
        private final ScheduledFuture<?> abort;

        private Deadline(HttpUriRequestBase request, Duration after) {
            this.abort = TIMER.schedule(() -> {
                expired.set(true);
                request.cancel();
            }, after.toNanos(), TimeUnit.NANOSECONDS);
        }

        static Deadline start(HttpUriRequestBase request, Duration after) {
            return new Deadline(request, after);
        }

        boolean expired() {
            return expired.get();
        }

        void cancel() {
            abort.cancel(false);
        }

        private static ScheduledThreadPoolExecutor newTimer() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "typedoo-http-deadlines");
                thread.setDaemon(true);
                return thread;
            });
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }
    }
}
