package io.typedoo.testkit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class XmlRpcRequestReaderTest {

    private static XmlRpcCall read(String xml) {
        return XmlRpcRequestReader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Object single(String valueXml) {
        return read("<?xml version='1.0'?><methodCall><methodName>m</methodName><params><param><value>" + valueXml
                + "</value></param></params></methodCall>").params().get(0);
    }

    @Test
    void readsEveryRecordedRequest() throws IOException {
        Path dir = Path.of(System.getProperty("odoo.wire.dir", "../odoo-wire"), "xmlrpc");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> requests = files.filter(f -> f.toString().endsWith(".request.xml")).sorted().toList();
            assertEquals(56, requests.size());
            for (Path request : requests) {
                XmlRpcCall call = XmlRpcRequestReader.read(Files.readAllBytes(request));
                assertTrue(Set.of("version", "authenticate", "login", "execute_kw", "execute")
                        .contains(call.methodName()), request + ": " + call.methodName());
            }
        }
    }

    @Test
    void readsAnExecuteKwCall() throws IOException {
        Path file = Path.of(System.getProperty("odoo.wire.dir", "../odoo-wire"),
                "xmlrpc", "44-large-int-as-i8-tag.request.xml");
        XmlRpcCall call = XmlRpcRequestReader.read(Files.readAllBytes(file));
        assertEquals("execute_kw", call.methodName());
        assertEquals(List.of("demo", 2L, "admin", "res.partner", "read", List.of(List.of(1_099_511_627_776L)),
                Map.of("fields", List.of("name"))), call.params());
    }

    @Test
    void integersOfEveryTagAndSizeAreLongs() {
        assertEquals(7L, single("<int>7</int>"));
        assertEquals(-7L, single("<i4> -7 </i4>"));
        assertEquals(1_099_511_627_776L, single("<int>1099511627776</int>"));
        assertEquals(Long.MAX_VALUE, single("<i8>9223372036854775807</i8>"));
        assertEquals(5L, single("<ex:i8>5</ex:i8>"));
        RpcError tooBig = assertThrows(RpcError.class, () -> single("<i8>9223372036854775808</i8>"));
        assertEquals("builtins.OverflowError", tooBig.pythonClass());
        RpcError notANumber = assertThrows(RpcError.class, () -> single("<int>seven</int>"));
        assertEquals("builtins.ValueError", notANumber.pythonClass());
    }

    @Test
    void scalarsAsPythonReadsThem() {
        assertEquals("bare text", single("bare text"));
        assertEquals("", single(""));
        assertEquals("a < b & c", single("<string>a &lt; b &amp; c</string>"));
        assertEquals(" spaced\nlines ", single("<string> spaced\nlines </string>"));
        assertEquals(2.5, single("<double>2.5</double>"));
        assertEquals(Boolean.TRUE, single("<boolean>1</boolean>"));
        assertEquals(Boolean.FALSE, single("<boolean>0</boolean>"));
        assertNull(single("<nil/>"));
        assertNull(single("<ex:nil/>"));
        assertEquals("aGVsbG8=", single("<base64>aGVs\nbG8=</base64>"));
        assertEquals("2026-11-30 09:15:00", single("<dateTime.iso8601>20261130T09:15:00</dateTime.iso8601>"));
        assertEquals("builtins.TypeError",
                assertThrows(RpcError.class, () -> single("<boolean>yes</boolean>")).pythonClass());
    }

    @Test
    void arraysAndStructsNest() {
        Object value = single("<struct><member><name>ids</name><value><array><data><value><int>1</int></value>"
                + "<value>two</value></data></array></value></member><member><name>none</name><value><nil/></value>"
                + "</member></struct>");
        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("ids", List.of(1L, "two"));
        expected.put("none", null);
        assertEquals(expected, value);
        assertEquals(List.of(), single("<array><data></data></array>"));
        assertEquals(Map.of(), single("<struct></struct>"));
    }

    @Test
    void aCallWithoutParamsHasNone() {
        XmlRpcCall call = read("<methodCall><methodName>version</methodName></methodCall>");
        assertEquals("version", call.methodName());
        assertEquals(List.of(), call.params());
    }

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<methodCall><methodName>m</methodName><params><param><value><string>&x;</string></value></param>"
                + "</params></methodCall>";
        RpcError error = assertThrows(RpcError.class, () -> read(xxe));
        assertEquals(1, error.faultCode());
    }

    @Test
    void refusesEntityExpansion() {
        String laughs = "<?xml version='1.0'?><!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<methodCall><methodName>&b;</methodName></methodCall>";
        assertThrows(RpcError.class, () -> read(laughs));
    }

    @Test
    void refusesDeepNesting() {
        String deep = "<array><data><value>".repeat(XmlRpcRequestReader.MAX_DEPTH + 5) + "x"
                + "</value></data></array>".repeat(XmlRpcRequestReader.MAX_DEPTH + 5);
        RpcError error = assertThrows(RpcError.class, () -> single(deep));
        assertTrue(error.odooMessage().contains("nested deeper"), error.odooMessage());
    }

    @Test
    void refusesWhatIsNotXmlRpc() {
        RpcError notXml = assertThrows(RpcError.class, () -> read("not xml at all"));
        assertEquals("xml.parsers.expat.ExpatError", notXml.pythonClass());
        assertThrows(RpcError.class, () -> single("<float2>1</float2>"));
        assertThrows(RpcError.class, () -> read("<methodCall><params></params></methodCall>"));
        assertThrows(RpcError.class, () -> read("<methodResponse></methodResponse>"));
        assertFalse(notXml.traceback().isEmpty());
    }
}
