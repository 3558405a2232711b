package vn.ntp.warehouse.report.feedback;

import java.util.Map;
import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.util.CellReference;

/**
 * The two parts that hold a sheet's comments: {@code commentsN.xml} (the texts, by cell) and the VML drawing
 * Excel shows them with (one hidden note per cell, anchored as POI anchors them: one column right of the cell,
 * four columns wide, four rows high).
 */
final class CommentParts {
    private static final String VML_NS = "urn:schemas-microsoft-com:vml";
    private static final String OFFICE_NS = "urn:schemas-microsoft-com:office:office";
    private static final String EXCEL_NS = "urn:schemas-microsoft-com:office:excel";

    private CommentParts() {
    }

    static byte[] comments(Map<String, CellMarks.Mark> marks) throws XMLStreamException {
        XmlOut out = XmlOut.spreadsheetPart("comments");
        var xml = out.xml;
        xml.writeStartElement("authors");
        xml.writeStartElement("author");
        xml.writeCharacters(PoiFeedback.AUTHOR);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("commentList");
        for (Map.Entry<String, CellMarks.Mark> e : marks.entrySet()) {
            xml.writeStartElement("comment");
            xml.writeAttribute("ref", plain(e.getKey()).formatAsString());
            xml.writeAttribute("authorId", "0");
            xml.writeStartElement("text");
            xml.writeStartElement("t");
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            out.text(e.getValue().comment());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        return out.finish();
    }

    /**
     * @param drawing the drawing's number in the workbook (1, 2, ...): VML shape ids are unique per workbook,
     *                1024 to a drawing
     */
    static byte[] vml(Map<String, CellMarks.Mark> marks, int drawing) throws XMLStreamException {
        XmlOut out = XmlOut.document();
        var xml = out.xml;
        xml.writeStartElement("xml");
        xml.writeNamespace("v", VML_NS);
        xml.writeNamespace("o", OFFICE_NS);
        xml.writeNamespace("x", EXCEL_NS);
        xml.writeStartElement("o", "shapelayout", OFFICE_NS);
        xml.writeAttribute("v", VML_NS, "ext", "edit");
        xml.writeEmptyElement("o", "idmap", OFFICE_NS);
        xml.writeAttribute("v", VML_NS, "ext", "edit");
        xml.writeAttribute("data", String.valueOf(drawing));
        xml.writeEndElement();
        xml.writeStartElement("v", "shapetype", VML_NS);
        xml.writeAttribute("id", "_x0000_t202");
        xml.writeAttribute("coordsize", "21600,21600");
        xml.writeAttribute("o", OFFICE_NS, "spt", "202");
        xml.writeAttribute("path", "m,l,21600r21600,l21600,xe");
        xml.writeEmptyElement("v", "stroke", VML_NS);
        xml.writeAttribute("joinstyle", "miter");
        xml.writeEmptyElement("v", "path", VML_NS);
        xml.writeAttribute("gradientshapeok", "t");
        xml.writeAttribute("o", OFFICE_NS, "connecttype", "rect");
        xml.writeEndElement();
        int shape = drawing * 1024 + 1;
        for (String ref : marks.keySet()) {
            CellReference cell = plain(ref);
            int row = cell.getRow();
            int col = cell.getCol();
            xml.writeStartElement("v", "shape", VML_NS);
            xml.writeAttribute("id", "_x0000_s" + shape++);
            xml.writeAttribute("type", "#_x0000_t202");
            xml.writeAttribute("style", "position:absolute; visibility:hidden");
            xml.writeAttribute("fillcolor", "#ffffe1");
            xml.writeAttribute("o", OFFICE_NS, "insetmode", "auto");
            xml.writeEmptyElement("v", "fill", VML_NS);
            xml.writeAttribute("color", "#ffffe1");
            xml.writeEmptyElement("v", "shadow", VML_NS);
            xml.writeAttribute("on", "t");
            xml.writeAttribute("color", "black");
            xml.writeAttribute("obscured", "t");
            xml.writeEmptyElement("v", "path", VML_NS);
            xml.writeAttribute("o", OFFICE_NS, "connecttype", "none");
            xml.writeEmptyElement("v", "textbox", VML_NS);
            xml.writeAttribute("style", "mso-direction-alt:auto");
            xml.writeStartElement("x", "ClientData", EXCEL_NS);
            xml.writeAttribute("ObjectType", "Note");
            xml.writeEmptyElement("x", "MoveWithCells", EXCEL_NS);
            xml.writeEmptyElement("x", "SizeWithCells", EXCEL_NS);
            element(out, "Anchor", (col + 1) + ", 0, " + row + ", 0, " + (col + 5) + ", 0, " + (row + 4) + ", 0");
            element(out, "AutoFill", "False");
            element(out, "Row", String.valueOf(row));
            element(out, "Column", String.valueOf(col));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        return out.finish();
    }

    private static void element(XmlOut out, String name, String text) throws XMLStreamException {
        out.xml.writeStartElement("x", name, EXCEL_NS);
        out.xml.writeCharacters(text);
        out.xml.writeEndElement();
    }

    /** The reference without $ signs. */
    static CellReference plain(String ref) {
        CellReference cell = new CellReference(ref);
        return new CellReference(cell.getRow(), cell.getCol());
    }
}
