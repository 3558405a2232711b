package vn.ntp.warehouse.extract.workbook;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The relationships of one package part ({@code _rels/x.rels}), with targets resolved to zip entry names. */
record Relationships(Map<String, Relationship> byId) {

    record Relationship(String id, String type, String target) {
        /** Transitional and strict OOXML differ in the namespace of the type, never in its last segment. */
        boolean isOfType(String lastSegment) {
            return type.endsWith("/" + lastSegment);
        }
    }

    static final Relationships NONE = new Relationships(Map.of());

    /** The rels part that belongs to a part: {@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}. */
    static String partFor(String sourcePart) {
        int slash = sourcePart.lastIndexOf('/');
        return sourcePart.substring(0, slash + 1) + "_rels/" + sourcePart.substring(slash + 1) + ".rels";
    }

    Relationship firstOfType(String lastSegment) {
        for (Relationship r : byId.values()) {
            if (r.isOfType(lastSegment)) return r;
        }
        return null;
    }

    static Relationships read(XmlPart part, String sourcePart) throws XMLStreamException {
        XMLStreamReader xml = part.xml;
        Map<String, Relationship> byId = new HashMap<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())) {
                String id = XmlPart.attribute(xml, "Id");
                String type = XmlPart.attribute(xml, "Type");
                String target = XmlPart.attribute(xml, "Target");
                boolean external = "External".equalsIgnoreCase(XmlPart.attribute(xml, "TargetMode"));
                if (id != null && type != null && target != null && !external) {
                    byId.put(id, new Relationship(id, type, resolve(sourcePart, target)));
                }
            }
        }
        return new Relationships(byId);
    }

    /** Resolves a target against the folder of its source part; a leading slash means the package root. */
    static String resolve(String sourcePart, String target) {
        if (target.indexOf('%') >= 0) {
            try {
                target = URLDecoder.decode(target, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                // keep the target as written; a missing part is reported where it is needed
            }
        }
        String base = target.startsWith("/") ? "" : sourcePart.substring(0, sourcePart.lastIndexOf('/') + 1);
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (base + target).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) continue;
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
