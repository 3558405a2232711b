package vn.ntp.warehouse.extract.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.ntp.warehouse.fixtures.ZipFiles;

/**
 * Writes a minimal .xlsx by hand, for what POI never writes: cells without {@code r}, phonetic runs,
 * DTDs, prefixed namespaces, zip bombs. The one sheet lives at {@code xl/data/first.xml} on purpose.
 */
final class HandMadeXlsx {
    static final String SHEET_PART = "xl/data/first.xml";
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    HandMadeXlsx(String sheetXml) {
        put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                </Types>""");
        put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="Biểu 01" sheetId="1" r:id="rId7"/></sheets></workbook>""");
        put("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="data/first.xml"/>
                <Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/strings.xml"/>
                </Relationships>""");
        put("xl/strings.xml", "<sst xmlns=\"" + MAIN_NS + "\"/>");
        put(SHEET_PART, sheetXml);
    }

    HandMadeXlsx sharedStrings(String xml) {
        return put("xl/strings.xml", xml);
    }

    HandMadeXlsx put(String name, String content) {
        parts.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    HandMadeXlsx put(String name, byte[] content) {
        parts.put(name, content);
        return this;
    }

    Path write(Path file) throws IOException {
        return ZipFiles.write(file, parts);
    }

    static String sheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN_NS + "\">"
                + "<sheetData>" + sheetData + "</sheetData></worksheet>";
    }
}
