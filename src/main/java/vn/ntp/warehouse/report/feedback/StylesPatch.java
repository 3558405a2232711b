package vn.ntp.warehouse.report.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLStreamReader2;

/**
 * The cell formats a feedback workbook adds to {@code styles.xml}: each marked cell's own format with the solid
 * fill of its severity, and the list sheet's bold, wrapped and severity formats. Read once to learn the existing
 * formats ({@link #read}), asked for indexes while the sheets are rewritten, then written out ({@link #write}).
 */
final class StylesPatch {
    private record Element(String name, Map<String, String> attributes) {
    }

    /** An existing {@code <xf>} of cellXfs: its attributes and its children (alignment, protection). */
    private record Xf(Map<String, String> attributes, List<Element> children) {
    }

    private final int fonts;
    private final int fills;
    private final List<Xf> xfs;
    private final Map<String, Integer> added = new LinkedHashMap<>();
    private final List<Xf> addedXfs = new ArrayList<>();
    private final List<String> addedFills = new ArrayList<>();
    private boolean boldFont;

    private StylesPatch(int fonts, int fills, List<Xf> xfs) {
        this.fonts = fonts;
        this.fills = fills;
        this.xfs = xfs;
    }

    static StylesPatch read(XMLStreamReader2 in) throws XMLStreamException {
        int fonts = 0;
        int fills = 0;
        List<Xf> xfs = new ArrayList<>();
        String section = "";
        int depth = 1;
        Xf xf = null;
        java.util.Set<String> sections = new java.util.HashSet<>();
        while (depth > 0) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = in.getLocalName();
                if (depth == 2) {
                    section = name;
                    sections.add(name);
                } else if (depth == 3 && section.equals("fonts") && name.equals("font")) {
                    fonts++;
                } else if (depth == 3 && section.equals("fills") && name.equals("fill")) {
                    fills++;
                } else if (depth == 3 && section.equals("cellXfs") && name.equals("xf")) {
                    xf = new Xf(attributes(in), new ArrayList<>());
                    xfs.add(xf);
                } else if (depth == 4 && xf != null) {
                    xf.children().add(new Element(name, attributes(in)));
                } else if (depth == 5 && section.equals("cellXfs")) {
                    throw new NotStreamable("a cell format with nested content");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 2) xf = null;
            }
        }
        if (xfs.isEmpty() || !sections.contains("fonts") || !sections.contains("fills")) {
            throw new NotStreamable("styles without fonts, fills or cell formats");
        }
        return new StylesPatch(fonts, fills, xfs);
    }

    private static Map<String, String> attributes(XMLStreamReader in) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String ns = in.getAttributeNamespace(i);
            if (ns != null && !ns.isEmpty()) throw new NotStreamable("a namespaced attribute in styles");
            attributes.put(in.getAttributeLocalName(i), in.getAttributeValue(i));
        }
        return attributes;
    }

    /** The index of the format {@code original} (a cell's {@code s}) filled in the colour of the severity. */
    int filled(int original, String severity) {
        if (original < 0 || original >= xfs.size()) throw new NotStreamable("a cell format out of range");
        return add(original + "/" + severity, () -> {
            Xf base = xfs.get(original);
            Map<String, String> attributes = new LinkedHashMap<>(base.attributes());
            attributes.put("fillId", String.valueOf(fill(severity)));
            attributes.put("applyFill", "1");
            return new Xf(attributes, base.children());
        });
    }

    /** A plain format in the default font with the severity's fill (the list's "Mức độ" column). */
    int severity(String severity) {
        return add("list/" + severity, () -> plain(Map.of("fillId", String.valueOf(fill(severity)), "applyFill", "1"), List.of()));
    }

    int bold() {
        return add("list/bold", () -> {
            boldFont = true;
            return plain(Map.of("fontId", String.valueOf(fonts), "applyFont", "1"), List.of());
        });
    }

    int wrap() {
        return add("list/wrap", () -> plain(Map.of("applyAlignment", "1"),
                List.of(new Element("alignment", Map.of("wrapText", "1")))));
    }

    private static Xf plain(Map<String, String> set, List<Element> children) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String id : List.of("numFmtId", "fontId", "fillId", "borderId", "xfId")) attributes.put(id, "0");
        attributes.putAll(set);
        return new Xf(attributes, children);
    }

    private int add(String key, java.util.function.Supplier<Xf> xf) {
        return added.computeIfAbsent(key, k -> {
            addedXfs.add(xf.get());
            return xfs.size() + addedXfs.size() - 1;
        });
    }

    private int fill(String severity) {
        int index = addedFills.indexOf(severity);
        if (index < 0) {
            addedFills.add(severity);
            index = addedFills.size() - 1;
        }
        return fills + index;
    }

    /** Copies {@code styles.xml} (the reader on its root) with the added fonts, fills and formats. */
    byte[] write(XMLStreamReader2 in) throws XMLStreamException {
        XmlOut out = XmlOut.document();
        return out.rewrite(in, new XmlOut.Editor() {
            @Override
            public boolean start(XMLStreamReader2 in, int depth) throws XMLStreamException {
                if (depth != 2 || counted(in.getLocalName()) < 0) return false;
                out.startElement(in, Map.of("count", String.valueOf(counted(in.getLocalName()))), Set.of());
                return true;
            }

            @Override
            public void end(XMLStreamReader2 in, int depth) throws XMLStreamException {
                if (depth == 2) appendTo(in, out);
            }
        });
    }

    /** The new count of a section this patch adds to, or -1. */
    private int counted(String section) {
        return switch (section) {
            case "fonts" -> fonts + (boldFont ? 1 : 0);
            case "fills" -> fills + addedFills.size();
            case "cellXfs" -> xfs.size() + addedXfs.size();
            default -> -1;
        };
    }

    private void appendTo(XMLStreamReader2 section, XmlOut out) throws XMLStreamException {
        switch (section.getLocalName()) {
            case "fonts" -> {
                if (!boldFont) return;
                out.startChild(section, "font");
                empty(section, out, new Element("b", Map.of()));
                empty(section, out, new Element("sz", Map.of("val", "11")));
                empty(section, out, new Element("name", Map.of("val", "Calibri")));
                empty(section, out, new Element("family", Map.of("val", "2")));
                out.xml.writeEndElement();
            }
            case "fills" -> {
                for (String severity : addedFills) {
                    out.startChild(section, "fill");
                    out.startChild(section, "patternFill");
                    out.xml.writeAttribute("patternType", "solid");
                    empty(section, out, new Element("fgColor", Map.of("indexed", String.valueOf(Severities.fill(severity)))));
                    empty(section, out, new Element("bgColor", Map.of("indexed", "64")));
                    out.xml.writeEndElement();
                    out.xml.writeEndElement();
                }
            }
            case "cellXfs" -> {
                for (Xf xf : addedXfs) {
                    out.startChild(section, "xf");
                    for (Map.Entry<String, String> a : xf.attributes().entrySet()) out.xml.writeAttribute(a.getKey(), a.getValue());
                    for (Element child : xf.children()) empty(section, out, child);
                    out.xml.writeEndElement();
                }
            }
            default -> {
                // other sections are copied as they are
            }
        }
    }

    private static void empty(XMLStreamReader2 section, XmlOut out, Element element) throws XMLStreamException {
        out.startChild(section, element.name());
        for (Map.Entry<String, String> a : element.attributes().entrySet()) out.xml.writeAttribute(a.getKey(), a.getValue());
        out.xml.writeEndElement();
    }
}
