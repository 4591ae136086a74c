package io.typedoo.internal.transport;

import io.typedoo.value.WireConversions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apache.ws.commons.util.NamespaceContextImpl;
import org.apache.xmlrpc.common.TypeFactoryImpl;
import org.apache.xmlrpc.common.XmlRpcController;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.parser.AtomicParser;
import org.apache.xmlrpc.parser.BooleanParser;
import org.apache.xmlrpc.parser.DoubleParser;
import org.apache.xmlrpc.parser.NullParser;
import org.apache.xmlrpc.parser.StringParser;
import org.apache.xmlrpc.parser.TypeParser;
import org.apache.xmlrpc.serializer.TypeSerializer;
import org.apache.xmlrpc.serializer.TypeSerializerImpl;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only types typedoo reads and writes over XML-RPC, replacing the Apache client's defaults.
 *
 * <p>Writing: {@code Long} as {@code <int>} when it fits 32 bits, else as a plain {@code <i8>} (no extension
 * namespace: Odoo's parser reads both), and {@code null} as {@code <boolean>0</boolean>} (Odoo has no nil).
 *
 * <p>Reading: only the standard tags, plain {@code <i8>} and {@code <nil/>}. Integers become {@code Long}, arrays
 * {@code ArrayList}s, structs insertion-ordered maps with {@code String} keys (the normalised form the transport
 * returns, built directly so nothing is copied afterwards), {@code <base64>} and {@code <dateTime.iso8601>} the
 * strings Odoo itself uses for binaries and datetimes. Nothing else is accepted: in particular no {@code ex:serializable} (Java deserialization,
 * CVE-2016-5003) and no other extension type; the parser refuses them before any decoding.
 */
final class XmlRpcTypeFactory extends TypeFactoryImpl {

    private static final DateTimeFormatter ISO8601_BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HH:mm:ss");

    private static final TypeSerializer FALSE_FOR_NULL = new TypeSerializerImpl() {
        @Override
        public void write(ContentHandler handler, Object ignored) throws SAXException {
            write(handler, "boolean", "0");
        }
    };

    private static final TypeSerializer LONG = new TypeSerializerImpl() {
        @Override
        public void write(ContentHandler handler, Object value) throws SAXException {
            long n = ((Number) value).longValue();
            boolean fits = n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE;
            write(handler, fits ? "int" : "i8", Long.toString(n));
        }
    };

    XmlRpcTypeFactory(XmlRpcController controller) {
        super(controller);
    }

    @Override
    public TypeSerializer getSerializer(XmlRpcStreamConfig config, Object value) throws SAXException {
        if (value == null) {
            return FALSE_FOR_NULL;
        }
        if (value instanceof Long || value instanceof Integer) {
            return LONG;
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Double || value instanceof List
                || value instanceof Map) {
            return super.getSerializer(config, value);
        }
        // Arguments are normalised with WireConversions.toWire before they get here; anything else is a bug.
        throw new SAXException("Cannot send a " + value.getClass().getName() + " over XML-RPC");
    }

    @Override
    public TypeParser getParser(XmlRpcStreamConfig config, NamespaceContextImpl context, String uri,
            String localName) {
        if (!uri.isEmpty()) {
            return null; // extension types (ex:serializable, ex:dom, ...) are refused by the caller
        }
        switch (localName) {
            case "int", "i4", "i8", "i2", "i1":
                return new LongParser();
            case "boolean":
                return new BooleanParser();
            case "double":
                return new DoubleParser();
            case "string":
                return new StringParser();
            case "array":
                return new XmlRpcArrayParser(config, context, this);
            case "struct":
                return new XmlRpcStructParser(config, context, this);
            case "nil":
                return new NullParser();
            case "base64":
                return new Base64TextParser();
            case "dateTime.iso8601":
                return new DateTimeTextParser();
            default:
                return null;
        }
    }

    /** Any integer tag as a {@code Long}. */
    private static final class LongParser extends AtomicParser {
        @Override
        protected void setResult(String text) throws SAXException {
            try {
                super.setResult((Object) Long.valueOf(text.strip()));
            } catch (NumberFormatException e) {
                throw new SAXParseException("Not a 64-bit integer: " + text, getDocumentLocator());
            }
        }
    }

    /** {@code <base64>} kept as its text, as Odoo sends binary fields (in {@code <string>}). */
    private static final class Base64TextParser extends AtomicParser {
        @Override
        protected void setResult(String text) throws SAXException {
            super.setResult((Object) text.replaceAll("\\s+", ""));
        }
    }

    /** {@code <dateTime.iso8601>} ({@code 20261130T09:15:00}) as Odoo's datetime text. */
    private static final class DateTimeTextParser extends AtomicParser {
        @Override
        protected void setResult(String text) throws SAXException {
            try {
                super.setResult((Object) WireConversions.formatDateTime(LocalDateTime.parse(text.strip(), ISO8601_BASIC)));
            } catch (DateTimeParseException e) {
                throw new SAXParseException("Not an XML-RPC dateTime.iso8601: " + text, getDocumentLocator());
            }
        }
    }
}
