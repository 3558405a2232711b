package vn.ntp.warehouse.extract.workbook;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What only .xlsx files do: inline strings, cells without references, phonetic runs, escapes. */
class XlsxDetailsTest {
    @TempDir
    Path tmp;

    private final WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);

    private RecordingVisitor read(Path file) throws Exception {
        RecordingVisitor visitor = new RecordingVisitor();
        reader.read(file, visitor);
        return visitor;
    }

    @Test
    void inlineStringsFromTheStreamingWriter() throws Exception {
        Path file = tmp.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var row = wb.createSheet("Biểu 02").createRow(3);
            row.createCell(0).setCellValue("Xã Mường So");
            row.createCell(2).setCellValue(5_000_000);
            wb.write(out);
        }

        var sheet = read(file).sheet("Biểu 02");

        assertThat(sheet.cell("A4")).extracting(Cell::kind, Cell::text).containsExactly(CellKind.TEXT, "Xã Mường So");
        assertThat(sheet.cell("C4").number()).isEqualTo(5_000_000.0);
    }

    @Test
    void aFormulaWithoutCachedValueIsABlankFormulaCell() throws Exception {
        Path file = tmp.resolve("uncached.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("S").createRow(0).createCell(0).setCellFormula("SUM(B1:B9)");
            wb.write(out);
        }

        Cell cell = read(file).sheet("S").cell("A1");

        assertThat(cell).extracting(Cell::kind, Cell::formula).containsExactly(CellKind.BLANK, true);
    }

    @Test
    void cellsWithoutReferencesAreCountedFromTheLeft() throws Exception {
        Path file = new HandMadeXlsx(HandMadeXlsx.sheet("""
                <row r="2"><c><v>1</v></c><c t="s"><v>0</v></c><c r="E2"><v>5</v></c><c><v>6.25</v></c></row>
                <row><c t="inlineStr"><is><t>next row</t></is></c></row>"""))
                .sharedStrings("<sst xmlns=\"" + HandMadeXlsx.MAIN_NS + "\"><si><t>một</t></si></sst>")
                .write(tmp.resolve("no-refs.xlsx"));

        var sheet = read(file).sheet("Biểu 01");

        assertThat(sheet.rows.get(1).cells()).extracting(Cell::col, Cell::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, CellKind.NUMBER),
                        org.assertj.core.groups.Tuple.tuple(1, CellKind.TEXT),
                        org.assertj.core.groups.Tuple.tuple(4, CellKind.NUMBER),
                        org.assertj.core.groups.Tuple.tuple(5, CellKind.NUMBER));
        assertThat(sheet.cell("B2").text()).isEqualTo("một");
        assertThat(sheet.cell("F2").number()).isEqualTo(6.25);
        assertThat(sheet.cell("A3").text()).isEqualTo("next row");
    }

    @Test
    void richSharedStringsJoinTheirRunsAndDropPhoneticRuns() throws Exception {
        Path file = new HandMadeXlsx(HandMadeXlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"))
                .sharedStrings("<sst xmlns=\"" + HandMadeXlsx.MAIN_NS + "\" uniqueCount=\"2\">"
                        + "<si><r><rPr><b/><rFont val=\".VnTime\"/></rPr><t xml:space=\"preserve\">Dù ¸n </t></r>"
                        + "<r><rPr><rFont val=\"Arial\"/></rPr><t>1</t></r><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si>"
                        + "<si><t>line_x000D_break</t></si><si><t>Vốn &amp; nguồn &#7840; &lt;1&gt;</t></si></sst>")
                .write(tmp.resolve("rich.xlsx"));

        var sheet = read(file).sheet("Biểu 01");

        assertThat(sheet.cell("A1").text()).isEqualTo("Dù ¸n 1");
        assertThat(sheet.cell("A1").style().fontName()).isEqualTo(".VnTime");
        assertThat(sheet.cell("B1").text()).isEqualTo("line\rbreak");
        assertThat(sheet.cell("B1").style()).isEqualTo(CellStyle.NONE);
        assertThat(sheet.cell("C1").text()).isEqualTo("Vốn & nguồn Ạ <1>");
    }

    @Test
    void prefixedNamespacesColumnsAndMergesFromAHandMadeSheet() throws Exception {
        String ns = HandMadeXlsx.MAIN_NS;
        Path file = new HandMadeXlsx("<x:worksheet xmlns:x=\"" + ns + "\"><x:cols><x:col min=\"2\" max=\"3\" hidden=\"1\"/>"
                + "<x:col min=\"20\" max=\"16384\" hidden=\"1\"/><x:col min=\"4\" max=\"4\" width=\"9\"/></x:cols>"
                + "<x:sheetData><x:row r=\"7\" hidden=\"1\"><x:c r=\"AA7\" t=\"b\"><x:v>0</x:v></x:c>"
                + "<x:c r=\"AB7\" t=\"e\"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>"
                + "<x:c r=\"AC7\" t=\"str\"><x:f>A1</x:f><x:v>văn bản</x:v></x:c></x:row></x:sheetData>"
                + "<x:mergeCells count=\"2\"><x:mergeCell ref=\"A1:C2\"/><x:mergeCell ref=\"D4\"/></x:mergeCells></x:worksheet>")
                .write(tmp.resolve("prefixed.xlsx"));

        var sheet = read(file).sheet("Biểu 01");

        assertThat(sheet.info.hiddenColumns()).hasSize(2 + 16_384 - 19).contains(1, 2, 19, 16_383).doesNotContain(0, 3, 18);
        assertThat(sheet.rows.get(6).hidden()).isTrue();
        assertThat(sheet.cell("AA7")).extracting(Cell::kind, Cell::number, Cell::text)
                .containsExactly(CellKind.BOOLEAN, 0.0, "FALSE");
        assertThat(sheet.cell("AB7")).extracting(Cell::kind, Cell::text, Cell::formula)
                .containsExactly(CellKind.ERROR, "#DIV/0!", true);
        assertThat(sheet.cell("AC7").text()).isEqualTo("văn bản");
        assertThat(sheet.mergedRegions).containsExactly(new CellRange(0, 0, 1, 2), new CellRange(3, 3, 3, 3));
    }

    @Test
    void numbersParseExactly() throws Exception {
        String[] texts = {"0", "-12", "727563.68", "727563.68000000005", "1.5E-3", "12345678901234567890", "0.1", "-0.000001",
            "1.2345678E7", "4.9E-324", "1e5", "-0"};
        StringBuilder cells = new StringBuilder("<row r=\"1\">");
        for (String text : texts) cells.append("<c><v>").append(text).append("</v></c>");
        Path file = new HandMadeXlsx(HandMadeXlsx.sheet(cells + "</row>")).write(tmp.resolve("numbers.xlsx"));

        var row = read(file).sheet("Biểu 01").rows.get(0);

        for (int i = 0; i < texts.length; i++) {
            assertThat(row.cells().get(i).number()).as(texts[i]).isEqualTo(Double.parseDouble(texts[i]));
        }
    }
}
