package io.typedoo.internal.transport;

import io.typedoo.error.CallSite;
import io.typedoo.error.OdooProtocolException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.XmlRpcRequest;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.apache.xmlrpc.client.XmlRpcTransportImpl;
import org.apache.xmlrpc.serializer.XmlRpcWriter;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Odoo's XML-RPC ({@code /xmlrpc/2/common}, {@code /xmlrpc/2/object}) through the Apache XML-RPC client.
 *
 * <p>The Apache client writes the request and drives the call; typedoo supplies its parts where the defaults are
 * unsafe or do not fit Odoo: the type factory ({@link XmlRpcTypeFactory}: {@code Long} as {@code <int>}/plain
 * {@code <i8>}, {@code null} as {@code False}, no Java-serialized values), the XML writer
 * ({@link Utf8XmlWriterFactory}: characters outside the BMP written as UTF-8), the HTTP exchange ({@link HttpPoster}:
 * JDK client, timeouts, bounded body) and the response reader ({@link XmlRpcResponseReader}: no DOCTYPE, no
 * deserialization of {@code faultCause}, string fault codes). Extensions and exceptions stay disabled in the
 * client's configuration. Thread-safe.
 */
public final class XmlRpcTransport implements Transport {

    private final String baseUrl;
    private final long maxResponseBytes;
    private final HttpPoster http;
    private final XmlRpcClient client;
    private final XmlRpcTypeFactory types;
    /** The largest first buffer of a request: past it, the buffer grows as the request is written. */
    private static final int MAX_FIRST_BUFFER = 256 * 1024;
    /** The size of the last request written: the next one's first buffer (a hint; racy updates are harmless). */
    private volatile int lastRequestBytes = 8192;

    /** A transport for the server of {@code config}; nothing is sent until the first call. */
    public XmlRpcTransport(TransportConfig config) {
        this(config, Redactor.none());
    }

    /** A transport whose error messages never show the secrets {@code redactor} knows. */
    public XmlRpcTransport(TransportConfig config, Redactor redactor) {
        this.baseUrl = RequestParts.baseUrl(config);
        this.maxResponseBytes = config.maxResponseBytes();
        this.http = new HttpPoster(config, redactor);
        this.client = new XmlRpcClient();
        client.setConfig(new CallConfig(URI.create(baseUrl), null, new ByteCounter()));
        this.types = new XmlRpcTypeFactory(client);
        client.setTypeFactory(types);
        client.setXmlWriterFactory(new Utf8XmlWriterFactory());
        client.setTransportFactory(() -> new WireTransport(client));
    }

    @Override
    public @Nullable Object call(CallSite site, String service, String method, List<?> args, ByteCounter bytes) {
        List<?> params = RequestParts.wireArguments(args, site);
        CallConfig config = new CallConfig(URI.create(baseUrl + "/xmlrpc/2/" + service), site, bytes);
        try {
            // Already normalised: the type factory reads arrays as lists and structs as ordered maps.
            return client.execute(config, method, params);
        } catch (XmlRpcException e) {
            throw new OdooProtocolException("The XML-RPC call failed: " + http.clean(String.valueOf(e.getMessage())),
                    site, e);
        }
    }

    /** Refuses every later call; see {@link HttpPoster#close()}. */
    @Override
    public void close() {
        http.close();
    }

    /** The Apache client's configuration of one call, carrying where it goes and where its byte counts go. */
    private static final class CallConfig extends XmlRpcClientConfigImpl {
        private static final long serialVersionUID = 1L;
        private final transient URI endpoint;
        private final transient @Nullable CallSite site;
        private final transient ByteCounter bytes;

        CallConfig(URI endpoint, @Nullable CallSite site, ByteCounter bytes) {
            this.endpoint = endpoint;
            this.site = site;
            this.bytes = bytes;
            setEncoding("UTF-8");
            setEnabledForExtensions(false);
            setEnabledForExceptions(false);
        }

        CallSite site() {
            CallSite s = site;
            if (s == null) {
                throw new IllegalStateException("XML-RPC call without a call site");
            }
            return s;
        }
    }

    /** The Apache client's transport for one call: writes with its writer, posts with {@link HttpPoster}. */
    private final class WireTransport extends XmlRpcTransportImpl {

        WireTransport(XmlRpcClient client) {
            super(client);
        }

        @Override
        public @Nullable Object sendRequest(XmlRpcRequest request) throws XmlRpcException {
            CallConfig config = (CallConfig) request.getConfig();
            CallSite site = config.site();
            Utf8XmlWriterFactory.Utf8XmlWriter body = write(request, config);
            HttpPoster.Answer answer = http.post(config.endpoint, "text/xml", body.bytes(), body.length(), site,
                    config.bytes);
            if (looksLikeHtml(answer)) {
                throw new OdooProtocolException("The server answered with an HTML page, not XML-RPC: is "
                        + baseUrl + " the Odoo server's address? " + http.redactedSnippet(answer.body()), site, null);
            }
            XmlRpcResponseReader.Response response;
            try {
                response = XmlRpcResponseReader.read(answer.body(), config, types,
                        DecodeBudget.forBodyLimit(maxResponseBytes));
            } catch (SAXException | IOException e) {
                throw new OdooProtocolException(http.clean(describe(e)) + "; answer starts with: "
                        + http.redactedSnippet(answer.body()), site, null);
            } catch (DecodeBudget.Exceeded e) {
                throw new OdooProtocolException(e.getMessage(), site, null);
            }
            if (response.isFault()) {
                throw RemoteErrors.fromXmlRpcFault(response.faultCode(), response.faultString(), site,
                        http.redactor());
            }
            return response.value();
        }

        /** Writes the request into a buffer sized like the previous one, posted from there without a copy. */
        private Utf8XmlWriterFactory.Utf8XmlWriter write(XmlRpcRequest request, CallConfig config) {
            int hint = Math.min(lastRequestBytes + lastRequestBytes / 8, MAX_FIRST_BUFFER);
            Utf8XmlWriterFactory.Utf8XmlWriter writer = new Utf8XmlWriterFactory.Utf8XmlWriter(null, hint);
            try {
                new XmlRpcWriter(config, writer, types).write(request);
            } catch (SAXException e) {
                throw new IllegalArgumentException("Cannot write the XML-RPC request: " + e.getMessage()
                        + " [" + config.site().describe() + "]", e);
            }
            lastRequestBytes = writer.length();
            return writer;
        }
    }

    private static boolean looksLikeHtml(HttpPoster.Answer answer) {
        String type = answer.contentType() == null ? "" : answer.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        String start = new String(answer.body(), 0, Math.min(64, answer.body().length), StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    private static String describe(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "The answer declares a DOCTYPE, which typedoo refuses: a DTD can load external entities (XXE)"
                    + " or expand without bound";
        }
        if (message.contains("is invalid, if isEnabledForExtensions() == false") || message.contains("Unknown type")) {
            return "The answer holds a value type typedoo does not accept (" + message
                    + "); Java-serialized and other extension values are refused";
        }
        return "The answer is not a valid XML-RPC response: " + message;
    }
}
