package vn.ntp.warehouse.report.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLStreamReader2;

/**
 * {@code workbook.xml} with the list sheet put first: listed first in {@code <sheets>} (a new sheetId), the
 * active and first visible tab, and the sheet indexes of sheet-local defined names moved up by one.
 */
final class WorkbookXmlPatch {
    /** A sheet as the workbook lists it. */
    record Sheet(String name, String relationshipId) {
    }

    private WorkbookXmlPatch() {
    }

    /** The workbook's sheets, in order, and the highest sheetId (the reader on the root element). */
    static List<Sheet> sheets(XMLStreamReader2 in, int[] maxSheetId) throws XMLStreamException {
        if (!XmlOut.MAIN_NS.equals(in.getNamespaceURI())) throw new NotStreamable("not a transitional SpreadsheetML workbook");
        List<Sheet> sheets = new ArrayList<>();
        while (in.hasNext()) {
            int event = in.next();
            if (XmlOut.isStart(in, event, "sheet")) {
                String id = null;
                for (int i = 0; i < in.getAttributeCount(); i++) {
                    if ("id".equals(in.getAttributeLocalName(i)) && XmlOut.REL_NS.equals(in.getAttributeNamespace(i))) {
                        id = in.getAttributeValue(i);
                    }
                }
                String sheetId = in.getAttributeValue(null, "sheetId");
                maxSheetId[0] = Math.max(maxSheetId[0], sheetId == null ? 0 : Integer.parseInt(sheetId.trim()));
                sheets.add(new Sheet(in.getAttributeValue(null, "name"), id));
            } else if (XmlOut.isEnd(in, event, "sheets")) {
                return sheets;
            }
        }
        throw new NotStreamable("a workbook without sheets");
    }

    static byte[] write(XMLStreamReader2 in, String listName, int sheetId, String relationshipId) throws XMLStreamException {
        XmlOut out = XmlOut.document();
        return out.rewrite(in, (at, depth) -> {
            String name = at.getLocalName();
            if (name.equals("sheets")) {
                out.copy(at);
                out.startChild(at, "sheet");
                out.xml.writeAttribute("name", listName);
                out.xml.writeAttribute("sheetId", String.valueOf(sheetId));
                out.relationshipId(at, relationshipId);
                out.xml.writeEndElement();
                return true;
            }
            if (name.equals("workbookView")) {
                boolean first = at.getAttributeValue(null, "firstSheet") != null;
                out.startElement(at, first ? Map.of("activeTab", "0", "firstSheet", "0") : Map.of("activeTab", "0"), Set.of());
                return true;
            }
            String local = at.getAttributeValue(null, "localSheetId");
            if (name.equals("definedName") && local != null) {
                out.startElement(at, Map.of("localSheetId", String.valueOf(Integer.parseInt(local.trim()) + 1)), Set.of());
                return true;
            }
            return false;
        });
    }
}
