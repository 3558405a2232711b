package vn.ntp.warehouse.messy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ntp.warehouse.fixtures.OdsFiles;

/**
 * Issue 14.3: the Phong Thổ Biểu 01 as other programs write it, and valid files of formats that are not
 * workbooks we read. Each is built from the real fixture workbook by rewriting its parts the way that
 * producer writes them; nothing here needs the producer installed.
 */
final class ForeignFiles {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final Pattern UNPREFIXED_TAG = Pattern.compile("<(/?)([A-Za-z][\\w.-]*)(?=[\\s/>])");

    /** Files holding the annex: read with the same figures as the .xlsx Excel writes. */
    static final Map<String, Writer> READ = new LinkedHashMap<>();
    /** Valid files of formats we do not read: refused as UNSUPPORTED_FORMAT (or HTML), never "damaged". */
    static final Map<String, Writer> REFUSED = new LinkedHashMap<>();

    @FunctionalInterface
    interface Writer {
        Path write(Path excel, Path dir) throws IOException;
    }

    private ForeignFiles() {
    }

    static Path excel(Path dir) throws IOException {
        return MessyCorpus.phongTho().writeXlsx(dir, "excel.xlsx");
    }

    static {
        READ.put("libreoffice.ods", (x, dir) -> OdsFiles.convert(x, dir.resolve("libreoffice.ods")));
        READ.put("excel-2003.xml.xls", (x, dir) -> vn.ntp.warehouse.fixtures.SpreadsheetMlFiles.convert(x, dir.resolve("excel-2003.xml.xls")));
        // .NET's Open XML SDK writes the main namespace with a prefix: <x:worksheet><x:sheetData><x:row>...
        READ.put("dotnet-prefixed.xlsx", (x, dir) -> ZipParts.rewriteXml(x, dir.resolve("dotnet-prefixed.xlsx"), xml -> {
            if (!xml.contains("xmlns=\"" + MAIN + "\"")) return xml;
            String prefixed = UNPREFIXED_TAG.matcher(xml).replaceAll(m -> m.group(2).equals("xml") ? m.group()
                    : "<" + m.group(1) + "x:" + m.group(2));
            return prefixed.replace("xmlns=\"" + MAIN + "\"", "xmlns:x=\"" + MAIN + "\"");
        }));
        // ISO 29500 strict: other namespaces and relationship types
        READ.put("strict.xlsx", (x, dir) -> ZipParts.rewriteXml(x, dir.resolve("strict.xlsx"), xml -> xml
                .replace(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships")
                .replace("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships/metadata/core-properties")));
        // macro-enabled: another content type and a VBA part, the sheets as in .xlsx
        READ.put("macros.xlsm", (x, dir) -> {
            LinkedHashMap<String, byte[]> parts = ZipParts.read(x);
            String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                    .replace("spreadsheetml.sheet.main+xml", "sheet.macroEnabled.main+xml")
                    .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
            parts.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
            parts.put("xl/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});
            return ZipParts.write(dir.resolve("macros.xlsm"), parts);
        });
        // exporters (Google Sheets' and many web/.NET exporters) that write inline strings and no cell references
        READ.put("inline-strings-no-refs.xlsx", (x, dir) -> {
            LinkedHashMap<String, byte[]> parts = ZipParts.read(x);
            java.util.List<String> strings = sharedStrings(new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                if (!part.getKey().startsWith("xl/worksheets/")) continue;
                String xml = new String(part.getValue(), StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("<c ([^>]*?)t=\"s\"([^>]*)><v>(\\d+)</v></c>").matcher(xml);
                xml = m.replaceAll(r -> Matcher.quoteReplacement("<c " + r.group(1) + "t=\"inlineStr\"" + r.group(2)
                        + "><is><t xml:space=\"preserve\">" + strings.get(Integer.parseInt(r.group(3))) + "</t></is></c>"));
                xml = withoutReferences(xml);
                part.setValue(xml.getBytes(StandardCharsets.UTF_8));
            }
            return ZipParts.write(dir.resolve("inline-strings-no-refs.xlsx"), parts);
        });

        REFUSED.put("binary.xlsb", (x, dir) -> ZipParts.write(dir.resolve("binary.xlsb"), Map.of(
                "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8),
                "_rels/.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                        + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/>"
                        + "</Relationships>").getBytes(StandardCharsets.UTF_8),
                "xl/workbook.bin", new byte[] {(byte) 0x83, 1, 0, (byte) 0x80, 1})));
        REFUSED.put("report.pdf.xlsx", (x, dir) -> Files.write(dir.resolve("report.pdf.xlsx"),
                "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)));
        REFUSED.put("photo.xlsx", (x, dir) -> Files.write(dir.resolve("photo.xlsx"),
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0}));
        REFUSED.put("letter.docx", (x, dir) -> ZipParts.write(dir.resolve("letter.docx"), Map.of(
                "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>".getBytes(StandardCharsets.UTF_8))));
        REFUSED.put("letter.odt", (x, dir) -> {
            Path odt = dir.resolve("letter.odt");
            OdsFiles.writeZip(odt, Map.of("content.xml", "<office:document-content/>"));
            LinkedHashMap<String, byte[]> parts = ZipParts.read(odt);
            parts.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            return ZipParts.write(odt, parts);
        });
        REFUSED.put("all-communes.zip.xlsx", (x, dir) -> ZipParts.write(dir.resolve("all-communes.zip.xlsx"),
                Map.of("xa-1.xlsx", Files.readAllBytes(x), "xa-2.xlsx", Files.readAllBytes(x))));
        REFUSED.put("budget.numbers", (x, dir) -> ZipParts.write(dir.resolve("budget.numbers"),
                Map.of("Index/Document.iwa", new byte[] {0, 1, 2}, "Metadata/Properties.plist", new byte[] {'b', 'p'})));
        REFUSED.put("flat.fods", (x, dir) -> Files.writeString(dir.resolve("flat.fods"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\"><office:body/></office:document>\n", StandardCharsets.UTF_8));
        REFUSED.put("web-page.xls", (x, dir) -> Files.writeString(dir.resolve("web-page.xls"),
                "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><body><table><tr><td>Biểu số 01/GNBV</td></tr>"
                        + "<tr><td>Dự án 1</td><td>9586</td></tr></table></body></html>", StandardCharsets.UTF_8));
    }

    /**
     * Drops the {@code r} of rows and cells, writing the empty rows and cells in between instead, as
     * writers that leave references out do (a reader then counts positions).
     */
    static String withoutReferences(String xml) {
        Matcher m = Pattern.compile("<row r=\"(\\d+)\"|<c r=\"([A-Z]+)\\d+\"").matcher(xml);
        StringBuilder out = new StringBuilder();
        int row = 0;
        int col = -1;
        while (m.find()) {
            StringBuilder replacement = new StringBuilder();
            if (m.group(1) != null) {
                int r = Integer.parseInt(m.group(1));
                while (++row < r) replacement.append("<row></row>");
                replacement.append("<row");
                col = -1;
            } else {
                int c = vn.ntp.warehouse.extract.workbook.CellAddress.parse(m.group(2) + "1")[1];
                while (++col < c) replacement.append("<c/>");
                replacement.append("<c");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static java.util.List<String> sharedStrings(String xml) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher si = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL).matcher(xml);
        while (si.find()) {
            StringBuilder text = new StringBuilder();
            Matcher t = Pattern.compile("<t[^>]*>(.*?)</t>", Pattern.DOTALL).matcher(si.group(1));
            while (t.find()) text.append(t.group(1));
            out.add(text.toString()); // still escaped XML text: written back as it was
        }
        return out;
    }
}
