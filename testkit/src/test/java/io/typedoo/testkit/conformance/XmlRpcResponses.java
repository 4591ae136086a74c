package io.typedoo.testkit.conformance;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an XML-RPC {@code <methodResponse>} into a value tree for {@link WireComparator}: a successful answer
 * becomes {@code {"result": value}}, a fault {@code {"fault": {"faultCode": ..., "faultString": ...}}}.
 *
 * <p>Only the elements Odoo writes are accepted ({@code int, boolean, double, string, array, struct}), so an
 * answer with {@code <i4>}, {@code <nil/>}, {@code <base64>}, {@code <dateTime.iso8601>} or an untyped value
 * fails the comparison rather than being read leniently.
 */
final class XmlRpcResponses {

    private XmlRpcResponses() {
    }

    static Map<String, @Nullable Object> parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Element root = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
            require(root, "methodResponse");
            Element content = only(root);
            Map<String, @Nullable Object> answer = new LinkedHashMap<>();
            if (content.getTagName().equals("fault")) {
                answer.put("fault", value(only(content)));
            } else {
                require(content, "params");
                Element param = only(content);
                require(param, "param");
                answer.put("result", value(only(param)));
            }
            return answer;
        } catch (Exception e) {
            throw new AssertionError("Not an XML-RPC response as Odoo writes them: " + e.getMessage() + "\n"
                    + new String(body, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    private static @Nullable Object value(Element value) {
        require(value, "value");
        Element typed = only(value);
        String text = typed.getTextContent();
        return switch (typed.getTagName()) {
            case "int" -> Long.valueOf(text.strip());
            case "boolean" -> switch (text) {
                case "0" -> Boolean.FALSE;
                case "1" -> Boolean.TRUE;
                default -> throw new IllegalArgumentException("<boolean>" + text + "</boolean>");
            };
            case "double" -> Double.valueOf(text);
            case "string" -> text;
            case "array" -> {
                Element data = only(typed);
                require(data, "data");
                List<@Nullable Object> items = new ArrayList<>();
                for (Element item : children(data)) {
                    items.add(value(item));
                }
                yield items;
            }
            case "struct" -> {
                Map<String, @Nullable Object> members = new LinkedHashMap<>();
                for (Element member : children(typed)) {
                    require(member, "member");
                    List<Element> parts = children(member);
                    if (parts.size() != 2) {
                        throw new IllegalArgumentException("a <member> needs a <name> and a <value>");
                    }
                    require(parts.get(0), "name");
                    members.put(parts.get(0).getTextContent(), value(parts.get(1)));
                }
                yield members;
            }
            default -> throw new IllegalArgumentException("Odoo never writes <" + typed.getTagName() + ">");
        };
    }

    private static Element only(Element parent) {
        List<Element> children = children(parent);
        if (children.size() != 1) {
            throw new IllegalArgumentException("<" + parent.getTagName() + "> must hold exactly one element, not "
                    + children.size());
        }
        return children.get(0);
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                throw new IllegalArgumentException("untyped text in <" + parent.getTagName() + ">");
            }
        }
        return elements;
    }

    private static void require(Element element, String tag) {
        if (!element.getTagName().equals(tag)) {
            throw new IllegalArgumentException("expected <" + tag + ">, found <" + element.getTagName() + ">");
        }
    }
}
