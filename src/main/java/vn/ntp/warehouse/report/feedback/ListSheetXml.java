package vn.ntp.warehouse.report.feedback;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.util.CellReference;

/**
 * The list sheet as a worksheet part: inline strings (the sender's shared strings stay as they are), the
 * selected tab, the column widths, and a link from each finding's "Vị trí" cell to the cell it names.
 */
final class ListSheetXml {
    private ListSheetXml() {
    }

    static byte[] write(FindingList list, StylesPatch styles) throws XMLStreamException {
        XmlOut out = XmlOut.spreadsheetPart("worksheet");
        var xml = out.xml;
        xml.writeStartElement("sheetViews");
        xml.writeEmptyElement("sheetView");
        xml.writeAttribute("tabSelected", "1");
        xml.writeAttribute("workbookViewId", "0");
        xml.writeEndElement();
        xml.writeStartElement("cols");
        for (int c = 0; c < FindingList.WIDTHS.length; c++) {
            xml.writeEmptyElement("col");
            xml.writeAttribute("min", String.valueOf(c + 1));
            xml.writeAttribute("max", String.valueOf(c + 1));
            xml.writeAttribute("width", String.valueOf(FindingList.WIDTHS[c]));
            xml.writeAttribute("customWidth", "1");
        }
        xml.writeEndElement();
        xml.writeStartElement("sheetData");
        List<String[]> links = new ArrayList<>();
        for (FindingList.Row row : list.rows()) {
            xml.writeStartElement("row");
            xml.writeAttribute("r", String.valueOf(row.index() + 1));
            for (FindingList.Cell cell : row.cells()) {
                String ref = new CellReference(row.index(), cell.column()).formatAsString();
                if (cell.link() != null) links.add(new String[] {ref, cell.link()});
                cell(out, ref, cell, styles);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        if (!links.isEmpty()) {
            xml.writeStartElement("hyperlinks");
            for (String[] link : links) {
                xml.writeEmptyElement("hyperlink");
                xml.writeAttribute("ref", link[0]);
                xml.writeAttribute("location", link[1]);
            }
            xml.writeEndElement();
        }
        xml.writeEmptyElement("pageMargins");
        xml.writeAttribute("left", "0.7");
        xml.writeAttribute("right", "0.7");
        xml.writeAttribute("top", "0.75");
        xml.writeAttribute("bottom", "0.75");
        xml.writeAttribute("header", "0.3");
        xml.writeAttribute("footer", "0.3");
        xml.writeEndElement();
        return out.finish();
    }

    private static void cell(XmlOut out, String ref, FindingList.Cell cell, StylesPatch styles) throws XMLStreamException {
        var xml = out.xml;
        xml.writeStartElement("c");
        xml.writeAttribute("r", ref);
        int style = switch (cell.look()) {
            case PLAIN -> 0;
            case BOLD -> styles.bold();
            case WRAP -> styles.wrap();
            case SEVERITY -> styles.severity(cell.severity());
        };
        if (style != 0) xml.writeAttribute("s", String.valueOf(style));
        if (cell.number() != null) {
            xml.writeStartElement("v");
            xml.writeCharacters(String.valueOf(cell.number()));
            xml.writeEndElement();
        } else if (cell.text() != null) {
            xml.writeAttribute("t", "inlineStr");
            xml.writeStartElement("is");
            xml.writeStartElement("t");
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            out.text(cell.text());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
