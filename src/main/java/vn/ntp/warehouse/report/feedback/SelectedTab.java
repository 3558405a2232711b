package vn.ntp.warehouse.report.feedback;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLStreamReader2;

/** Whether a worksheet is a selected tab: read up to its cells only (the views come first). */
final class SelectedTab {
    private SelectedTab() {
    }

    static Boolean of(XMLStreamReader2 in) throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (in.getLocalName().equals("sheetData")) return false;
            if (in.getLocalName().equals("sheetView")) {
                String selected = in.getAttributeValue(null, "tabSelected");
                if ("1".equals(selected) || "true".equals(selected)) return true;
            }
        }
        return false;
    }
}
