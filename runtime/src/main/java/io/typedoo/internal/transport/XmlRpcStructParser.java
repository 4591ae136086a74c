package io.typedoo.internal.transport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.ws.commons.util.NamespaceContextImpl;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.parser.RecursiveTypeParserImpl;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads {@code <struct>} into an insertion-ordered map (the Apache client's own parser uses a {@code HashMap},
 * which loses the server's field order). Member names are plain text; typed names (an extension) are refused.
 */
final class XmlRpcStructParser extends RecursiveTypeParserImpl {

    private final StringBuilder name = new StringBuilder();
    private Map<String, Object> map = new LinkedHashMap<>();
    private @Nullable String memberName;
    private int level;
    private boolean inName;
    private boolean inValue;
    private boolean doneValue;

    XmlRpcStructParser(XmlRpcStreamConfig config, NamespaceContextImpl context, TypeFactory factory) {
        super(config, context, factory);
    }

    @Override
    public void startDocument() throws SAXException {
        super.startDocument();
        map = new LinkedHashMap<>();
        level = 0;
        inName = false;
        inValue = false;
    }

    @Override
    protected void addResult(Object value) throws SAXException {
        if (memberName == null) {
            throw new SAXParseException("A struct member's value came before its name", getDocumentLocator());
        }
        map.put(memberName, value);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) throws SAXException {
        switch (level++) {
            case 0 -> expect(uri, localName, "struct");
            case 1 -> {
                expect(uri, localName, "member");
                memberName = null;
                doneValue = false;
            }
            case 2 -> {
                if (!uri.isEmpty()) {
                    throw unexpected(localName);
                }
                if (localName.equals("name") && memberName == null && !inValue) {
                    inName = true;
                    name.setLength(0);
                } else if (localName.equals("value") && memberName != null && !doneValue) {
                    inValue = true;
                    startValueTag();
                } else {
                    throw unexpected(localName);
                }
            }
            default -> {
                if (inName) {
                    throw new SAXParseException("A struct member name must be plain text", getDocumentLocator());
                }
                super.startElement(uri, localName, qName, attrs);
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (--level) {
            case 0 -> setResult(map);
            case 1 -> {
                if (!doneValue) {
                    throw new SAXParseException("A struct member without a value", getDocumentLocator());
                }
            }
            case 2 -> {
                if (inName) {
                    inName = false;
                    memberName = name.toString();
                } else if (inValue) {
                    inValue = false;
                    endValueTag();
                    doneValue = true;
                }
            }
            default -> super.endElement(uri, localName, qName);
        }
    }

    @Override
    public void characters(char[] chars, int start, int length) throws SAXException {
        if (inName) {
            name.append(chars, start, length);
        } else {
            super.characters(chars, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] chars, int start, int length) throws SAXException {
        if (inName) {
            name.append(chars, start, length);
        } else {
            super.ignorableWhitespace(chars, start, length);
        }
    }

    private void expect(String uri, String localName, String expected) throws SAXParseException {
        if (!uri.isEmpty() || !localName.equals(expected)) {
            throw new SAXParseException("Expected <" + expected + ">, got <" + localName + ">", getDocumentLocator());
        }
    }

    private SAXParseException unexpected(String localName) {
        return new SAXParseException("Unexpected <" + localName + "> in a struct member", getDocumentLocator());
    }
}
