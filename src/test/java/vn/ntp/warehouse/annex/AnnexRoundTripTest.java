package vn.ntp.warehouse.annex;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.batch.ReferenceData;
import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.extract.Figure;
import vn.ntp.warehouse.extract.Figure;

import static vn.ntp.warehouse.lake.LakeRows.key;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annex of Lai Châu (12), rolled up from its districts, written by {@code ./ntp annex} and read back by the
 * project's own extractor: recognised as that form, unit and period, the very figures of the warehouse's marts, and no
 * finding of the sum or rate checks. Every family, both programs.
 */
class AnnexRoundTripTest {
    private static final Set<String> SUM_AND_RATE_CHECKS = Set.of("SUM_CHILDREN", "SUM_TOTAL_ROW", "STATED_PCT",
            "RATE_OUT_OF_RANGE", "DEPRIVED_GT_BASE", "DISBURSED_GT_ALLOCATED", "NOT_A_NUMBER", "CELL_ERROR",
            "UNKNOWN_LABEL", "MISSING_COLUMN", "MISSING_METADATA", "MIXED_SUBMISSION", "PERIOD_MISMATCH",
            "PROGRAM_MISMATCH", "UNKNOWN_UNIT", "MONEY_UNIT_GUESSED");

    @TempDir
    Path out;

    @ParameterizedTest(name = "Biểu {0} {1}")
    @CsvSource({"01,GNBV", "01,DTTS", "02,GNBV", "02,DTTS", "03,GNBV", "03,DTTS", "04,GNBV", "04,DTTS"})
    void theAnnexReadBackIsThatFormUnitAndPeriodWithTheWarehousesFigures(String form, String program) throws Exception {
        Path home = AnnexSeason.home();
        Path file = out.resolve("bieu" + form + "-" + program + ".xlsx");
        var run = AnnexSeason.ntp("annex", "--home", home.toString(), "--form", form, "--unit", "12",
                "--period", AnnexSeason.PERIOD, "--program", program, "--out", file.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();

        ReferenceData reference = ReferenceData.load(new NtpSettings(home, Path.of("jobs"), Path.of("sql"), 0));
        ExtractedAnnex annex = reference.extractor().extract(file);
        assertThat(annex.rejected()).as(String.valueOf(annex.reason())).isFalse();
        assertThat(annex.identity().unitCode()).isEqualTo("12");
        assertThat(annex.identity().programCode()).isEqualTo(program);
        assertThat(annex.identity().period().periodLabel()).isEqualTo(AnnexSeason.PERIOD);
        assertThat(annex.findings().stream().filter(f -> SUM_AND_RATE_CHECKS.contains(f.ruleCode()))
                .map(Finding::toString)).isEmpty();

        switch (form) {
            case "01" -> {
                assertThat(annex.figures("budget")).isNotEmpty().allMatch(r -> r.form().equals("01"));
                assertThat(budgetRead(annex.figures("budget"))).isEqualTo(budgetInMart(program));
            }
            case "02" -> {
                assertThat(annex.figures("households")).isNotEmpty();
                assertThat(householdsRead(annex.figures("households"))).isEqualTo(householdsInMart(program));
            }
            case "03" -> {
                assertThat(annex.figures("deprivation")).isNotEmpty();
                assertThat(deprivationRead(annex.figures("deprivation"))).isEqualTo(deprivationInMart(program));
            }
            default -> {
                assertThat(annex.figures("output")).isNotEmpty();
                assertThat(outputsRead(annex.figures("output"))).isEqualTo(outputsInMart(program));
            }
        }
    }

    // ---------- Biểu 01: every leaf project × source × vintage × measure

    private static Map<String, BigDecimal> budgetRead(List<Figure> rows) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Figure r : rows) {
            if (!key(r, "line_role").equals("leaf") || key(r, "budget_level").equals("TOTAL") || key(r, "capital_type").equals("TOTAL")
                    || r.measure().equals("disbursement_pct")) continue;
            out.merge(key(r, "project_code") + " " + key(r, "budget_level") + "/" + key(r, "capital_type") + "/" + key(r, "vintage") + " " + r.measure(),
                    r.value(), BigDecimal::add);
        }
        return normalized(out);
    }

    private static Map<String, BigDecimal> budgetInMart(String program) throws Exception {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Map<String, Object> r : AnnexSeason.query("select mart.* from mart_disbursement as mart "
                + "where unit_code = '12' and basis = 'rolled_up' and program_code = ? and period_label = ? "
                + "and budget_level <> 'ALL' and capital_type <> 'ALL' and vintage <> 'ALL' "
                + "and project_code in (select project_code from fact_budget) ",
                program, AnnexSeason.PERIOD)) {
            String key = r.get("project_code") + " " + r.get("budget_level") + "/" + r.get("capital_type") + "/" + r.get("vintage");
            out.put(key + " allocated", (BigDecimal) r.get("allocated_mvnd"));
            out.put(key + " disbursed", (BigDecimal) r.get("disbursed_mvnd"));
        }
        return normalized(out);
    }

    // ---------- Biểu 02: the province's total line against its rolled-up counts

    private static Map<String, BigDecimal> householdsRead(List<Figure> rows) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Figure r : rows) {
            if (!key(r, "line_role").equals("total") || r.measure().endsWith("_pct")) continue;
            out.put(key(r, "stage").equals("na") ? r.measure() : r.measure() + "_" + key(r, "stage"), r.value());
        }
        return normalized(out);
    }

    private static Map<String, BigDecimal> householdsInMart(String program) throws Exception {
        Map<String, Object> r = AnnexSeason.query("select * from mart_poverty where unit_code = '12' and basis = 'rolled_up' "
                + "and program_code = ? and period_label = ?", program, AnnexSeason.PERIOD).get(0);
        Map<String, BigDecimal> out = new TreeMap<>();
        for (String m : List.of("poor_start", "poor_end", "near_poor_start", "near_poor_end", "escaped_poverty", "new_poor",
                "ethnic_minority_poor")) {
            out.put(m, new BigDecimal(r.get(m).toString()));
        }
        out.put("total_households", new BigDecimal(r.get("total_households_end").toString()));
        return normalized(out);
    }

    // ---------- Biểu 03: deprived households per indicator and group, and the bases

    private static Map<String, BigDecimal> deprivationRead(List<Figure> rows) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Figure r : rows) {
            if (r.measure().equals("stated_pct")) continue;
            out.put(key(r, "indicator_code") + " " + key(r, "household_group"), r.value());
        }
        return normalized(out);
    }

    private static Map<String, BigDecimal> deprivationInMart(String program) throws Exception {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Map<String, Object> r : AnnexSeason.query("select * from mart_deprivation where unit_code = '12' "
                + "and basis = 'rolled_up' and program_code = ? and period_label = ?", program, AnnexSeason.PERIOD)) {
            out.put(r.get("indicator_code") + " " + r.get("household_group"), new BigDecimal(r.get("deprived_households").toString()));
            out.put("base " + r.get("household_group"), new BigDecimal(r.get("base_households").toString()));
        }
        return normalized(out);
    }

    // ---------- Biểu 04: per project and indicator, plan, achievement and money

    private static Map<String, BigDecimal> outputsRead(List<Figure> rows) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Figure r : rows) {
            if (r.measure().equals("stated_pct")) continue;
            out.merge(key(r, "project_code") + " " + key(r, "indicator").toLowerCase() + " " + r.measure(), r.value(), BigDecimal::add);
        }
        return normalized(out);
    }

    private static Map<String, BigDecimal> outputsInMart(String program) throws Exception {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Map<String, Object> r : AnnexSeason.query("select mart.* from mart_output as mart where unit_code = '12' "
                + "and basis = 'rolled_up' and program_code = ? and period_label = ? and project_code <> program_code "
                + "and project_code in (select project_code from fact_output)",
                program, AnnexSeason.PERIOD)) {
            for (String m : List.of("planned", "achieved", "planned_mvnd", "disbursed_mvnd")) {
                if (r.get(m) != null) {
                    out.put(r.get("project_code") + " " + r.get("indicator").toString().toLowerCase() + " " + m, (BigDecimal) r.get(m));
                }
            }
        }
        return normalized(out);
    }

    /** Zeros dropped (an empty cell and a zero are the same figure), scales equalized. */
    private static Map<String, BigDecimal> normalized(Map<String, BigDecimal> in) {
        Map<String, BigDecimal> out = new TreeMap<>();
        new HashMap<>(in).forEach((k, v) -> {
            if (v != null && v.signum() != 0) out.put(k, v.stripTrailingZeros());
        });
        return out;
    }
}
