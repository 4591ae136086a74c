package io.typedoo.testkit.wire;

import io.typedoo.internal.transport.DecodeBudget;
import io.typedoo.testkit.engine.PythonText;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an XML-RPC {@code <methodCall>} into the normalised value form, accepting what Python's
 * {@code xmlrpc.client.loads} (and so Odoo) accepts.
 *
 * <p>Integers come as {@code <int>}, {@code <i4>}, {@code <i8>} (also {@code <i1>}, {@code <i2>},
 * {@code <bigint>}) of any size that fits a {@code long}, and become {@link Long}. A value with no type element
 * is a string. {@code <nil/>} is {@code null}; {@code <base64>} becomes its (whitespace-free) base64 text, the
 * form Odoo uses for binary fields; {@code <dateTime.iso8601>} becomes Odoo's {@code YYYY-MM-DD HH:MM:SS}.
 *
 * <p>Hostile input is refused: DTDs and external entities are disabled (no XXE, no entity expansion), and
 * nesting is limited. The caller bounds the body size. Every refusal is an {@link RpcError} naming the Python
 * exception Odoo's parser would raise, so that it goes back as a fault.
 */
final class XmlRpcRequestReader {

    /** Deeper nesting than this is refused, so that a hostile request cannot exhaust the stack. */
    static final int MAX_DEPTH = 200;

    private static final XMLInputFactory FACTORY = newFactory();

    private XmlRpcRequestReader() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return factory;
    }

    /** Parses a whole request body. */
    static XmlRpcCall read(byte[] body) {
        try {
            XMLStreamReader xml;
            synchronized (FACTORY) {
                xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            }
            try {
                return new XmlRpcRequestReader.Parser(xml).methodCall();
            } finally {
                xml.close();
            }
        } catch (DecodeBudget.Exceeded e) {
            // Odoo's worker would run out of memory on such a request; the testkit refuses it first.
            throw RpcError.server("builtins.MemoryError", "the request would take more than "
                    + DecodeBudget.HEAP_BYTES_PER_LIMIT_BYTE + " bytes of memory per byte of the "
                    + RpcHttpServer.MAX_BODY_BYTES + "-byte body limit", "loads");
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? "not well-formed" : e.getMessage().replace('\n', ' ');
            throw RpcError.server("xml.parsers.expat.ExpatError", message, "loads");
        }
    }

    /** A recursive-descent parser over one StAX reader. */
    private static final class Parser {
        private final XMLStreamReader xml;
        /** What the values read may cost, counted as they are read: the runtime's costs and limit. */
        private final DecodeBudget budget = DecodeBudget.forBodyLimit(RpcHttpServer.MAX_BODY_BYTES);

        Parser(XMLStreamReader xml) {
            this.xml = xml;
        }

        XmlRpcCall methodCall() throws XMLStreamException {
            expectStart("methodCall");
            String methodName = null;
            List<Object> params = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "methodName" -> methodName = text().strip();
                    case "params" -> {
                        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                            requireName("param");
                            expectStart("value");
                            params.add(value(1));
                            expectEnd("param");
                        }
                    }
                    default -> throw malformed("unexpected <" + xml.getLocalName() + "> in <methodCall>");
                }
            }
            if (methodName == null) {
                throw malformed("no <methodName> in <methodCall>");
            }
            return new XmlRpcCall(methodName, params);
        }

        /** Reads the content of a {@code <value>} whose start tag was just read, up to and including its end tag. */
        private @Nullable Object value(int depth) throws XMLStreamException {
            if (depth > MAX_DEPTH) {
                throw malformed("values nested deeper than " + MAX_DEPTH);
            }
            budget.listSlot();
            budget.string(0);
            StringBuilder bare = new StringBuilder();
            while (true) {
                int event = next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    budget.characters(xml.getTextLength());
                    bare.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    return bare.toString();       // <value>text</value> is a string
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    Object typed = typed(depth);
                    expectEnd("value");
                    return typed;
                }
            }
        }

        private @Nullable Object typed(int depth) throws XMLStreamException {
            String qualified = xml.getLocalName();
            String tag = qualified.substring(qualified.indexOf(':') + 1);   // Apache's <ex:nil/>, <ex:i8>
            return switch (tag) {
                case "int", "i1", "i2", "i4", "i8", "bigint" -> integer(text().strip());
                case "boolean" -> bool(text().strip());
                case "string" -> text();
                case "double", "float", "bigdecimal" -> floating(text().strip());
                case "nil" -> {
                    skipToEnd();
                    yield null;
                }
                case "base64" -> text().replaceAll("\\s+", "");
                case "dateTime.iso8601" -> dateTime(text().strip());
                case "array" -> array(depth);
                case "struct" -> struct(depth);
                default -> throw malformed("unknown tag <" + tag + ">");
            };
        }

        private List<@Nullable Object> array(int depth) throws XMLStreamException {
            budget.enter();
            budget.exit(); // the depth is checked by value(); only the cost is charged here
            List<@Nullable Object> items = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                requireName("data");
                while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                    requireName("value");
                    items.add(value(depth + 1));
                }
            }
            return items;
        }

        private Map<String, @Nullable Object> struct(int depth) throws XMLStreamException {
            budget.enter();
            budget.exit(); // the depth is checked by value(); only the cost is charged here
            Map<String, @Nullable Object> members = new LinkedHashMap<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                requireName("member");
                budget.mapEntry();
                budget.string(0);
                String name = null;
                Object memberValue = null;
                boolean hasValue = false;
                while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "name" -> name = text();
                        case "value" -> {
                            memberValue = value(depth + 1);
                            hasValue = true;
                        }
                        default -> throw malformed("unexpected <" + xml.getLocalName() + "> in <member>");
                    }
                }
                if (name == null || !hasValue) {
                    throw malformed("a <member> needs a <name> and a <value>");
                }
                members.put(name, memberValue);
            }
            return members;
        }

        private Long integer(String text) {
            try {
                BigInteger big = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
                if (big.bitLength() > 63) {
                    throw RpcError.server("builtins.OverflowError", "int too large: " + text, "loads");
                }
                return big.longValue();
            } catch (NumberFormatException e) {
                throw RpcError.server("builtins.ValueError",
                        "invalid literal for int() with base 10: " + PythonText.stringRepr(text), "loads");
            }
        }

        private Boolean bool(String text) {
            return switch (text) {
                case "0" -> Boolean.FALSE;
                case "1" -> Boolean.TRUE;
                default -> throw RpcError.server("builtins.TypeError", "bad boolean value", "loads");
            };
        }

        private Double floating(String text) {
            try {
                return Double.valueOf(text);
            } catch (NumberFormatException e) {
                throw RpcError.server("builtins.ValueError",
                        "could not convert string to float: " + PythonText.stringRepr(text), "loads");
            }
        }

        /** {@code 20261130T09:15:00} (or with dashes) to Odoo's {@code 2026-11-30 09:15:00}. */
        private String dateTime(String text) {
            String compact = text.replace("-", "");
            if (!compact.matches("\\d{8}T\\d{2}:\\d{2}:\\d{2}.*")) {
                throw RpcError.server("builtins.ValueError",
                        "time data " + PythonText.stringRepr(text) + " does not match format '%Y%m%dT%H:%M:%S'",
                        "loads");
            }
            return compact.substring(0, 4) + "-" + compact.substring(4, 6) + "-" + compact.substring(6, 8) + " "
                    + compact.substring(9, 17);
        }

        /** The text content of the current element, which must hold no elements; ends on its end tag. */
        private String text() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            while (true) {
                int event = next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return text.toString();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    throw malformed("unexpected <" + xml.getLocalName() + "> inside a text value");
                }
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    budget.characters(xml.getTextLength());
                    text.append(xml.getText());
                }
            }
        }

        private void skipToEnd() throws XMLStreamException {
            text();
        }

        /** The next event that matters; refuses DTDs and entity references. */
        private int next() throws XMLStreamException {
            if (!xml.hasNext()) {
                throw malformed("unexpected end of document");
            }
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw malformed("a DTD is not allowed in an XML-RPC request");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw malformed("undefined entity &" + xml.getLocalName() + ";");
            }
            return event;
        }

        /** The next start or end tag, skipping whitespace, comments and processing instructions. */
        private int nextTag() throws XMLStreamException {
            while (true) {
                int event = next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
                        return event;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!xml.isWhiteSpace()) {
                            throw malformed("unexpected text " + PythonText.stringRepr(xml.getText().strip()));
                        }
                    }
                    case XMLStreamConstants.END_DOCUMENT -> throw malformed("unexpected end of document");
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
        }

        private void expectStart(String name) throws XMLStreamException {
            if (nextTag() != XMLStreamConstants.START_ELEMENT) {
                throw malformed("expected <" + name + ">");
            }
            requireName(name);
        }

        private void expectEnd(String name) throws XMLStreamException {
            if (nextTag() != XMLStreamConstants.END_ELEMENT || !xml.getLocalName().equals(name)) {
                throw malformed("expected </" + name + ">");
            }
        }

        private void requireName(String name) {
            if (!xml.getLocalName().equals(name)) {
                throw malformed("expected <" + name + ">, found <" + xml.getLocalName() + ">");
            }
        }

        private RpcError malformed(String what) {
            return RpcError.server("xmlrpc.client.ResponseError", what, "loads");
        }
    }
}
