package vn.ntp.warehouse.messy;

import static vn.ntp.warehouse.lake.LakeRows.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.fixtures.BudgetWorkbookBuilder;
import vn.ntp.warehouse.fixtures.Measure;
import vn.ntp.warehouse.extract.Figure;

/** Issue 5, item 2: columns are matched by their labels however the header is drawn and worded. */
class HeaderVariantsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"header-two-rows.xlsx", "header-total-on-top.xls", "header-reordered.xlsx",
            "header-long-ghep.xlsx", "header-numbered-blank.xlsx", "header-no-diacritics.xlsx",
            "header-abbreviated.xlsx", "header-abbreviated-two-rows.xls"})
    void everyLeafFigureLandsInItsSourceColumn(String name) throws Exception {
        BudgetWorkbookBuilder b = MessyCorpus.builder(name);
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write(name, dir));

        assertThat(annex.rejected()).as(String.valueOf(annex.reason())).isFalse();
        assertThat(Pipeline.leaves(annex)).isEqualTo(Pipeline.expectedLeaves(b, "Biểu 01"));
        assertThat(annex.findings()).as("a consistent sheet has no findings").isEmpty();
        // the stated totals and the rate are read as stated figures, not as facts
        assertThat(key(Pipeline.row(annex, "Biểu 01", b.cellRef("A", "1.1", Measure.ALLOCATED, null)), "budget_level")).isEqualTo("TOTAL");
        assertThat(Pipeline.value(annex, "Biểu 01", b.rateCellRef("A", "1.1"))).isEqualByComparingTo("4.87");
    }

    @Test
    void theLongGhepColumnIsNeitherAFactNorATotal() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("header-long-ghep.xlsx", dir));

        // column O holds "Vốn lồng ghép (nếu có)": a tenth of each allocation, never loaded
        assertThat(annex.figures("budget")).extracting(Figure::cellRef).noneMatch(ref -> ref.startsWith("O"));
        assertThat(annex.figures("budget")).extracting(Figure::cellRef).contains("P14"); // the rate moved to P
    }

    @Test
    void disbursementsWithoutTheirSplitBySourceAreAMissingColumn() throws Exception {
        BudgetWorkbookBuilder b = MessyCorpus.builder("disbursed-unsplit.xlsx");
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("disbursed-unsplit.xlsx", dir));

        assertThat(annex.rejected()).isFalse();
        assertThat(annex.findings()).extracting(Finding::ruleCode, Finding::location, Finding::expected)
                .containsExactly(tuple("MISSING_COLUMN", "Biểu 01!I8", "Giải ngân (thực hiện)"));
        assertThat(Pipeline.REFERENCE.checks().render(annex.findings().get(0)).messageVi()).isEqualTo(
                "Biểu 01!I8: không tìm thấy cột bắt buộc \"Giải ngân (thực hiện) chia theo nguồn vốn (NSTW, NSĐP, "
                        + "vốn huy động khác)\" trong tiêu đề bảng.");
        // allocations are loaded by source; the one disbursement column is kept as a stated total
        assertThat(Pipeline.leaves(annex)).containsEntry("Biểu 01!D14 allocated NSTW DTPT", new java.math.BigDecimal("85417"));
        assertThat(Pipeline.leaves(annex)).allSatisfy((k, v) -> assertThat(k).contains("allocated"));
        Figure disbursed = Pipeline.row(annex, "Biểu 01", "I14");
        assertThat(disbursed.measure()).isEqualTo("disbursed");
        assertThat(key(disbursed, "budget_level")).isEqualTo("TOTAL");
        assertThat(disbursed.value()).isEqualByComparingTo("4693.25");
        assertThat(b.groupHeaderRef(Measure.DISBURSED)).isEqualTo("I8");
    }

    @Test
    void aSheetWithoutAllocationsBySourceIsRejectedNamingTheSheetAndTheCell() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("allocated-unsplit.xlsx", dir));

        assertThat(annex.rejected()).isTrue();
        assertThat(annex.reasonCode()).isEqualTo("MISSING_COLUMN");
        assertThat(Pipeline.reasonVi(annex)).isEqualTo("Không nạp được biểu: trang \"Biểu 01\": không có cột kế hoạch vốn chia "
                + "theo nguồn vốn (NSTW, NSĐP, vốn huy động khác) (ô C8), nên không tính được số liệu theo nguồn.");
        assertThat(Pipeline.reasonEn(annex)).isEqualTo("Cannot load: sheet \"Biểu 01\": no allocation column split by budget level "
                + "(NSTW, NSDP, other) at C8.");
        assertThat(annex.findings()).extracting(Finding::ruleCode, Finding::location)
                .containsExactly(tuple("MISSING_COLUMN", "Biểu 01!C8"));
    }
}
