package io.typedoo.internal.transport;

import java.util.ArrayList;
import java.util.List;
import org.apache.ws.commons.util.NamespaceContextImpl;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.parser.RecursiveTypeParserImpl;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads {@code <array>} into an {@link ArrayList}, the form typedoo hands out, where the Apache client's own parser
 * makes an {@code Object[]} (from a list it has just filled) that would then be copied into a list once more.
 */
final class XmlRpcArrayParser extends RecursiveTypeParserImpl {

    private List<Object> list = new ArrayList<>();
    private int level;

    XmlRpcArrayParser(XmlRpcStreamConfig config, NamespaceContextImpl context, TypeFactory factory) {
        super(config, context, factory);
    }

    @Override
    public void startDocument() throws SAXException {
        super.startDocument();
        list = new ArrayList<>();
        level = 0;
    }

    @Override
    protected void addResult(Object value) {
        list.add(value);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) throws SAXException {
        switch (level++) {
            case 0 -> expect(uri, localName, "array");
            case 1 -> expect(uri, localName, "data");
            case 2 -> {
                expect(uri, localName, "value");
                startValueTag();
            }
            default -> super.startElement(uri, localName, qName, attrs);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (--level) {
            case 0 -> setResult(list);
            case 1 -> {
            }
            case 2 -> endValueTag();
            default -> super.endElement(uri, localName, qName);
        }
    }

    private void expect(String uri, String localName, String expected) throws SAXParseException {
        if (!uri.isEmpty() || !localName.equals(expected)) {
            throw new SAXParseException("Expected <" + expected + ">, got <" + localName + ">", getDocumentLocator());
        }
    }
}
