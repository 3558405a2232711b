package vn.ntp.warehouse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.bench.SeasonChecks;
import vn.ntp.warehouse.bench.SeasonGenerator;
import vn.ntp.warehouse.bench.SeasonOptions;
import vn.ntp.warehouse.bench.SeasonTruth;
import vn.ntp.warehouse.bench.SeasonWorkbooks;
import vn.ntp.warehouse.reference.UnitMaster;

/**
 * Two small seasons (36 communes of the real unit master, their 3 districts, one period a year, 2023 and
 * 2024: 156 workbooks, every knob turned well up) loaded by the real command line: the warehouse gives
 * back exactly what the generator says it wrote. Then the incremental reruns: nothing new loads nothing;
 * the corrected files (of 2024) rebuild 2024 alone, supersede exactly their originals and move the
 * totals by exactly what they changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeasonGeneratorTest {

    private Path dir;

    private SeasonGenerator.Season season;
    private Path home;
    private Path inbox;
    private Pipelines.Result firstRun;

    @BeforeAll
    void generateAndLoad(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        SeasonOptions options = new SeasonOptions(36, 2, 1, 0.25, 0.25, 0.2, 0.3, 0.3, 0.05, 7, 2);
        inbox = dir.resolve("inbox");
        season = SeasonGenerator.generate(UnitMaster.load(Path.of("jobs", "reference")), options, inbox, dir.resolve("corrections"));
        home = dir.resolve("home");
        firstRun = Pipelines.run(home, inbox);
    }

    private Path warehouse() {
        return home.resolve("warehouse.duckdb");
    }

    @Test
    @Order(1)
    void theSeasonHoldsEveryFormOfEveryUnitWithEveryKnobUsed() {
        assertThat(season.plan().communeCount()).isEqualTo(36);
        assertThat(season.originals()).hasSize(2 * (2 * 36 + 2 * season.plan().districtCount()));
        List<SeasonWorkbooks.FileFacts> files = season.originals();
        assertThat(files).anyMatch(f -> f.file().style().xls()).anyMatch(f -> f.file().style().textNumbers())
                .anyMatch(f -> f.file().style().tcvn3()).anyMatch(f -> f.file().style().hiddenRow());
        assertThat(season.truth().findingCounts()).containsKey("STATED_PCT");
        assertThat(season.corrections()).hasSize(Math.round(0.05f * files.size()));
    }

    @Test
    @Order(2)
    void theWarehouseGivesBackTheGeneratedTotals() throws Exception {
        assertThat(firstRun.exitCode()).as(firstRun.out()).isZero();
        SeasonChecks.Result result = SeasonChecks.verify(warehouse(), season.truth());
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.checks()).isGreaterThan(100);
    }

    @Test
    @Order(3)
    void aRerunWithNothingNewLoadsNothingAndACorrectionSupersedesExactlyItsOriginals() throws Exception {
        Map<String, Long> before = SeasonChecks.countsOf(warehouse(), "select status, count(*) from submission group by status");
        Pipelines.Result again = Pipelines.run(home, inbox);
        assertThat(again.exitCode()).as(again.out()).isZero();
        assertThat(SeasonChecks.countsOf(warehouse(), "select status, count(*) from submission group by status")).isEqualTo(before);

        SeasonTruth original = season.truth();
        SeasonTruth corrected = season.truthAfterCorrections();
        assertThat(SeasonChecks.verify(warehouse(), corrected).mismatches()).as("the checks see the corrections before they are loaded")
                .isNotEmpty();
        SeasonGenerator.dropCorrections(season, dir.resolve("corrections"), inbox);
        Pipelines.Result third = Pipelines.run(home, inbox);
        assertThat(third.exitCode()).as(third.out()).isZero();
        assertThat(third.out()).contains("dựng lại GNBV 2024, đọc GNBV 2023 đã công bố cho các quy tắc so sánh với năm trước")
                .contains("Chỉ dựng lại 1 phân vùng");

        assertThat(SeasonChecks.verify(warehouse(), corrected).mismatches()).isEmpty();
        Map<String, Long> superseded = SeasonChecks.countsOf(warehouse(),
                "select source_file, count(*) from submission where status = 'superseded' group by source_file");
        assertThat(superseded.keySet()).containsExactlyInAnyOrderElementsOf(
                season.corrections().stream().map(f -> f.file().relativePath().replace("-sua.", ".")).toList());
        // the corrected Biểu 01 add 12.345 (commune) or 125.5 (district) million to Dự án 5
        BigDecimal delta = season.corrections().stream().filter(f -> f.file().form() == vn.ntp.warehouse.bench.SeasonPlan.Form.BUDGET)
                .map(f -> f.file().commune() ? new BigDecimal("12.345") : new BigDecimal("125.5"))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal allocatedBefore = total(original);
        BigDecimal allocatedAfter = total(corrected);
        assertThat(allocatedAfter.subtract(allocatedBefore)).isEqualByComparingTo(delta);
    }

    private static BigDecimal total(SeasonTruth truth) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SeasonTruth.Money m : truth.districtMoney().values()) sum = sum.add(m.allocated());
        for (SeasonTruth.Money m : truth.communeMoney().values()) sum = sum.add(m.allocated());
        return sum;
    }
}
