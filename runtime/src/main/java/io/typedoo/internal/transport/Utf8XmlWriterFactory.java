package io.typedoo.internal.transport;

import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.serializer.XmlWriterFactory;
import org.xml.sax.ContentHandler;

/**
 * Writes the Apache client's requests as UTF-8 through the JDK's XML serializer. The Apache client's own writers
 * escape each half of a surrogate pair as a character reference ({@code &#55357;&#56832;} for one emoji), which
 * no XML parser accepts, Odoo's included.
 */
final class Utf8XmlWriterFactory implements XmlWriterFactory {

    private final SAXTransformerFactory factory;

    Utf8XmlWriterFactory() {
        TransformerFactory f = TransformerFactory.newInstance();
        if (!f.getFeature(SAXTransformerFactory.FEATURE)) {
            throw new IllegalStateException("The JDK's TransformerFactory cannot serialize SAX events");
        }
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("The JDK's TransformerFactory refuses secure processing", e);
        }
        this.factory = (SAXTransformerFactory) f;
    }

    @Override
    public ContentHandler getXmlWriter(XmlRpcStreamConfig config, OutputStream out) throws XmlRpcException {
        TransformerHandler handler;
        try {
            synchronized (factory) { // a TransformerFactory is not thread-safe
                handler = factory.newTransformerHandler();
            }
        } catch (TransformerConfigurationException e) {
            throw new XmlRpcException("No XML serializer available", e);
        }
        handler.getTransformer().setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        handler.getTransformer().setOutputProperty(OutputKeys.INDENT, "no");
        handler.setResult(new StreamResult(out));
        return handler;
    }
}
