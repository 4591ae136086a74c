package io.typedoo.internal.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.serializer.XmlWriterFactory;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Writes the Apache client's requests as UTF-8 straight to bytes. The Apache client's own writers escape each half
 * of a surrogate pair as a character reference ({@code &#55357;&#56832;} for one emoji), which no XML parser
 * accepts, Odoo's included; the JDK's XML serializer gets that right but costs several times more CPU per element
 * than the request's content is worth (it was a third of the client's time for a 1,000-record create). An XML-RPC
 * request needs little: elements without attributes or namespaces, and escaped text.
 */
final class Utf8XmlWriterFactory implements XmlWriterFactory {

    @Override
    public ContentHandler getXmlWriter(XmlRpcStreamConfig config, OutputStream out) {
        return new Utf8XmlWriter(out, 8192);
    }

    /**
     * One request's writer: buffers bytes and, at the end of the document, hands them to the stream (when it has
     * one) or keeps them for {@link #bytes()} and {@link #length()}, so that the transport posts them uncopied.
     */
    static final class Utf8XmlWriter implements ContentHandler {

        private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                .getBytes(StandardCharsets.US_ASCII);

        private final @Nullable OutputStream out;
        private byte[] buf;
        private int len;

        /**
         * @param out where the bytes go at the end of the document, or null to keep them
         * @param sizeHint the expected size of the request, such as the previous one's
         */
        Utf8XmlWriter(@Nullable OutputStream out, int sizeHint) {
            this.out = out;
            this.buf = new byte[Math.max(1024, sizeHint)];
        }

        /** The buffer holding the written request in its first {@link #length()} bytes. */
        byte[] bytes() {
            return buf;
        }

        /** How many bytes were written. */
        int length() {
            return len;
        }

        @Override
        public void startDocument() {
            append(DECLARATION);
        }

        @Override
        public void endDocument() throws SAXException {
            if (out == null) {
                return;
            }
            try {
                out.write(buf, 0, len);
            } catch (IOException e) {
                throw new SAXException("Cannot write the request", e);
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (atts.getLength() > 0) {
                throw new SAXException("XML-RPC requests have no attributes: " + qName);
            }
            ensure(qName.length() + 2);
            buf[len++] = '<';
            ascii(qName);
            buf[len++] = '>';
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            ensure(qName.length() + 3);
            buf[len++] = '<';
            buf[len++] = '/';
            ascii(qName);
            buf[len++] = '>';
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            int end = start + length;
            for (int i = start; i < end; i++) {
                char c = ch[i];
                ensure(12);
                if (c < 0x80) {
                    switch (c) {
                        case '<' -> entity("&lt;");
                        case '>' -> entity("&gt;");
                        case '&' -> entity("&amp;");
                        // A raw CR would reach the server as LF (XML's line-end normalisation).
                        case '\r' -> entity("&#13;");
                        default -> {
                            if (c < 0x20 && c != '\t' && c != '\n') {
                                entity("&#" + (int) c + ";");
                            } else {
                                buf[len++] = (byte) c;
                            }
                        }
                    }
                } else if (c < 0x800) {
                    buf[len++] = (byte) (0xC0 | c >> 6);
                    buf[len++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(ch[i + 1])) {
                    int cp = Character.toCodePoint(c, ch[++i]);
                    buf[len++] = (byte) (0xF0 | cp >> 18);
                    buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[len++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    throw new SAXException("The text holds an unpaired surrogate (U+" + Integer.toHexString(c)
                            + "), which UTF-8 cannot carry");
                } else {
                    buf[len++] = (byte) (0xE0 | c >> 12);
                    buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
                    buf[len++] = (byte) (0x80 | c & 0x3F);
                }
            }
        }

        private void entity(String text) {
            ascii(text);
        }

        /** Appends ASCII text; the caller has made room. */
        private void ascii(String text) {
            for (int i = 0; i < text.length(); i++) {
                buf[len++] = (byte) text.charAt(i);
            }
        }

        private void append(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buf, len, bytes.length);
            len += bytes.length;
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            characters(ch, start, length);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            throw new SAXException("XML-RPC requests are written without extensions or namespaces");
        }

        @Override
        public void endPrefixMapping(String prefix) {
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            throw new SAXException("XML-RPC requests have no processing instructions");
        }

        @Override
        public void skippedEntity(String name) {
        }
    }
}
