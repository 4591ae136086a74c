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
 * <p>Left out, because this client cannot take part in them (the byte-level suite covers them):
 * 43 to 46 send integers above 2**31, which the client refuses to send without its non-standard extensions
 * (and Odoo's recorded requests were hand-written for that reason); 48 to 52 go to the legacy endpoint whose string
 * {@code faultCode} the client cannot read, from Odoo as from us.
 */
class ApacheXmlRpcClientTest {

    private static final Set<String> NOT_FOR_THIS_CLIENT = Set.of(
            "43-large-int-as-int-tag", "44-large-int-as-i8-tag", "45-large-int-in-domain", "46-large-int-as-limit",
            "48-legacy-endpoint-missing-error", "49-legacy-endpoint-user-error", "50-legacy-endpoint-server-error",
            "51-legacy-endpoint-access-denied", "52-legacy-endpoint-access-error");

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
        return RecordedExchange.load("xmlrpc").stream()
                .filter(exchange -> !NOT_FOR_THIS_CLIENT.contains(exchange.name()))
                .map(exchange -> DynamicTest.dynamicTest(exchange.toString(), () -> replay(exchange)));
    }

    private static void replay(RecordedExchange exchange) throws Exception {
        XmlRpcRequestParser request = new XmlRpcRequestParser(streamConfig(), client.getTypeFactory());
        parse(exchange.request(), request);
        @SuppressWarnings("unchecked")
        List<Object> params = request.getParams();

        XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
        config.setServerURL(url(exchange.path()));
        Object actual;
        try {
            actual = Map.of("result", normalise(client.execute(config, request.getMethodName(), params)));
        } catch (XmlRpcException fault) {
            actual = fault(fault.code, fault.getMessage());
        }

        XmlRpcResponseParser recorded = new XmlRpcResponseParser(streamConfig(), client.getTypeFactory());
        parse(exchange.response(), recorded);
        Object expected = recorded.isSuccess() ? Map.of("result", normalise(recorded.getResult()))
                : fault(recorded.getErrorCode(), recorded.getErrorMessage());

        List<String> differences = WireComparator.differences(expected, actual);
        assertTrue(differences.isEmpty(), () -> exchange + " through the Apache client differs from Odoo 18:\n  "
                + String.join("\n  ", differences));
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
