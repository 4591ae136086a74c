package io.typedoo.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.testkit.OdooTestServer;
import java.io.ByteArrayInputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.apache.xmlrpc.common.XmlRpcHttpRequestConfigImpl;
import org.apache.xmlrpc.parser.XmlRpcRequestParser;
import org.apache.xmlrpc.parser.XmlRpcResponseParser;
import org.apache.xmlrpc.util.SAXParsers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The recorded XML-RPC exchanges through a client that is not ours: the raw Apache XML-RPC client, as any Java
 * program would use it, with no typedoo code between it and the server. Apache's own parser reads each recorded
 * request (method and parameters) and the recorded answer; its client sends the call, serialising parameters its
 * way ({@code <i4>}, untyped strings), and what it reads back from the testkit must equal what it reads from
 * Odoo's recorded answer, under {@link WireComparator}'s rules.
 *
 * <p>All 56 exchanges take part, two groups in this client's own way:
 * <ul>
 *   <li>43 to 46 send integers above 2**31 (Odoo's recorded requests were hand-written as {@code <int>} and
 *       {@code <i8>}). This client sends a {@code long} only with its extensions on, as {@code <ex:i8>}, which
 *       Odoo's parser reads as it reads {@code <i8>} (Python's {@code xmlrpc.client} drops the prefix): those
 *       exchanges are sent that way, with the same values.</li>
 *   <li>48 to 52 go to the legacy endpoint, whose {@code faultCode} is a string: this client cannot read such an
 *       answer, from Odoo as from us. What it reports (the exception and its message) must be the same for the
 *       testkit's answer as for Odoo's recorded one.</li>
 * </ul>
 */
class ApacheXmlRpcClientTest {

    private static final Set<String> LARGE_INTEGERS = Set.of(
            "43-large-int-as-int-tag", "44-large-int-as-i8-tag", "45-large-int-in-domain", "46-large-int-as-limit");
    private static final String EXTENSIONS = "http://ws.apache.org/xmlrpc/namespaces/extensions";
    private static final java.util.regex.Pattern LARGE_INTEGER =
            java.util.regex.Pattern.compile("<(?:int|i8)>(-?\\d{10,})</(?:int|i8)>");

    private static OdooTestServer server;
    private static XmlRpcClient client;

    @BeforeAll
    static void start() {
        server = OdooTestServer.start();
        client = new XmlRpcClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> recordedXmlRpcExchangesThroughApacheClient() {
        List<RecordedExchange> all = RecordedExchange.load("xmlrpc");
        assertTrue(all.size() == 56, () -> "expected the 56 recorded XML-RPC exchanges, found " + all.size());
        return all.stream().map(exchange -> DynamicTest.dynamicTest(exchange.toString(), () -> replay(exchange)));
    }

    private static void replay(RecordedExchange exchange) throws Exception {
        boolean large = LARGE_INTEGERS.contains(exchange.name());
        XmlRpcHttpRequestConfigImpl parsing = streamConfig();
        parsing.setEnabledForExtensions(large);
        XmlRpcRequestParser request = new XmlRpcRequestParser(parsing, client.getTypeFactory());
        byte[] body = exchange.request();
        if (large) {
            // The same values as this client writes a long: <ex:i8>, in its extensions' namespace.
            String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
            body = LARGE_INTEGER.matcher(text).replaceAll("<ex:i8 xmlns:ex=\"" + EXTENSIONS + "\">$1</ex:i8>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        parse(body, request);
        @SuppressWarnings("unchecked")
        List<Object> params = request.getParams();

        XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
        config.setServerURL(url(exchange.path()));
        config.setEnabledForExtensions(large);
        Object actual;
        try {
            actual = Map.of("result", normalise(client.execute(config, request.getMethodName(), params)));
        } catch (XmlRpcException fault) {
            actual = fault.code == 0 && fault.getCause() != null ? unreadable(fault) : fault(fault.code,
                    fault.getMessage());
        } catch (RuntimeException cannotRead) {
            actual = unreadable(cannotRead);
        }

        XmlRpcResponseParser recorded = new XmlRpcResponseParser(streamConfig(), client.getTypeFactory());
        Object expected;
        try {
            parse(exchange.response(), recorded);
            expected = recorded.isSuccess() ? Map.of("result", normalise(recorded.getResult()))
                    : fault(recorded.getErrorCode(), recorded.getErrorMessage());
        } catch (Exception cannotRead) {
            expected = Map.of("unreadable", rootCause(cannotRead));
        }

        List<String> differences = WireComparator.differences(expected, actual);
        assertTrue(differences.isEmpty(), () -> exchange + " through the Apache client differs from Odoo 18:\n  "
                + String.join("\n  ", differences));
    }

    /** What the client reports when it cannot read an answer: its root cause, class and message. */
    private static Map<String, Object> unreadable(Exception failure) {
        return Map.of("unreadable", rootCause(failure));
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName() + ": " + cause.getMessage();
    }

    private static Map<String, Object> fault(int code, @Nullable String message) {
        Map<String, Object> fault = new LinkedHashMap<>();
        fault.put("faultCode", (long) code);
        fault.put("faultString", message == null ? "" : message);
        return Map.of("fault", fault);
    }

    /** Apache's types as the comparator's: Integer as Long, Object[] as a list, HashMap as a map. */
    private static @Nullable Object normalise(@Nullable Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        } else if (value instanceof Object[] array) {
            List<@Nullable Object> list = new ArrayList<>();
            Arrays.stream(array).forEach(item -> list.add(normalise(item)));
            return list;
        } else if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> copy = new HashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), normalise(v)));
            return copy;
        }
        return value;
    }

    private static void parse(byte[] body, org.xml.sax.ContentHandler handler) throws Exception {
        XMLReader reader = SAXParsers.newXMLReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(new ByteArrayInputStream(body)));
    }

    private static XmlRpcHttpRequestConfigImpl streamConfig() {
        XmlRpcHttpRequestConfigImpl config = new XmlRpcHttpRequestConfigImpl();
        config.setEncoding("UTF-8");
        return config;
    }

    private static java.net.URL url(String path) throws MalformedURLException {
        return URI.create(server.url() + path).toURL();
    }
}
