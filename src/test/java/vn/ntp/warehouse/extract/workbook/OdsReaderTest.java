package vn.ntp.warehouse.extract.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.extract.workbook.UnreadableWorkbookException.Reason;
import vn.ntp.warehouse.fixtures.OdsFiles;

/** The .ods reader on hand-written content.xml: repeats, spans, hidden things, value types, and its bounds. */
class OdsReaderTest {
    private static final String NS = OdsFiles.NS;

    @TempDir
    Path tmp;

    private static String content(String styles, String tables) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NS + "><office:automatic-styles>" + styles
                + "</office:automatic-styles><office:body><office:spreadsheet>" + tables
                + "</office:spreadsheet></office:body></office:document-content>";
    }

    private RecordingVisitor read(String contentXml) throws Exception {
        Path file = OdsFiles.write(tmp.resolve("t.ods"), contentXml, "2024-07-01T08:00:00");
        RecordingVisitor visitor = new RecordingVisitor();
        new WorkbookReader(ReadLimits.DEFAULT).read(file, visitor);
        return visitor;
    }

    @Test
    void repeatsSpansHiddenRowsColumnsAndSheets() throws Exception {
        String styles = "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>"
                + "<number:percentage-style style:name=\"P1\"><number:number number:decimal-places=\"1\"/><number:text>%</number:text></number:percentage-style>"
                + "<style:style style:name=\"ceB\" style:family=\"table-cell\"><style:text-properties style:font-name=\".VnTime\" fo:font-weight=\"bold\"/></style:style>"
                + "<style:style style:name=\"ceP\" style:family=\"table-cell\" style:data-style-name=\"P1\"/>";
        String sheet = "<table:table table:name=\"Biểu 01\">"
                + "<table:table-column table:number-columns-repeated=\"2\"/><table:table-column table:visibility=\"collapse\"/>"
                + "<table:table-column table:number-columns-repeated=\"1021\"/>"
                + "<table:table-row><table:table-cell table:number-columns-spanned=\"3\" table:number-rows-spanned=\"2\" table:style-name=\"ceB\" office:value-type=\"string\"><text:p>Nguån vèn</text:p></table:table-cell>"
                + "<table:covered-table-cell table:number-columns-repeated=\"2\"/></table:table-row>"
                + "<table:table-row><table:covered-table-cell table:number-columns-repeated=\"3\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\" table:visibility=\"collapse\">"
                + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\" office:value=\"1234.5\"><text:p>1.234,5</text:p></table:table-cell>"
                + "<table:table-cell table:style-name=\"ceP\" office:value-type=\"percentage\" office:value=\"0.125\"><text:p>12,5%</text:p></table:table-cell>"
                + "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"float\" office:value=\"0\" calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-07-01\"><text:p>01/07/2024</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"string\"><text:p>Dự án  <text:s text:c=\"2\"/>1</text:p><text:p>dòng 2</text:p>"
                + "<office:annotation><text:p>ghi chú</text:p></office:annotation></table:table-cell>"
                + "</table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
                + "</table:table>"
                + "<table:table table:name=\"Ẩn\" table:style-name=\"ta2\"><table:table-column/><table:table-row><table:table-cell office:value-type=\"float\" office:value=\"7\"/></table:table-row></table:table>";

        RecordingVisitor v = read(content(styles, sheet));

        assertThat(v.sheets).hasSize(2);
        RecordingVisitor.Sheet first = v.sheets.get(0);
        assertThat(first.info.name()).isEqualTo("Biểu 01");
        assertThat(first.info.hidden()).isFalse();
        assertThat(first.info.hiddenColumns()).containsExactly(2);
        assertThat(v.sheets.get(1).info.hidden()).isTrue();
        assertThat(first.mergedRegions).containsExactly(new CellRange(0, 0, 1, 2));
        assertThat(first.cell("A1").text()).isEqualTo("Nguån vèn");
        assertThat(first.cell("A1").style().fontName()).isEqualTo(".VnTime");
        assertThat(first.cell("A1").style().bold()).isTrue();
        // rows 3-5 empty (repeated), rows 6 and 7 the same repeated row, hidden
        assertThat(first.rows.keySet()).containsExactly(0, 5, 6);
        for (String r : new String[] {"6", "7"}) {
            assertThat(first.rows.get(Integer.parseInt(r) - 1).hidden()).isTrue();
            assertThat(first.cell("A" + r).number()).isEqualTo(1234.5);
            assertThat(first.cell("B" + r).number()).isEqualTo(1234.5);
            assertThat(first.cell("C" + r).number()).isEqualTo(0.125);
            assertThat(first.cell("C" + r).style().isPercentFormat()).isTrue();
            assertThat(first.cell("C" + r).style().numFmt()).isEqualTo("0.0%");
            assertThat(first.cell("D" + r).kind()).as("a cached error, not its stored 0").isEqualTo(CellKind.ERROR);
            assertThat(first.cell("D" + r).text()).isEqualTo("#DIV/0!");
            assertThat(first.cell("D" + r).formula()).isTrue();
            assertThat(first.cell("E" + r).number()).isEqualTo(45474.0); // 1 July 2024 as Excel's serial day
            assertThat(first.cell("E" + r).style().isDateFormat()).isTrue();
            assertThat(first.cell("F" + r).text()).isEqualTo("Dự án    1\ndòng 2");
            assertThat(first.cell("F" + r).ref()).isEqualTo("F" + r);
        }
    }

    @Test
    void giantRepeatsOfValuesAreRefusedNotExpanded() throws Exception {
        String bomb = "<table:table table:name=\"S\"><table:table-row table:number-rows-repeated=\"1000000\">"
                + "<table:table-cell table:number-columns-repeated=\"1024\" office:value-type=\"float\" office:value=\"1\"/>"
                + "</table:table-row></table:table>";
        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class, () -> read(content("", bomb)));
        assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
        assertThat(RefusalText.vi(e)).contains("nghi là tệp độc hại");
    }

    @Test
    void anEncryptedOdsIsRefusedAsPasswordProtected() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data manifest:checksum=\"x\"/>"
                + "</manifest:file-entry></manifest:manifest>");
        parts.put("content.xml", "not xml: encrypted bytes");
        Path file = tmp.resolve("secret.ods");
        OdsFiles.writeZip(file, parts);
        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> new WorkbookReader(ReadLimits.DEFAULT).read(file, new RecordingVisitor()));
        assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void anOdsWithoutContentIsDamaged() throws Exception {
        Path file = tmp.resolve("empty.ods");
        OdsFiles.writeZip(file, Map.of("META-INF/manifest.xml", "<m/>"));
        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> new WorkbookReader(ReadLimits.DEFAULT).read(file, new RecordingVisitor()));
        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(RefusalText.vi(e)).contains("content.xml");
    }
}
