package io.typedoo.testkit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedoo.testkit.engine.PythonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer against Odoo's recorded bytes, where the content is fully known. */
class XmlRpcResponseWriterTest {

    private static String recorded(String name) throws IOException {
        Path file = Path.of(System.getProperty("odoo.wire.dir", "../odoo-wire"), "xmlrpc", name + ".response.xml");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void versionIsByteForByteOdoos() throws IOException {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("server_version", "18.0");
        version.put("server_version_info", List.of(18L, 0L, 0L, "final", 0L, ""));
        version.put("server_serie", "18.0");
        version.put("protocol_version", 1L);
        assertEquals(recorded("01-version"), XmlRpcResponseWriter.result(version));
    }

    @Test
    void scalarsAreByteForByteOdoos() throws IOException {
        assertEquals(recorded("02-authenticate"), XmlRpcResponseWriter.result(2L));
        assertEquals(recorded("03-authenticate-bad-password"), XmlRpcResponseWriter.result(false));
        assertEquals(recorded("24-read-deleted-returns-empty"), XmlRpcResponseWriter.result(List.of()));
    }

    @Test
    void faultsAreByteForByteOdoos() throws IOException {
        assertEquals(recorded("27-unknown-model"),
                XmlRpcResponseWriter.fault(2, "Object no.such.model doesn't exist"));
        assertEquals(recorded("34-wrong-password-execute"), XmlRpcResponseWriter.fault(3, "Access Denied"));
        assertEquals(recorded("49-legacy-endpoint-user-error"),
                XmlRpcResponseWriter.legacyFault("warning -- UserError\n\nObject no.such.model doesn't exist", ""));
        assertEquals(recorded("51-legacy-endpoint-access-denied"),
                XmlRpcResponseWriter.legacyFault("AccessDenied", "Access Denied"));
    }

    @Test
    void doublesAndEscapes() {
        String xml = XmlRpcResponseWriter.result(List.of(50.8503, 0.0, 1e16, "a<b>&c\u0001\td"));
        assertEquals("<?xml version=\"1.0\"?>\n<methodResponse>\n<params>\n<param>\n<value><array><data>\n"
                + "<value><double>50.8503</double></value>\n<value><double>0.0</double></value>\n"
                + "<value><double>1e+16</double></value>\n<value><string>a&lt;b&gt;&amp;c\td</string></value>\n"
                + "</data></array></value>\n</param>\n</params>\n\n</methodResponse>\n", xml);
    }

    @Test
    void noneCannotBeMarshalledAsInOdoo() {
        RpcError none = assertThrows(RpcError.class, () -> XmlRpcResponseWriter.result(null));
        assertEquals("TypeError: cannot marshal None unless allow_none is enabled",
                PythonText.exceptionLine(none.pythonClass(), none.odooMessage()));
        java.util.List<Object> nested = new java.util.ArrayList<>();
        nested.add(null);
        assertThrows(RpcError.class, () -> XmlRpcResponseWriter.result(Map.of("a", nested)));
    }

    @Test
    void integersBeyondXmlRpcLimitsAreRefusedAsPythonRefusesThem() {
        assertEquals(1, assertThrows(RpcError.class, () -> XmlRpcResponseWriter.result(1L << 40)).faultCode());
        XmlRpcResponseWriter.result((long) Integer.MAX_VALUE);
        XmlRpcResponseWriter.result((long) Integer.MIN_VALUE);
    }
}
