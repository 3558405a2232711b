package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.Source;

/** The reporting unit is found by name and parents; a name it cannot pin down is a finding, never a guess. */
class UnitNamesTest {
    @TempDir
    Path dir;

    private ExtractedAnnex reportOf(String unitText) throws Exception {
        return Pipeline.extract(AnnexWorkbooks.budget(unitText)
                .section("A", "VỐN KẾ HOẠCH NĂM 2024").project("2", "Dự án 2").allocated(Source.NSTW_SN, 100)
                .writeXlsx(dir, "bieu01.xlsx"));
    }

    @Test
    void aNameSharedByTenDistrictsWithoutItsProvinceIsAmbiguousAndListsThem() throws Exception {
        ExtractedAnnex annex = reportOf("Huyện Châu Thành");
        Finding f = annex.findings().stream().filter(x -> x.ruleCode().equals("AMBIGUOUS_UNIT")).findFirst().orElseThrow();
        assertThat(f.location()).isEqualTo("Biểu 01!A3");
        assertThat(f.actual()).isEqualTo("Huyện Châu Thành");
        assertThat(f.expected()).contains("Huyện Châu Thành (Tỉnh Tiền Giang, mã").contains("; ");
        assertThat(annex.identity().unitCode()).isNull();
        assertThat(annex.figures("budget")).isNotEmpty();
    }

    @Test
    void theProvinceNamedBesideItResolvesIt() throws Exception {
        ExtractedAnnex annex = reportOf("Huyện Châu Thành, tỉnh Tiền Giang");
        assertThat(Pipeline.rules(annex)).doesNotContain("AMBIGUOUS_UNIT", "UNKNOWN_UNIT");
        assertThat(annex.identity().unitCode()).isEqualTo("821");
    }

    @Test
    void aNameInNoListIsUnknown() throws Exception {
        assertThat(Pipeline.findings(reportOf("Huyện Không Có, tỉnh Lai Châu")))
                .contains("UNKNOWN_UNIT Biểu 01!A3 Huyện Không Có, tỉnh Lai Châu");
    }
}
