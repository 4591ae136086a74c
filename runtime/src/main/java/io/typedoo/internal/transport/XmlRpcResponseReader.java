package io.typedoo.internal.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.ws.commons.util.NamespaceContextImpl;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.parser.RecursiveTypeParserImpl;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XML-RPC {@code <methodResponse>} with a hardened SAX parser, in place of the Apache client's response
 * parser, which deserializes a fault's {@code faultCause} with {@code ObjectInputStream} when exceptions are
 * enabled (CVE-2019-17570) and insists on an integer {@code faultCode} (Odoo's legacy endpoints send strings).
 *
 * <p>Hardening: any DOCTYPE is refused (so no external DTD or entity is ever loaded, CVE-2016-5002, and no entity
 * expansion bomb), secure processing is on, and a fault's members other than {@code faultCode} and
 * {@code faultString} are ignored, never decoded.
 */
final class XmlRpcResponseReader {

    /** What the server answered: a value, or a fault. */
    record Response(@Nullable Object value, boolean isFault, @Nullable Object faultCode, String faultString) {
    }

    private static final SAXParserFactory FACTORY = newFactory();

    private XmlRpcResponseReader() {
    }

    static Response read(byte[] body, XmlRpcStreamConfig config, TypeFactory types)
            throws SAXException, IOException {
        XMLReader reader = newReader();
        MethodResponseParser parser = new MethodResponseParser(config, types);
        reader.setContentHandler(parser);
        // The default handler prints "[Fatal Error] ..." to stderr before throwing; the exception is enough.
        reader.setErrorHandler(new DefaultHandler());
        reader.setEntityResolver((publicId, systemId) -> {
            // Unreachable while DOCTYPEs are refused; a second lock on the same door.
            throw new SAXException("External entity " + systemId + " refused");
        });
        reader.parse(new InputSource(new ByteArrayInputStream(body)));
        if (!parser.complete) {
            throw new SAXException("The methodResponse holds neither a value nor a fault");
        }
        if (!parser.fault) {
            return new Response(parser.value, false, null, "");
        }
        Map<?, ?> fault = parser.faultStruct;
        Object code = fault.get("faultCode");
        Object text = fault.get("faultString");
        return new Response(null, true, code, text instanceof String s ? s : text == null ? "" : String.valueOf(text));
    }

    private static XMLReader newReader() throws SAXException {
        try {
            synchronized (FACTORY) { // SAXParserFactory is not documented as thread-safe
                return FACTORY.newSAXParser().getXMLReader();
            }
        } catch (ParserConfigurationException e) {
            throw new SAXException("No hardened XML parser available", e);
        }
    }

    private static SAXParserFactory newFactory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be hardened against DOCTYPEs and external entities;"
                    + " refusing to read XML-RPC with it", e);
        }
        return f;
    }

    /** {@code <methodResponse>} with one {@code <params><param><value>} or a {@code <fault><value><struct>}. */
    private static final class MethodResponseParser extends RecursiveTypeParserImpl {
        private int level;
        private boolean fault;
        private boolean complete;
        private @Nullable Object value;
        private Map<?, ?> faultStruct = Map.of();

        MethodResponseParser(XmlRpcStreamConfig config, TypeFactory types) {
            super(config, new NamespaceContextImpl(), types);
        }

        @Override
        protected void addResult(Object result) throws SAXException {
            if (complete) {
                throw new SAXParseException("More than one value in the methodResponse", getDocumentLocator());
            }
            complete = true;
            if (!fault) {
                value = result;
            } else if (result instanceof Map<?, ?> map) {
                faultStruct = map;
            } else {
                throw new SAXParseException("A fault must hold a struct", getDocumentLocator());
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs)
                throws SAXException {
            switch (level++) {
                case 0 -> expect(uri, localName, "methodResponse");
                case 1 -> {
                    if (uri.isEmpty() && localName.equals("fault")) {
                        fault = true;
                    } else {
                        expect(uri, localName, "params");
                    }
                }
                case 2 -> {
                    if (fault) {
                        expect(uri, localName, "value");
                        startValueTag();
                    } else {
                        expect(uri, localName, "param");
                    }
                }
                case 3 -> {
                    if (fault) {
                        super.startElement(uri, localName, qName, attrs);
                    } else {
                        expect(uri, localName, "value");
                        startValueTag();
                    }
                }
                default -> super.startElement(uri, localName, qName, attrs);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (--level) {
                case 0, 1 -> {
                }
                case 2 -> {
                    if (fault) {
                        endValueTag();
                    }
                }
                case 3 -> {
                    if (fault) {
                        super.endElement(uri, localName, qName);
                    } else {
                        endValueTag();
                    }
                }
                default -> super.endElement(uri, localName, qName);
            }
        }

        private void expect(String uri, String localName, String expected) throws SAXParseException {
            if (!uri.isEmpty() || !localName.equals(expected)) {
                throw new SAXParseException("Expected <" + expected + ">, got <" + localName + ">",
                        getDocumentLocator());
            }
        }
    }
}
