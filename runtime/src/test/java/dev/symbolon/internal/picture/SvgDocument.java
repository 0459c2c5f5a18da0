package dev.symbolon.internal.picture;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SVG read with the JDK's XML parser, which refuses text that is not well-formed. */
final class SvgDocument {
    private final Document document;

    SvgDocument(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // Graphviz names the SVG DTD; nothing is fetched.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage() + "\n" + svg, e);
        }
    }

    String rootName() {
        return document.getDocumentElement().getLocalName();
    }

    /** The titles of the {@code <g>} elements of this class ({@code node}, {@code edge}, {@code cluster}), in order. */
    List<String> titles(String cssClass) {
        List<String> titles = new ArrayList<>();
        NodeList groups = document.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals(cssClass)) {
                titles.add(g.getElementsByTagNameNS("*", "title").item(0).getTextContent());
            }
        }
        return titles;
    }
}
