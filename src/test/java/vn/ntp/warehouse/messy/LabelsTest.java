package vn.ntp.warehouse.messy;

import static vn.ntp.warehouse.lake.LakeRows.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.extract.Figure;

/** Issue 5, item 6: labels as people type them; a label that matches nothing keeps its figures. */
class LabelsTest {
    @TempDir
    Path dir;

    @Test
    void abbreviatedAndUnaccentedLabelsFindTheirProjects() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("loose-labels.xlsx", dir));

        // rows: 11 total, 12 "Von ke hoach nam 2024", 13 "DA1 - ...", 14 "TDA 1: ...", 15 "Tiểu DA2", 16 "DỰ ÁN 3 - ...",
        // 17 "tiểu dự án số 2: ...", 18 "Dự án số 4.", 19 the line that matches nothing
        assertThat(annex.figures("budget")).filteredOn(r -> key(r, "budget_level").equals("NSTW") || key(r, "budget_level").equals("NSDP"))
                .extracting(Figure::cellRef, r -> key(r, "project_code"), r -> key(r, "line_role"), r -> key(r, "vintage"))
                .contains(
                        tuple("D13", "GNBV.DA1", "aggregate", "current"),
                        tuple("D14", "GNBV.DA1.TDA1", "leaf", "current"),
                        tuple("E15", "GNBV.DA1.TDA2", "leaf", "current"),
                        tuple("E17", "GNBV.DA3.TDA2", "leaf", "current"),
                        tuple("E18", "GNBV.DA4", "leaf", "current"));
    }

    @Test
    void aLabelThatMatchesNothingIsReportedAndItsFiguresAreKept() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("loose-labels.xlsx", dir));

        Figure kept = Pipeline.row(annex, "Biểu 01", "G19");
        assertThat(key(kept, "line_role")).isEqualTo("unmatched");
        assertThat(key(kept, "project_code")).isNull();
        assertThat(key(kept, "project_label")).isEqualTo("Chi hỗ trợ khác (không thuộc dự án nào)");
        assertThat(kept.value()).isEqualByComparingTo("75.5");
        assertThat(Pipeline.value(annex, "Biểu 01", "M19")).isEqualByComparingTo("10");
        assertThat(annex.findings()).filteredOn(f -> f.ruleCode().equals("UNKNOWN_LABEL"))
                .extracting(Finding::location, Finding::actual)
                .containsExactly(tuple("Biểu 01!B19", "Chi hỗ trợ khác (không thuộc dự án nào)"));
        // the section and the grand total state the unmatched line too: the known lines add up to less
        assertThat(annex.findings()).extracting(Finding::ruleCode, Finding::cellRef)
                .containsExactly(tuple("SUM_CHILDREN", "G12"), tuple("SUM_CHILDREN", "M12"),
                        tuple("SUM_TOTAL_ROW", "G11"), tuple("SUM_TOTAL_ROW", "M11"), tuple("UNKNOWN_LABEL", "B19"));
    }

    @Test
    void aReportingUnitWrittenWithoutDiacriticsIsFoundInTheUnitMaster() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("unit-label-no-diacritics.xlsx", dir));

        assertThat(annex.identity().unitCode()).isEqualTo("109");
        assertThat(annex.findings()).isEmpty();
    }
}
