package vn.ntp.warehouse.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.ntp.warehouse.reference.UnitMaster;

/** The season's plan on the real unit master, without writing a file. */
class SeasonPlanTest {
    private static final UnitMaster UNITS = UnitMaster.load(Path.of("jobs", "reference"));

    @Test
    void theNationalSeasonIsEveryCommuneAndDistrictOfTheOldListTwiceAYear() {
        SeasonPlan plan = new SeasonPlan(UNITS, SeasonOptions.DEFAULT);
        assertThat(plan.communeCount()).isEqualTo(10_599);
        // 705 districts, less the island districts with no commune (Hoàng Sa, Bạch Long Vĩ, Côn Đảo, Cồn Cỏ, Lý Sơn)
        assertThat(plan.districtCount()).isEqualTo(700);
        assertThat(plan.provinceCount()).isEqualTo(63);
        assertThat(plan.files()).hasSize(2 * (2 * 10_599 + 2 * 700));
        assertThat(plan.corrections()).hasSize(Math.round(0.01f * plan.files().size()));
        assertThat(plan.files()).extracting(SeasonPlan.PlannedFile::relativePath).doesNotHaveDuplicates();
    }

    @Test
    void unitsNTakesTheFirstNCommunesByCodeWithTheirDistrictsAndTheSameFilesForThem() {
        SeasonPlan small = new SeasonPlan(UNITS, SeasonOptions.DEFAULT.withUnits(30));
        SeasonPlan large = new SeasonPlan(UNITS, SeasonOptions.DEFAULT.withUnits(300));
        assertThat(small.communeCount()).isEqualTo(30);
        List<SeasonPlan.PlannedFile> communeFiles = small.files().stream().filter(SeasonPlan.PlannedFile::commune).toList();
        List<String> smallCodes = communeFiles.stream().map(f -> f.unit().code()).distinct().sorted().toList();
        List<String> largeCodes = large.files().stream().filter(SeasonPlan.PlannedFile::commune).map(f -> f.unit().code())
                .distinct().sorted().toList();
        assertThat(smallCodes).hasSize(30).isEqualTo(largeCodes.subList(0, 30));
        Map<String, SeasonPlan.PlannedFile> inLarge = large.files().stream()
                .collect(Collectors.toMap(SeasonPlan.PlannedFile::key, Function.identity()));
        for (SeasonPlan.PlannedFile f : communeFiles) {
            SeasonPlan.PlannedFile same = inLarge.get(f.key());
            assertThat(same.style()).isEqualTo(f.style());
            assertThat(same.seed()).isEqualTo(f.seed());
        }
        // a district's Biểu 02 lists exactly its planned communes
        for (SeasonPlan.PlannedFile f : small.files()) {
            if (f.form() != SeasonPlan.Form.HOUSEHOLDS) continue;
            assertThat(f.communes()).isNotEmpty().allMatch(c -> c.parentCode().equals(f.unit().code()));
        }
    }

    @Test
    void theSameOptionsGiveTheSameFiguresAndAnotherSeedOthers() {
        SeasonOptions options = SeasonOptions.DEFAULT.withUnits(20);
        SeasonTruth a = truth(options);
        SeasonTruth b = truth(options);
        assertThat(a.districtMoney()).isEqualTo(b.districtMoney());
        assertThat(a.households()).isEqualTo(b.households());
        assertThat(a.findings()).isEqualTo(b.findings());
        SeasonOptions other = new SeasonOptions(20, 1, 2, 0.1, 0.1, 0.05, 0.1, 0.02, 0.01, 99, 1);
        assertThat(truth(other).districtMoney()).isNotEqualTo(a.districtMoney());
    }

    @Test
    void aCorrectionAddsItsKnownAmountToDựÁn5() {
        SeasonOptions options = new SeasonOptions(40, 1, 1, 0, 0, 0, 0, 0, 0.1, 3, 1);
        SeasonPlan plan = new SeasonPlan(UNITS, options);
        SeasonWorkbooks workbooks = new SeasonWorkbooks(options.seed());
        Map<String, SeasonWorkbooks.FileFacts> originals = plan.files().stream().map(f -> workbooks.render(f).facts())
                .collect(Collectors.toMap(f -> f.file().key(), Function.identity()));
        for (SeasonPlan.PlannedFile c : plan.corrections()) {
            assertThat(c.relativePath()).contains("-sua.");
            assertThat(c.timestamp()).isAfter(originals.get(c.key()).file().timestamp());
            if (c.form() != SeasonPlan.Form.BUDGET) continue;
            BigDecimal before = originals.get(c.key()).allocated();
            BigDecimal after = workbooks.render(c).facts().allocated();
            assertThat(after.subtract(before)).isEqualByComparingTo(c.commune() ? "12.345" : "125.5");
        }
    }

    @Test
    void badOptionsAreRefused() {
        assertThatThrownBy(() -> SeasonOptions.parse(List.of("--xls-share", "1.5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeasonOptions.parse(List.of("--frobnicate"))).hasMessageContaining("unknown option");
        SeasonOptions parsed = SeasonOptions.parse(List.of("--units", "12", "--years", "5", "--tcvn3-share", "0.5", "--work", "x"));
        assertThat(parsed.units()).isEqualTo(12);
        assertThat(parsed.years()).isEqualTo(5);
        assertThat(parsed.firstYear()).isEqualTo(2020);
        assertThat(parsed.tcvn3Share()).isEqualTo(0.5);
    }

    private static SeasonTruth truth(SeasonOptions options) {
        SeasonPlan plan = new SeasonPlan(UNITS, options);
        SeasonWorkbooks workbooks = new SeasonWorkbooks(options.seed());
        return SeasonTruth.of(plan.files().stream().map(f -> workbooks.render(f).facts()).toList(), List.of());
    }
}
