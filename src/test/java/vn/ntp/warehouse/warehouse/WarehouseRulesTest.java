package vn.ntp.warehouse.warehouse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntp.warehouse.lake.LakeWriter.Figures;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.warehouse.AnnexRows.concat;
import static vn.ntp.warehouse.warehouse.AnnexRows.householdLine;
import static vn.ntp.warehouse.warehouse.RuleRows.budgetFile;
import static vn.ntp.warehouse.warehouse.RuleRows.file;
import static vn.ntp.warehouse.warehouse.RuleRows.leaf;
import static vn.ntp.warehouse.warehouse.RuleRows.total;

/**
 * Each warehouse rule (sql/rules, jobs/rules/findings.yaml) on lake data that breaks it and on data that
 * satisfies it: real Parquet through LakeWriter, a real DuckDB build, findings read back from dq_issue.
 */
class WarehouseRulesTest {

    private static final String H1_2024 = "6 tháng đầu năm 2024";
    private static final String FINDINGS = "select rule_code, severity, unit_code, project_code, sheet, cell_ref, expected, actual, "
            + "message, message_en, source, submission_id from dq_issue where rule_code = '%s' order by unit_code, cell_ref, expected";

    @TempDir
    Path home;
    @TempDir
    Path referenceDir;
    @TempDir
    Path jobsDir;

    private JobsFixture jobs;

    @BeforeEach
    void configuration() throws Exception {
        ReferenceFixture.write(referenceDir);
        jobs = JobsFixture.copyOfShipped(jobsDir);
    }

    // ---------- COUNTERPART_SHARE

    @Test
    void localCounterpartBelowTheRequiredShareOfCentralFundingIsFlaggedAtTheTotalsCell() throws Exception {
        SubmissionRow tamDuong = budgetFile("s105", "b1", "105", "Huyện Tam Đường", 2024, H1_2024, "2024-07-10T03:00:00Z");
        MartScenario scenario = scenario().write("b1", List.of(tamDuong), concat(
                leaf(tamDuong, "GNBV.DA1.TDA1", "NSTW DTPT current", "800", "100", 12),
                leaf(tamDuong, "GNBV.DA2", "NSTW SN current", "200", "50", 13),
                leaf(tamDuong, "GNBV.DA2", "NSDP SN current", "50", "10", 14),
                leaf(tamDuong, "GNBV.DA2", "NSDP SN carryover", "500", "0", 20),
                List.of(total(tamDuong, "NSDP TOTAL current", "allocated", "50", "G9"))));
        scenario.build();

        List<List<String>> findings = scenario.query(FINDINGS.formatted("COUNTERPART_SHARE"));

        // 10 % (the default share) of 1000 NSTW is 100; this year's NSĐP is 50 (last year's carryover does not count)
        assertThat(findings).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 8)).containsExactly("COUNTERPART_SHARE", "warning", "105", "GNBV", "Biểu 01", "G9", "100", "50");
            assertThat(row.get(8)).isEqualTo("Biểu 01!G9: Huyện Tam Đường, 6 tháng đầu năm 2024: vốn đối ứng ngân sách địa phương "
                    + "(NSĐP) 50 triệu đồng, thấp hơn mức tối thiểu 100 triệu đồng (10% của 1.000 triệu đồng vốn NSTW).");
            assertThat(row.get(9)).startsWith("Biểu 01!G9: Huyện Tam Đường, 6 tháng đầu năm 2024: local counterpart funding");
            assertThat(row.subList(10, 12)).containsExactly("warehouse", "s105");
        });
    }

    @Test
    void enoughCounterpartOrAProvinceShareItMeetsGivesNoFinding() throws Exception {
        jobs.appendCounterpartShare("GNBV,12,5,Lai Châu: 5 %");
        SubmissionRow tamDuong = budgetFile("s105", "b1", "105", "Huyện Tam Đường", 2024, H1_2024, "2024-07-10T03:00:00Z");
        SubmissionRow phongTho = budgetFile("s109", "b1", "109", "Huyện Phong Thổ", 2024, H1_2024, "2024-07-10T03:00:00Z");
        MartScenario scenario = scenario().write("b1", List.of(tamDuong, phongTho), concat(
                leaf(tamDuong, "GNBV.DA2", "NSTW SN current", "1000", "50", 13),
                leaf(tamDuong, "GNBV.DA2", "NSDP SN current", "60", "10", 14),
                leaf(phongTho, "GNBV.DA2", "NSTW SN current", "1000", "50", 13),
                leaf(phongTho, "GNBV.DA2", "NSDP SN current", "49.4", "10", 14)));
        scenario.build();

        // Lai Châu's own share is 5 %: 60 meets 50; 49.4 is short by more than the 0.5 tolerance
        assertThat(scenario.query(FINDINGS.formatted("COUNTERPART_SHARE")))
                .extracting(row -> row.get(2) + " " + row.get(6) + "/" + row.get(7))
                .containsExactly("109 50/49.4");
    }

    @Test
    void aFileWithoutAnyLocalFundingIsSkippedUnlessMissingCountsAsZero() throws Exception {
        SubmissionRow tamDuong = budgetFile("s105", "b1", "105", "Huyện Tam Đường", 2024, H1_2024, "2024-07-10T03:00:00Z");
        List<Figures> facts = leaf(tamDuong, "GNBV.DA2", "NSTW SN current", "1000", "50", 13);

        MartScenario skipping = scenario().write("b1", List.of(tamDuong), facts);
        skipping.build();
        assertThat(skipping.query(FINDINGS.formatted("COUNTERPART_SHARE"))).isEmpty();

        jobs.missing("COUNTERPART_SHARE", MissingPolicy.MISSING_AS_ZERO);
        skipping.build();
        assertThat(skipping.query(FINDINGS.formatted("COUNTERPART_SHARE")))
                .extracting(row -> row.get(2) + " " + row.get(6) + "/" + row.get(7))
                .containsExactly("105 100/0");
    }

    // ---------- PARENT_VS_CHILDREN

    @Test
    void aDistrictLineThatDiffersFromItsCommunesReportsIsFlaggedWhenEveryCommuneReported() throws Exception {
        // in the small unit list Phong Thổ (109) has one commune, Mường So (03430)
        SubmissionRow phongTho = budgetFile("s109", "b1", "109", "Huyện Phong Thổ", 2024, H1_2024, "2024-07-10T03:00:00Z");
        SubmissionRow muongSo = budgetFile("s03430", "b1", "03430", "Xã Mường So", 2024, H1_2024, "2024-07-08T03:00:00Z");
        MartScenario scenario = scenario().write("b1", List.of(phongTho, muongSo), concat(
                leaf(phongTho, "GNBV.DA1.TDA1", "NSTW SN current", "100", "40", 12),
                leaf(phongTho, "GNBV.DA2", "NSTW SN current", "30", "10", 14),
                leaf(muongSo, "GNBV.DA1.TDA1", "NSTW SN current", "90", "40", 20),
                leaf(muongSo, "GNBV.DA2", "NSTW SN current", "30", "10", 21)));
        scenario.build();

        assertThat(scenario.query(FINDINGS.formatted("PARENT_VS_CHILDREN"))).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 8)).containsExactly("PARENT_VS_CHILDREN", "warning", "109", "GNBV.DA1.TDA1",
                    "Biểu 01", "C12", "90", "100");
            assertThat(row.get(8)).isEqualTo("Biểu 01!C12: Huyện Phong Thổ: kế hoạch vốn dòng GNBV.DA1.TDA1 (NSTW SN current) "
                    + "ghi 100, khác tổng báo cáo của 1/1 đơn vị cấp dưới (90), chênh 10.");
        });
    }

    @Test
    void aLineNoChildStatesCountsAsZeroForTheChildrenAndMatchingLinesGiveNothing() throws Exception {
        SubmissionRow phongTho = budgetFile("s109", "b1", "109", "Huyện Phong Thổ", 2024, H1_2024, "2024-07-10T03:00:00Z");
        SubmissionRow muongSo = budgetFile("s03430", "b1", "03430", "Xã Mường So", 2024, H1_2024, "2024-07-08T03:00:00Z");
        MartScenario scenario = scenario().write("b1", List.of(phongTho, muongSo), concat(
                leaf(phongTho, "GNBV.DA1", "NSTW SN current", "100", "40", 12),
                leaf(phongTho, "GNBV.DA2", "NSTW SN current", "30", null, 14),
                leaf(muongSo, "GNBV.DA1.TDA1", "NSTW SN current", "60", "25", 20),
                leaf(muongSo, "GNBV.DA1.TDA2", "NSTW SN current", "40", "15", 21)));
        scenario.build();

        // Dự án 1 = its two sub-projects in the commune's file; Dự án 2 appears in no commune report: 0 for the children
        assertThat(scenario.query(FINDINGS.formatted("PARENT_VS_CHILDREN")))
                .extracting(row -> row.get(3) + " " + row.get(5) + " " + row.get(6) + "/" + row.get(7))
                .containsExactly("GNBV.DA2 C14 0/30");
    }

    @Test
    void aDistrictIsNotComparedWhileSomeOfItsCommunesHaveNotReported() throws Exception {
        ReferenceFixture.writeWithMoreUnits(referenceDir);   // Phong Thổ now has three communes, one reports
        SubmissionRow phongTho = budgetFile("s109", "b1", "109", "Huyện Phong Thổ", 2024, H1_2024, "2024-07-10T03:00:00Z");
        SubmissionRow muongSo = budgetFile("s03430", "b1", "03430", "Xã Mường So", 2024, H1_2024, "2024-07-08T03:00:00Z");
        MartScenario scenario = scenario().write("b1", List.of(phongTho, muongSo), concat(
                leaf(phongTho, "GNBV.DA2", "NSTW SN current", "100", "40", 12),
                leaf(muongSo, "GNBV.DA2", "NSTW SN current", "5", "1", 20)));
        scenario.build();
        assertThat(scenario.query(FINDINGS.formatted("PARENT_VS_CHILDREN"))).isEmpty();

        jobs.replace("rules/findings.yaml", "min_coverage_pct: 100", "min_coverage_pct: 30");
        scenario.build();
        assertThat(scenario.query(FINDINGS.formatted("PARENT_VS_CHILDREN")))
                .extracting(row -> row.get(5) + " " + row.get(6) + "/" + row.get(7))
                .containsExactly("C12 5/100", "H12 1/40");
    }

    // ---------- SAVED_BEFORE_PERIOD

    @Test
    void aFileSavedBeforeItsPeriodBeganIsFlaggedOnce() throws Exception {
        SubmissionRow tamDuong = file("s105", "b1", "01", "105", "Huyện Tam Đường", 2024, H1_2024,
                "2024-07-10T03:00:00Z", "2023-12-20T02:00:00Z");
        SubmissionRow phongTho = file("s109", "b1", "01", "109", "Huyện Phong Thổ", 2024, H1_2024,
                "2024-07-10T03:00:00Z", "2024-07-01T02:00:00Z");
        MartScenario scenario = scenario().write("b1", List.of(tamDuong, phongTho), concat(
                leaf(tamDuong, "GNBV.DA2", "NSTW SN current", "100", "40", 12),
                leaf(phongTho, "GNBV.DA2", "NSTW SN current", "100", "40", 12)));
        scenario.build();

        assertThat(scenario.query(FINDINGS.formatted("SAVED_BEFORE_PERIOD")))
                .extracting(row -> row.get(1) + " " + row.get(2) + " " + row.get(6) + "/" + row.get(7) + " " + row.get(8))
                .containsExactly("warning 105 2024-01-01/2023-12-20 Huyện Tam Đường: tệp được lưu ngày 20/12/2023, trước khi kỳ "
                        + "\"6 tháng đầu năm 2024\" bắt đầu (01/01/2024); có thể là tệp của kỳ trước được gửi lại, đề nghị kiểm tra.");
        assertThat(scenario.query("select count(*) from dq_issue where rule_code = 'PERIOD_MISMATCH'"))
                .as("PERIOD_MISMATCH is the reader's (the title and the \"Kỳ báo cáo\" line), not a warehouse rule")
                .containsExactly(List.of("0"));
    }

    // ---------- YEAR_OVER_YEAR

    @Test
    void aFigureMoreThanThreeTimesLastYearsSamePeriodIsFlaggedAndOtherPeriodsAreNotCompared() throws Exception {
        SubmissionRow lastYear = budgetFile("s105-2023", "b1", "105", "Huyện Tam Đường", 2023, "6 tháng đầu năm 2023", "2023-07-10T03:00:00Z");
        SubmissionRow lastYearWhole = budgetFile("s105-2023y", "b1", "105", "Huyện Tam Đường", 2023, "Năm 2023", "2024-01-10T03:00:00Z");
        SubmissionRow thisYear = budgetFile("s105-2024", "b1", "105", "Huyện Tam Đường", 2024, H1_2024, "2024-07-10T03:00:00Z");
        MartScenario scenario = scenario().write("b1", List.of(lastYear, lastYearWhole, thisYear), concat(
                leaf(lastYear, "GNBV.DA2", "NSTW SN current", "100", "40", 12),
                leaf(lastYear, "GNBV.DA1.TDA1", "NSTW DTPT current", "500", "100", 13),
                leaf(lastYearWhole, "GNBV.DA2", "NSTW SN current", "1", "1", 12),
                leaf(thisYear, "GNBV.DA2", "NSTW SN current", "400", "45", 12),
                leaf(thisYear, "GNBV.DA1.TDA1", "NSTW DTPT current", "250", "20", 13)));
        scenario.build();

        // Dự án 2 allocated ×4 (flagged); disbursed ×1.125; TDA1 allocated ×0.5 and disbursed ×0.2 (flagged, a fall)
        assertThat(scenario.query(FINDINGS.formatted("YEAR_OVER_YEAR")))
                .extracting(row -> row.get(3) + " " + row.get(5) + " " + row.get(6) + "/" + row.get(7) + " " + row.get(12 - 1))
                .containsExactly("GNBV.DA2 C12 100/400 s105-2024", "GNBV.DA1.TDA1 H13 100/20 s105-2024");
        assertThat(scenario.query("select message from dq_issue where rule_code = 'YEAR_OVER_YEAR' and cell_ref = 'C12'"))
                .containsExactly(List.of("Biểu 01!C12: Huyện Tam Đường: kế hoạch vốn GNBV.DA2 (NSTW SN current) kỳ 6 tháng đầu năm 2024 "
                        + "là 400, bằng 4 lần cùng kỳ năm trước (6 tháng đầu năm 2023: 100); đề nghị kiểm tra lại."));
    }

    // ---------- OUTLIER

    @Test
    void aCommuneWhoseDisbursementRateIsFarFromItsPeersIsListedAsInfo() throws Exception {
        MartScenario scenario = communesDisbursing("40", "42", "45", "38", "41", "95");
        scenario.build();

        // median 41.5, MAD 2.5: 0.6745 × (95 − 41.5) / 2.5 = 14.43, for the program and for its one project
        List<List<String>> findings = scenario.query(FINDINGS.formatted("OUTLIER"));
        assertThat(findings).extracting(row -> String.join(" ", row.subList(0, 8))).containsExactly(
                "OUTLIER info 03436 GNBV Biểu 01 null 41.5 95",
                "OUTLIER info 03436 GNBV.DA2 Biểu 01 null 41.5 95");
        assertThat(findings.get(0).get(8)).isEqualTo("Xã Sáu: tỷ lệ giải ngân GNBV kỳ 6 tháng đầu năm 2024 là 95%, khác xa các "
                + "đơn vị cùng cấp thuộc Huyện Phong Thổ (trung vị 41,5%, 6 đơn vị, điểm z hiệu chỉnh 14,43); đề nghị rà soát.");
    }

    @Test
    void peersCloseTogetherGiveNoOutlierAndEqualPeersFallBackToTheMeanDeviation() throws Exception {
        MartScenario close = communesDisbursing("40", "42", "45", "38", "41", "47");
        close.build();
        assertThat(close.query(FINDINGS.formatted("OUTLIER"))).isEmpty();

        // MAD is 0: (60 − 40) / (1.253314 × 20/6) = 4.79
        MartScenario equal = communesDisbursing("40", "40", "40", "40", "40", "60");
        equal.build();
        assertThat(equal.query("select unit_code, project_code, actual from dq_issue where rule_code = 'OUTLIER' order by 2"))
                .containsExactly(List.of("03436", "GNBV", "60"), List.of("03436", "GNBV.DA2", "60"));
    }

    @Test
    void fewerPeersThanTheMinimumAreNotCompared() throws Exception {
        MartScenario scenario = communesDisbursing("40", "42", "95");
        scenario.build();
        assertThat(scenario.query(FINDINGS.formatted("OUTLIER"))).isEmpty();
    }

    // ---------- RATE_OUT_OF_RANGE: checked once, while the sheet is read

    @Test
    void aPoorRateAbove100PercentIsNotFlaggedAgainByTheWarehouse() throws Exception {
        SubmissionRow phongTho = file("s109", "b1", "02", "109", "Huyện Phong Thổ", 2024, "Năm 2024", "2025-01-10T03:00:00Z", null);
        MartScenario scenario = scenario().write("b1", List.of(phongTho), concat(
                householdLine(phongTho, "109", "Huyện Phong Thổ", "total", 30, "na total_households 1000",
                        "start poor 1200", "start poor_rate_pct 120", "end poor 300")));
        scenario.build();

        // the reader flags both (HouseholdsExtractionTest): the stated 120 % and 1200 poor of 1000 households
        assertThat(scenario.query("select count(*) from warehouse_finding")).containsExactly(List.of("0"));
        assertThat(scenario.query("select severity from finding_catalogue where rule_code = 'RATE_OUT_OF_RANGE'"))
                .containsExactly(List.of("error"));
    }

    // ---------- configuration

    @Test
    void aRuleSwitchedOffGivesNothingAndBuildingWithoutJobsRunsNoRule() throws Exception {
        SubmissionRow tamDuong = budgetFile("s105", "b1", "105", "Huyện Tam Đường", 2024, H1_2024, "2024-07-10T03:00:00Z");
        List<Figures> facts = concat(leaf(tamDuong, "GNBV.DA2", "NSTW SN current", "1000", "50", 13),
                leaf(tamDuong, "GNBV.DA2", "NSDP SN current", "1", "0", 14));
        jobs.replace("rules/findings.yaml", "  COUNTERPART_SHARE:\n", "  COUNTERPART_SHARE:\n    enabled: false\n");
        MartScenario off = scenario().write("b1", List.of(tamDuong), facts);
        off.build();
        assertThat(off.query("select count(*) from dq_issue where source = 'warehouse'")).containsExactly(List.of("0"));

        MartScenario noJobs = new MartScenario(home.resolve("other"), referenceDir).write("b1", List.of(tamDuong), facts);
        noJobs.build();
        assertThat(noJobs.query("select count(*) from dq_issue")).containsExactly(List.of("0"));
        assertThat(noJobs.query("select count(*) from warehouse_finding")).containsExactly(List.of("0"));
    }

    @Test
    void aRuleQueryWithoutItsEntryOrAnEntryWithoutItsQueryStopsTheBuild() throws Exception {
        Path sql = home.resolve("sql");
        TreeCopy.copy(Path.of("sql"), sql);
        Files.writeString(sql.resolve("rules/NEW_RULE.sql"), "select 1");
        WarehouseBuilder builder = new WarehouseBuilder(home.resolve("h"), sql, referenceDir, jobs.dir());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder.build(m -> { }))
                .isInstanceOf(WarehouseBuildException.class)
                .hasMessageContaining("sql/rules/NEW_RULE.sql has no warehouse entry in findings.yaml");
    }

    // ---------- fixture

    private MartScenario scenario() {
        return new MartScenario(home, referenceDir, jobs.dir());
    }

    /** Six (or fewer) communes of Phong Thổ, each allocated 100 on Dự án 2 and disbursing the given amounts. */
    private MartScenario communesDisbursing(String... disbursed) throws Exception {
        String[] names = {"Xã Một", "Xã Hai", "Xã Ba", "Xã Bốn", "Xã Năm", "Xã Sáu"};
        StringBuilder units = new StringBuilder(ReferenceFixture.UNITS);
        for (int i = 0; i < names.length; i++) {
            units.append("0343%d@2008-01-01,0343%d,%s,Xã,xa,109,12,Tỉnh Lai Châu,2008-01-01,2025-06-30,\n".formatted(i + 1, i + 1, names[i]));
        }
        Files.writeString(referenceDir.resolve("units/units.csv"), units.toString());
        Path scenarioHome = home.resolve("communes-" + String.join("-", disbursed));
        MartScenario scenario = new MartScenario(scenarioHome, referenceDir, jobs.dir());
        List<SubmissionRow> files = new java.util.ArrayList<>();
        List<Figures> rows = new java.util.ArrayList<>();
        int first = names.length - disbursed.length;
        for (int i = 0; i < disbursed.length; i++) {
            int n = first + i + 1;
            SubmissionRow commune = budgetFile("s0343" + n, "b1", "0343" + n, names[n - 1], 2024, H1_2024, "2024-07-10T03:00:00Z");
            files.add(commune);
            rows.addAll(leaf(commune, "GNBV.DA2", "NSTW SN current", "100", disbursed[i], 12));
        }
        return scenario.write("b1", files, rows);
    }

    @Test
    void ruleParametersKeepTheOrderOfTheCatalogueSoTheFindingsJsonIsTheSameOnEveryRun() {
        WarehouseRule rule = WarehouseRules.load(Path.of("jobs/rules"), Path.of("sql/rules")).all().stream()
                .map(WarehouseRules.Loaded::rule).filter(r -> r.code().equals("PARENT_VS_CHILDREN")).findFirst().orElseThrow();

        assertThat(rule.params().keySet()).containsExactly("tolerance", "min_coverage_pct");
        assertThat(rule.params()).containsEntry("tolerance", "0.5").containsEntry("min_coverage_pct", "100");
    }
}
