package vn.ntp.warehouse.extract.workbook;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ntp.warehouse.extract.workbook.SampleWorkbook.Format;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same workbook written as .xlsx and as .xls reads the same. */
class WorkbookReaderTest {
    @TempDir
    Path tmp;

    private final WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);

    private RecordingVisitor read(Format format) throws Exception {
        RecordingVisitor visitor = new RecordingVisitor();
        reader.read(SampleWorkbook.write(format, tmp), visitor);
        return visitor;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void numbersAreRawValuesWithTheirFormat(Format format) throws Exception {
        var sheet = read(format).sheet("Biểu 01");

        assertThat(sheet.cell("B2").kind()).isEqualTo(CellKind.NUMBER);
        assertThat(sheet.cell("B2").number()).isEqualTo(10_618.0);
        assertThat(sheet.cell("C2").number()).isEqualTo(727_563.68);
        assertThat(sheet.cell("C2").style().numFmt()).isEqualTo("#,##0");
        assertThat(sheet.cell("C2").formula()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void textCellsComeWithTheirFontAndBoldness(Format format) throws Exception {
        var sheet = read(format).sheet("Biểu 01");

        Cell title = sheet.cell("A1");
        assertThat(title.kind()).isEqualTo(CellKind.TEXT);
        assertThat(title.text()).isEqualTo("KẾT QUẢ PHÂN BỔ VỐN NĂM 2024");
        assertThat(title.style().fontName()).isEqualTo("Times New Roman");
        assertThat(title.style().bold()).isTrue();
        assertThat(sheet.cell("A2").text()).isEqualTo("Dự án 1");
        assertThat(sheet.cell("A2").style().bold()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void richTextReportsItsFirstRunFont(Format format) throws Exception {
        Cell legacy = read(format).sheet("Biểu 01").cell("A5");

        assertThat(legacy.text()).isEqualTo("Dù ¸n 1 (Dự án 1)");
        assertThat(legacy.style().fontName()).isEqualTo(".VnTime");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void formulasCarryTheirCachedResults(Format format) throws Exception {
        var sheet = read(format).sheet("Biểu 01");

        assertThat(sheet.cell("D2")).extracting(Cell::kind, Cell::number, Cell::formula)
                .containsExactly(CellKind.NUMBER, 21_236.0, true);
        assertThat(sheet.cell("H2")).extracting(Cell::kind, Cell::text, Cell::formula)
                .containsExactly(CellKind.TEXT, "Tiểu dự án", true);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void cachedErrorsAreErrorsNotZeros(Format format) throws Exception {
        var sheet = read(format).sheet("Biểu 01");

        assertThat(sheet.cell("E2")).extracting(Cell::kind, Cell::text, Cell::formula)
                .containsExactly(CellKind.ERROR, "#DIV/0!", true);
        assertThat(sheet.cell("F2")).extracting(Cell::kind, Cell::text, Cell::formula)
                .containsExactly(CellKind.ERROR, "#REF!", true);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void booleansAndStyledBlanks(Format format) throws Exception {
        var sheet = read(format).sheet("Biểu 01");

        assertThat(sheet.cell("G2")).extracting(Cell::kind, Cell::number).containsExactly(CellKind.BOOLEAN, 1.0);
        assertThat(sheet.cell("B5").kind()).isEqualTo(CellKind.BLANK);
        assertThat(sheet.cell("B5").style().bold()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rowsKeepTheirIndexesAndHiddenFlags(Format format) throws Exception {
        var sheet = read(format).sheet("Biểu 01");

        assertThat(sheet.rows.keySet()).containsExactly(0, 1, 2, 4);
        assertThat(sheet.rows.get(2).hidden()).isTrue();
        assertThat(sheet.rows.get(2).cells().get(0).text()).isEqualTo("dòng ẩn");
        assertThat(sheet.rows.get(1).hidden()).isFalse();
        assertThat(sheet.rows.get(1).cells()).extracting(Cell::col).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void hiddenColumnsAndMergedRegions(Format format) throws Exception {
        var sheet = read(format).sheet("Biểu 01");

        assertThat(sheet.info.hiddenColumns()).containsExactly(3);
        assertThat(sheet.mergedRegions).containsExactlyInAnyOrder(new CellRange(0, 0, 0, 5), new CellRange(6, 1, 7, 2));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void sheetsInWorkbookOrderWithTheirVisibility(Format format) throws Exception {
        var visitor = read(format);

        assertThat(visitor.sheets).extracting(s -> s.info.index(), s -> s.info.name(), s -> s.info.hidden())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "Biểu 01", false),
                        org.assertj.core.groups.Tuple.tuple(1, "Ẩn", true),
                        org.assertj.core.groups.Tuple.tuple(2, "Rất ẩn", true));
        assertThat(visitor.sheet("Rất ẩn").cell("A1").number()).isEqualTo(2.0);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theVisitorsOwnFailureReachesTheCallerUnchanged(Format format) throws Exception {
        Path file = SampleWorkbook.write(format, tmp);
        IllegalStateException failure = new IllegalStateException("consumer failed");
        SheetVisitor failing = (row, hidden, cells) -> {
            throw failure;
        };

        assertThatThrownBy(() -> reader.read(file, failing)).isSameAs(failure);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aDeclinedSheetIsNotParsed(Format format) throws Exception {
        RecordingVisitor visitor = new RecordingVisitor(info -> !info.hidden());
        reader.read(SampleWorkbook.write(format, tmp), visitor);

        assertThat(visitor.sheet("Biểu 01").rows).isNotEmpty();
        assertThat(visitor.sheet("Ẩn").rows).isEmpty();
        assertThat(visitor.sheet("Ẩn").mergedRegions).isNull();
    }
}
