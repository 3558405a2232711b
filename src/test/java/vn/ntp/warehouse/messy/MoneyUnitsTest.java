package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.fixtures.Measure;
import vn.ntp.warehouse.fixtures.Source;
import vn.ntp.warehouse.extract.Figure;

/** Issue 5, item 4: every money unit ends in million VND; a missing unit is guessed and said so. */
class MoneyUnitsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"unit-dong.xlsx, Đồng, 85417000000", "unit-nghin-dong.xls, Nghìn đồng, 85417000",
            "unicode.xlsx, Triệu đồng, 85417", "unit-ty-dong.xlsx, Tỷ đồng, 85.417"})
    void figuresAreStoredInMillionVndWithTheOriginalKept(String name, String unit, String original) throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write(name, dir));

        assertThat(Pipeline.leaves(annex)).isEqualTo(Pipeline.expectedLeaves(MessyCorpus.phongTho(), "Biểu 01"));
        Figure d14 = Pipeline.row(annex, "Biểu 01", "D14");
        assertThat(d14.value()).isEqualByComparingTo("85417");
        assertThat(d14.originalUnit()).isEqualTo(unit);
        assertThat(d14.originalText()).isEqualTo(original);
        assertThat(annex.moneyUnit().labelVi()).as("the file's money unit, as its identity says it").isEqualTo(unit);
        assertThat(annex.findings()).isEmpty();
    }

    @Test
    void aSheetWithoutDonViTinhIsReadInTheUnitItsMagnitudesShowAndFlagged() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("unit-missing-dong.xlsx", dir));

        String cell = MessyCorpus.builder("unit-missing-dong.xlsx").cellRef("A", "2", Measure.ALLOCATED, Source.NSTW_SN);
        assertThat(Pipeline.value(annex, "Biểu 01", cell)).isEqualByComparingTo("45632.742");
        assertThat(annex.moneyUnit().labelVi()).isEqualTo("Đồng");
        assertThat(annex.findings()).extracting(Finding::ruleCode, Finding::location, Finding::expected)
                .containsExactly(tuple("MONEY_UNIT_GUESSED", "Biểu 01", "Đồng"));
        assertThat(Pipeline.REFERENCE.checks().render(annex.findings().get(0)).messageVi())
                .isEqualTo("Biểu không ghi đơn vị tính; theo độ lớn của số liệu đã coi là \"Đồng\".");
    }
}
