package vn.ntp.warehouse.messy;

import static vn.ntp.warehouse.lake.LakeRows.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.fixtures.OdsFiles;
import vn.ntp.warehouse.extract.Figure;

/**
 * Issue 14.2: an OpenDocument spreadsheet (.ods, as LibreOffice saves it) is read as its .xlsx/.xls twin
 * is: every workbook of the messy corpus and of the sample inbox, written again as .ods (merged headers
 * as spans and covered cells, hidden rows and columns, hidden sheets, TCVN3 fonts, cached formula errors,
 * figures typed as text, dates, repeated cells, LibreOffice's million padding rows), gives the same
 * identity, the same figures with the same sheet and cell, and the same findings.
 */
class OpenDocumentTest {
    /** Files that are not workbooks to convert (they test refusals). */
    private static final Set<String> NOT_CONVERTIBLE = Set.of("password.xlsx", "password.xls", "corrupt.xlsx",
            "zip-bomb.xlsx", "xxe.xlsx", "html-as.xlsx", "csv-as.xlsx");

    @TempDir
    Path dir;

    static Stream<String> corpus() {
        return MessyCorpus.ALL.keySet().stream().filter(n -> !NOT_CONVERTIBLE.contains(n));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void anOdsIsReadAsItsExcelTwin(String name) throws Exception {
        Path excel = MessyCorpus.write(name, dir);
        Path ods = OdsFiles.convert(excel, dir.resolve(name.replaceAll("\\.xlsx?$", "") + ".ods"));
        assertSameExtraction(Pipeline.extract(excel), Pipeline.extract(ods));
    }

    /** Issue 14.3: Excel 2003's XML Spreadsheet (often sent as .xls) is read as its Excel twin too. */
    @ParameterizedTest
    @MethodSource("corpus")
    void anExcel2003XmlSpreadsheetIsReadAsItsExcelTwin(String name) throws Exception {
        Path excel = MessyCorpus.write(name, dir);
        Path xml = vn.ntp.warehouse.fixtures.SpreadsheetMlFiles.convert(excel, dir.resolve(name.replaceAll("\\.xlsx?$", "") + "-2003.xml.xls"));
        assertSameExtraction(Pipeline.extract(excel), Pipeline.extract(xml));
    }

    @Test
    void theSampleInboxAsOdsIsReadAsItIs() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("jobs", "sample-inbox"))) {
            for (Path excel : files.filter(f -> f.toString().matches(".*\\.xlsx?$")).sorted().toList()) {
                Path ods = OdsFiles.convert(excel, dir.resolve(excel.getFileName() + ".ods"));
                ExtractedAnnex expected = Pipeline.extract(excel);
                assertThat(expected.rejected()).as(excel.toString()).isFalse();
                assertThat(expected.factRows()).as(excel.toString()).isPositive();
                assertSameExtraction(expected, Pipeline.extract(ods));
            }
        }
    }

    @Test
    void figuresAndFindingsKeepTheirSheetAndCell() throws Exception {
        Path ods = OdsFiles.convert(MessyCorpus.write("hidden-rows-columns.xlsx", dir), dir.resolve("hidden.ods"));
        ExtractedAnnex annex = Pipeline.extract(ods);
        assertThat(Pipeline.leaves(annex)).isEqualTo(Pipeline.expectedLeaves(MessyCorpus.phongTho(), "Biểu 01"));
        assertThat(Pipeline.value(annex, "Biểu 01", "G15")).isEqualByComparingTo("303");    // hidden row, hidden column
        assertThat(Pipeline.value(annex, "Biểu 01", "F14")).isEqualByComparingTo("4250.5"); // hidden column

        ExtractedAnnex errors = Pipeline.extract(OdsFiles.convert(MessyCorpus.write("cached-errors.xlsx", dir), dir.resolve("errors.ods")));
        assertThat(Pipeline.rules(errors)).contains("CELL_ERROR");
        assertThat(Pipeline.findings(errors)).filteredOn(f -> f.startsWith("CELL_ERROR"))
                .as("a cached error over LibreOffice's stored 0 is an error, never a zero")
                .isNotEmpty().allMatch(f -> f.matches("CELL_ERROR Biểu 01!\\w+\\d+ #.*"));
    }

    static void assertSameExtraction(ExtractedAnnex expected, ExtractedAnnex actual) {
        assertThat(actual.rejected()).as(String.valueOf(actual.reason())).isEqualTo(expected.rejected());
        assertThat(actual.reasonCode()).isEqualTo(expected.reasonCode());
        assertThat(actual.identity()).isEqualTo(expected.identity());
        assertThat(actual.figures()).isEqualTo(expected.figures());
        assertThat(actual.findings()).isEqualTo(expected.findings());
        assertThat(actual.sheetsRead()).isEqualTo(expected.sheetsRead());
        assertThat(actual.factRows()).isEqualTo(expected.factRows());
        assertThat(actual.savedAtEpochMs()).as("when the sender saved it").isEqualTo(expected.savedAtEpochMs());
    }
}
