package io.typedoo.wire;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An independent, DOM-based reader of XML-RPC documents for the tests, so the client's Apache-based reading and
 * writing is checked against something that shares no code with it. Trusted input only (recorded files).
 */
public final class XmlRpcDom {

    /** A decoded {@code <methodCall>}. */
    public record Call(String method, List<Object> params) {
    }

    /** A decoded {@code <fault>}. */
    public record Fault(Object code, String string) {
    }

    private XmlRpcDom() {
    }

    public static Call call(byte[] xml) {
        Element root = parse(xml);
        String method = child(root, "methodName").getTextContent().strip();
        List<Object> params = new ArrayList<>();
        Element paramsElement = optionalChild(root, "params");
        if (paramsElement != null) {
            for (Element param : children(paramsElement)) {
                params.add(value(child(param, "value")));
            }
        }
        return new Call(method, params);
    }

    /** The value of a {@code <methodResponse>}, or a {@link Fault}. */
    public static Object response(byte[] xml) {
        Element root = parse(xml);
        Element fault = optionalChild(root, "fault");
        if (fault != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> struct = (Map<String, Object>) value(child(fault, "value"));
            return new Fault(struct.get("faultCode"), (String) struct.get("faultString"));
        }
        Element param = child(child(root, "params"), "param");
        return value(child(param, "value"));
    }

    private static Object value(Element value) {
        List<Element> typed = children(value);
        if (typed.isEmpty()) {
            return value.getTextContent();
        }
        Element t = typed.get(0);
        String text = t.getTextContent();
        switch (t.getTagName()) {
            case "int", "i4", "i8":
                return Long.parseLong(text.strip());
            case "boolean":
                return text.strip().equals("1");
            case "double":
                return Double.parseDouble(text.strip());
            case "string":
                return text;
            case "nil":
                return NIL;
            case "array": {
                List<Object> list = new ArrayList<>();
                for (Element v : children(child(t, "data"))) {
                    list.add(value(v));
                }
                return list;
            }
            case "struct": {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Element member : children(t)) {
                    map.put(child(member, "name").getTextContent(), value(child(member, "value")));
                }
                return map;
            }
            default:
                throw new IllegalArgumentException("unexpected XML-RPC type " + t.getTagName());
        }
    }

    /** Stands for {@code <nil/>}, which must never appear in what the client writes. */
    public static final Object NIL = new Object() {
        @Override
        public String toString() {
            return "<nil/>";
        }
    };

    private static Element parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML: " + new String(xml), e);
        }
    }

    private static Element child(Element parent, String name) {
        Element e = optionalChild(parent, name);
        if (e == null) {
            throw new IllegalArgumentException("no <" + name + "> in <" + parent.getTagName() + ">");
        }
        return e;
    }

    private static Element optionalChild(Element parent, String name) {
        for (Element e : children(parent)) {
            if (e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }
}
