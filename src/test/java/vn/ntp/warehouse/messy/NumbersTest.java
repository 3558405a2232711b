package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.extract.Figure;

/** Issue 5, item 3: numbers as people type them; errors and dates are findings, never zeros. */
class NumbersTest {
    @TempDir
    Path dir;

    @Test
    void vietnameseTextNumbersAreReadExactly() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("typed-numbers.xlsx", dir));

        assertThat(Pipeline.value(annex, "Biểu 01", "D14")).isEqualByComparingTo("85417");      // "85.417"
        assertThat(Pipeline.value(annex, "Biểu 01", "F14")).isEqualByComparingTo("4250.5");     // "4.250,5"
        assertThat(Pipeline.value(annex, "Biểu 01", "K14")).isEqualByComparingTo("2130.25");    // "2.130,25" + NBSP
        assertThat(Pipeline.value(annex, "Biểu 01", "E16")).isEqualByComparingTo("12391");      // "12 391" with NBSP
        assertThat(Pipeline.value(annex, "Biểu 01", "H16")).isEqualByComparingTo("500");        // " 500 "
        assertThat(Pipeline.value(annex, "Biểu 01", "M16")).isEqualByComparingTo("0");          // "-"
        assertThat(Pipeline.value(annex, "Biểu 01", "G15")).isEqualByComparingTo("-303");       // "(303)"
        assertThat(Pipeline.value(annex, "Biểu 01", "O16")).isEqualByComparingTo("30");         // "30,00%"
        assertThat(Pipeline.row(annex, "Biểu 01", "F14").originalText()).isEqualTo("4.250,5");
        // what the typed texts say that the figures do not: the negative, the stated rates, and the sums above (G15);
        // O13's "5,62%" is written to two decimals, so 5,66 recomputed (with G15 negative) is 0,04 away: a finding
        assertThat(annex.findings()).extracting(Finding::ruleCode, Finding::cellRef, Finding::expected, Finding::actual)
                .containsExactly(
                        tuple("SUM_CHILDREN", "G13", "-303", "303"),
                        tuple("STATED_PCT", "O13", "5.66", "5.62"),
                        tuple("SUM_TOTAL_ROW", "C15", "2727", "3333"),
                        tuple("NEGATIVE_VALUE", "G15", "", "-303"),
                        tuple("STATED_PCT", "O15", "33.33", "27.27"),
                        tuple("STATED_PCT", "O16", "28.83", "30"),
                        tuple("SUM_CHILDREN", "G12", "-303", "303"),
                        tuple("SUM_TOTAL_ROW", "G11", "-303", "303"));
    }

    @Test
    void aCommuneTypesItsDongFiguresWithThousandDots() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("typed-numbers-dong.xlsx", dir));

        String cell = MessyCorpus.commune().cellRef("A", "2", vn.ntp.warehouse.fixtures.Measure.ALLOCATED,
                vn.ntp.warehouse.fixtures.Source.NSTW_SN);
        Figure row = Pipeline.row(annex, "Biểu 01", cell);
        assertThat(row.originalText()).isEqualTo("45.632.742.000");
        assertThat(row.originalUnit()).isEqualTo("Đồng");
        assertThat(row.value()).isEqualByComparingTo("45632.742");
        assertThat(annex.findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"formulas.xlsx", "formulas.xls"})
    void formulasGiveTheirCachedValues(String name) throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write(name, dir));

        assertThat(Pipeline.leaves(annex)).isEqualTo(Pipeline.expectedLeaves(MessyCorpus.builder(name), "Biểu 01"));
        assertThat(Pipeline.value(annex, "Biểu 01", "E13")).isEqualByComparingTo("9686"); // =E14+E15
        assertThat(annex.findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cached-errors.xlsx", "cached-errors.xls"})
    void cachedFormulaErrorsAreCellErrorsAndNeverZeros(String name) throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write(name, dir));

        assertThat(annex.findings()).extracting(Finding::ruleCode, Finding::location, Finding::actual)
                .containsExactly(
                        tuple("CELL_ERROR", "Biểu 01!I13", "#VALUE!"),
                        tuple("CELL_ERROR", "Biểu 01!E14", "#REF!"),
                        tuple("CELL_ERROR", "Biểu 01!H16", "#DIV/0!"));
        assertThat(annex.figures("budget")).extracting(Figure::cellRef).doesNotContain("I13", "E14", "H16");
        // the sums over an error cell are not checked as if it were zero: no SUM_* findings above it
        assertThat(Pipeline.value(annex, "Biểu 01", "D14")).isEqualByComparingTo("85417");
        assertThat(Pipeline.REFERENCE.checks().render(annex.findings().get(1)).messageVi()).isEqualTo(
                "Biểu 01!E14: ô có lỗi công thức #REF!; số liệu ô này không được tính (không coi là 0).");
    }

    @Test
    void datesInFigureCellsAreNotNumbers() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("dates-in-figures.xlsx", dir));

        assertThat(annex.findings()).extracting(Finding::ruleCode, Finding::location, Finding::actual)
                .containsExactly(
                        tuple("NOT_A_NUMBER", "Biểu 01!K15", "15/06/2024"),   // typed as text
                        tuple("NOT_A_NUMBER", "Biểu 01!K16", "30/06/2024"));  // a date cell
        assertThat(annex.figures("budget")).extracting(Figure::cellRef).doesNotContain("K15", "K16");
    }

    @Test
    void onAVietnameseSheet1234IsOneThousandTwoHundredThirtyFour() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("ambiguous-vietnamese.xlsx", dir));

        assertThat(Pipeline.value(annex, "Biểu 01", "G15")).isEqualByComparingTo("1234");
        assertThat(Pipeline.rules(annex)).doesNotContain("AMBIGUOUS_NUMBER"); // "4.250,5" on the sheet proves the convention
    }

    @Test
    void onASheetWithDecimalPoints1234IsReadAsADecimalAndReported() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("ambiguous-english.xlsx", dir));

        assertThat(Pipeline.value(annex, "Biểu 01", "G15")).isEqualByComparingTo("1.234");
        assertThat(Pipeline.value(annex, "Biểu 01", "D14")).isEqualByComparingTo("85417");   // "85,417"
        assertThat(Pipeline.value(annex, "Biểu 01", "F14")).isEqualByComparingTo("4250.5");   // "4,250.5"
        assertThat(annex.findings()).filteredOn(f -> f.ruleCode().equals("AMBIGUOUS_NUMBER"))
                .extracting(Finding::location, Finding::expected, Finding::actual)
                .containsExactly(tuple("Biểu 01!G15", "1.234", "1.234"));
        assertThat(Pipeline.REFERENCE.checks().render(annex.findings().stream()
                .filter(f -> f.ruleCode().equals("AMBIGUOUS_NUMBER")).findFirst().orElseThrow()).messageVi())
                .isEqualTo("Biểu 01!G15: \"1.234\" có thể hiểu hai cách; đã đọc là 1,234 theo cách ghi số của cả biểu.");
    }
}
