package vn.ntp.warehouse.extract.workbook;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The sheets listed in {@code workbook.xml}, in workbook order. */
final class WorkbookPart {

    /** A sheet entry: its name, visibility and relationship id. */
    record SheetEntry(String name, boolean hidden, String relationshipId) {
    }

    private WorkbookPart() {
    }

    static List<SheetEntry> read(XmlPart part) throws XMLStreamException {
        XMLStreamReader xml = part.xml;
        List<SheetEntry> sheets = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                String name = XmlPart.attribute(xml, "name");
                String state = XmlPart.attribute(xml, "state");
                boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
                sheets.add(new SheetEntry(name == null ? "" : name, hidden, XmlPart.attribute(xml, "id")));
            } else if (event == XMLStreamConstants.END_ELEMENT && "sheets".equals(xml.getLocalName())) {
                break;
            }
        }
        return sheets;
    }
}
