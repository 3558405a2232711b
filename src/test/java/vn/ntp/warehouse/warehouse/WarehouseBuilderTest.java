package vn.ntp.warehouse.warehouse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntp.warehouse.lake.LakeWriter;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.lake.LakeRows.budget;
import static vn.ntp.warehouse.lake.LakeRows.finding;
import static vn.ntp.warehouse.lake.LakeRows.submission;
import vn.ntp.warehouse.fixtures.SqlRows;

/**
 * Lai Châu, GNBV, "Năm 2024": districts Tam Đường (105) and Phong Thổ (109) report; commune
 * Mường So (03430) of Phong Thổ reports in its own right. Tam Đường sent a corrected file.
 */
class WarehouseBuilderTest {

    @TempDir
    Path home;
    @TempDir
    Path referenceDir;

    private LakeWriter lake;
    private WarehouseBuilder builder;
    private final List<String> progress = new ArrayList<>();

    private final SubmissionRow tamDuongFirst = district("s105-old", "b1", "105", "Huyện Tam Đường", 1_000L);
    private final SubmissionRow tamDuong = district("s105", "b1", "105", "Huyện Tam Đường", 2_000L);
    private final SubmissionRow phongTho = district("s109", "b1", "109", "Huyện Phong Thổ", 2_000L);
    private final SubmissionRow muongSo = district("s03430", "b2", "03430", "Xã Mường So", 3_000L);

    @BeforeEach
    void writeLake() throws Exception {
        ReferenceFixture.write(referenceDir);
        lake = new LakeWriter(home.resolve("lake"));
        builder = new WarehouseBuilder(home, Path.of("sql"), referenceDir);

        lake.writeBatch("b1", List.of(tamDuongFirst, tamDuong, phongTho, otherLabel("Quý III/2024"),
                        otherLabel("6 tháng đầu năm 2024"), otherLabel("6 tháng cuối năm 2024"),
                        otherLabel("9 tháng năm 2023"), otherLabel("Tháng 5/2024")),
                concat(
                        leaves(tamDuongFirst, "GNBV.DA1.TDA1", "current", "NSTW", "DTPT", "999", "1", 12),
                        leaves(tamDuong, "GNBV.DA1.TDA1", "current", "NSTW", "DTPT", "100", "40", 12),
                        leaves(tamDuong, "GNBV.DA1.TDA2", "current", "NSTW", "SN", "50", "25", 13),
                        leaves(tamDuong, "GNBV.DA1.TDA1", "carryover", "NSDP", "SN", "10", "5", 20),
                        List.of(budget(tamDuong, "GNBV.DA1", "aggregate", "current", "NSTW", "DTPT", "allocated", "150", "D11", 11),
                                budget(tamDuong, "GNBV.DA1.TDA1", "leaf", "current", "TOTAL", "TOTAL", "allocated", "100", "C12", 12),
                                budget(tamDuong, "GNBV.DA1.TDA1", "leaf", "current", "NSTW", "DTPT", "disbursement_pct", "40", "N12", 12),
                                budget(tamDuong, null, "total", "current", "TOTAL", "TOTAL", "allocated", "160", "C9", 9)),
                        leaves(phongTho, "GNBV.DA1.TDA1", "current", "NSTW", "SN", "6656", "3000", 12),
                        leaves(phongTho, "GNBV.DA2", "current", "NSTW", "SN", "12391", "0.001032", 14),
                        leaves(phongTho, "GNBV.DA1.TDA1", "carryover", "NSTW", "SN", "1032", "1032", 21),
                        leaves(phongTho, null, "current", "NSTW", "SN", "7", "0", 15)),
                List.of(finding(phongTho, "SUM_CHILDREN", "C11", "Dự án 1")));
        lake.writeBatch("b2", List.of(muongSo),
                leaves(muongSo, "GNBV.DA1.TDA1", "current", "NSTW", "SN", "5", "2.5", 12), List.of());

        // a chunk killed before its ledger was written: a newer Tam Đường file that never committed
        SubmissionRow killed = district("s105-killed", "b3", "105", "Huyện Tam Đường", 9_000L);
        lake.writeBatch("b3", List.of(killed),
                leaves(killed, "GNBV.DA1.TDA1", "current", "NSTW", "DTPT", "777", "777", 12),
                List.of(finding(killed, "SUM_CHILDREN", "C11", "không được thấy")));
        Files.delete(home.resolve("lake/submission/program=GNBV/year=2024/part-b3.parquet"));
    }

    @Test
    void factsHoldLeafLinesOfLoadedSubmissionsOnly() throws Exception {
        BuildResult result = builder.build(progress::add);

        assertThat(result.warehouseFile()).isEqualTo(home.resolve("warehouse.duckdb").toAbsolutePath());
        assertThat(home.resolve("warehouse.duckdb.next")).doesNotExist();
        assertThat(result.rowCount("fact_budget")).isEqualTo(7);
        assertThat(result.rowCount("fact_budget_unmatched")).isEqualTo(1);
        assertThat(result.rowCount("dim_source")).isEqualTo(14);
        assertThat(progress).as("one Vietnamese line per layer, not one per model")
                .filteredOn(line -> line.startsWith("Dựng lớp ")).extracting(line -> line.split(" ")[2])
                .containsExactly("01", "02", "03", "05");
        assertThat(progress).allMatch(line -> line.matches(".*[ăâđêôơưĐạ-ỹ].*"))
                .last().isEqualTo("Đã công bố kho dữ liệu: " + result.warehouseFile());
        assertThat(query("select unit_key, project_code, budget_level, capital_type, vintage, allocated_mvnd, "
                + "disbursed_mvnd, cell_ref, disbursed_cell_ref from fact_budget where unit_code = '105' order by cell_ref"))
                .containsExactly(
                        List.of("105@2008-01-01", "GNBV.DA1.TDA1", "NSTW", "DTPT", "current", "100.000000", "40.000000", "C12", "H12"),
                        List.of("105@2008-01-01", "GNBV.DA1.TDA2", "NSTW", "SN", "current", "50.000000", "25.000000", "C13", "H13"),
                        List.of("105@2008-01-01", "GNBV.DA1.TDA1", "NSDP", "SN", "carryover", "10.000000", "5.000000", "C20", "H20"));
        assertThat(query("select unit_key from fact_budget where unit_code = '03430'"))
                .containsExactly(List.of("03430@2008-01-01"));
        assertThat(query("select project_label, allocated_mvnd from fact_budget_unmatched"))
                .containsExactly(List.of("Dự án lạ", "7.000000"));
    }

    @Test
    void aCorrectedFileSupersedesTheEarlierOneAndAKilledChunkIsInvisible() throws Exception {
        builder.build(progress::add);

        assertThat(query("select submission_id, status, superseded_by from submission "
                + "where status in ('loaded', 'superseded') order by submission_id"))
                .containsExactly(
                        List.of("s03430", "loaded", "null"),
                        List.of("s105", "loaded", "null"),
                        List.of("s105-old", "superseded", "s105"),
                        List.of("s109", "loaded", "null"));
        assertThat(query("select count(*) from fact_budget where submission_id in ('s105-old', 's105-killed') "
                + "or batch_id = 'b3'")).containsExactly(List.of("0"));
        assertThat(query("select count(*) from submission where batch_id = 'b3'")).containsExactly(List.of("0"));
        // the lake keeps the finding raw; severity and messages are the catalogue's (jobs/rules/findings.yaml)
        assertThat(query("select submission_id, rule_code, severity, message, message_en from dq_issue"))
                .containsExactly(List.of("s109", "SUM_CHILDREN", "warning",
                        "Biểu 01!C11: số của \"Dự án 1\" (10.618) khác tổng các dòng con (10.718), chênh 100.",
                        "Biểu 01!C11: \"Dự án 1\" states 10,618 but its child lines add up to 10,718 (difference 100)."));
    }

    @Test
    void martGivesReportedAndRolledUpFigures() throws Exception {
        builder.build(progress::add);

        assertThat(query(programTotals())).containsExactly(
                List.of("03430", "reported", "5.000000", "2.500000", "50.0"),
                List.of("105", "reported", "160.000000", "70.000000", "43.75"),
                List.of("109", "reported", "20079.000000", "4032.001032", "20.080686"),
                List.of("109", "rolled_up", "5.000000", "2.500000", "50.0"),
                List.of("12", "rolled_up", "20239.000000", "4102.001032", "20.267805"));
    }

    @Test
    void martRollsUpProjectsAndSourcesWithAll() throws Exception {
        builder.build(progress::add);

        assertThat(query("select project_code, project_level, allocated_mvnd, disbursed_mvnd from mart_disbursement "
                + "where unit_code = '105' and basis = 'reported' and budget_level = 'ALL' and capital_type = 'ALL' "
                + "and vintage = 'ALL' order by project_code"))
                .containsExactly(
                        List.of("GNBV", "program", "160.000000", "70.000000"),
                        List.of("GNBV.DA1", "project", "160.000000", "70.000000"),
                        List.of("GNBV.DA1.TDA1", "subproject", "110.000000", "45.000000"),
                        List.of("GNBV.DA1.TDA2", "subproject", "50.000000", "25.000000"));
        assertThat(query("select budget_level, capital_type, vintage, allocated_mvnd from mart_disbursement "
                + "where unit_code = '105' and basis = 'reported' and project_code = 'GNBV' "
                + "order by budget_level, capital_type, vintage"))
                .hasSize(18)
                .contains(List.of("ALL", "ALL", "carryover", "10.000000"),
                        List.of("ALL", "DTPT", "ALL", "100.000000"),
                        List.of("NSTW", "ALL", "ALL", "150.000000"),
                        List.of("NSTW", "SN", "current", "50.000000"),
                        List.of("NSDP", "SN", "carryover", "10.000000"));
        assertThat(query("select allocated_mvnd from mart_disbursement where unit_code = '12' and project_code = 'GNBV.DA2' "
                + "and budget_level = 'NSTW' and capital_type = 'SN' and vintage = 'ALL'"))
                .containsExactly(List.of("12391.000000"));
    }

    @Test
    void dimensionsDescribePeriodsAndUnitVersions() throws Exception {
        builder.build(progress::add);

        assertThat(query("select period_label, period_type, start_date, end_date from dim_period order by start_date, end_date"))
                .containsExactly(
                        List.of("9 tháng năm 2023", "nine_months", "2023-01-01", "2023-09-30"),
                        List.of("6 tháng đầu năm 2024", "half", "2024-01-01", "2024-06-30"),
                        List.of("Năm 2024", "year", "2024-01-01", "2024-12-31"),
                        List.of("Tháng 5/2024", "month", "2024-05-01", "2024-05-31"),
                        List.of("Quý III/2024", "quarter", "2024-07-01", "2024-09-30"),
                        List.of("6 tháng cuối năm 2024", "half", "2024-07-01", "2024-12-31"));
        assertThat(query("select unit_key, parent_key from dim_unit where unit_code = '03430' order by unit_key"))
                .containsExactly(List.of("03430@2008-01-01", "109@2008-01-01"), List.of("03430@2025-07-01", "12@2025-07-01"));
    }

    @Test
    void allAssertionsPassOnTheScenario() {
        BuildResult result = builder.build(progress::add);

        assertThat(new SqlAssertions(home, Path.of("sql"), referenceDir).failures(result.warehouseFile())).isEmpty();
    }

    @Test
    void aFactOutsideTheCatalogueBreaksAssertions() {
        SubmissionRow broken = district("s-broken", "b9", "105", "Huyện Tam Đường", 5_000L);
        lake.writeBatch("b9", List.of(broken),
                leaves(broken, "GNBV.DA9", "current", "NSTW", "SN", "1", "1", 12), List.of());
        BuildResult result = builder.build(progress::add);

        List<String> failures = new SqlAssertions(home, Path.of("sql"), referenceDir).failures(result.warehouseFile());

        assertThat(failures).anyMatch(f -> f.startsWith("dim_project__facts_in_catalogue.sql: 1 offending row(s)")
                && f.contains("project_code=GNBV.DA9"));
        assertThat(failures).anyMatch(f -> f.startsWith("mart_disbursement__program_total_equals_facts.sql"));
    }

    @Test
    void rebuildingWhileAReaderHoldsTheOldFileKeepsTheReadersSnapshot() throws Exception {
        BuildResult first = builder.build(progress::add);
        Files.writeString(home.resolve("warehouse.duckdb.next"), "left by a killed build");
        try (Connection reader = ReadOnlyWarehouse.open(first.warehouseFile())) {
            assertThat(count(reader, "fact_budget")).isEqualTo(7);
            SubmissionRow province = district("s12", "b4", "12", "Tỉnh Lai Châu", 4_000L);
            lake.writeBatch("b4", List.of(province),
                    leaves(province, "GNBV.DA2", "current", "NSDP", "SN", "1000", "10", 12), List.of());

            BuildResult second = builder.build(progress::add);

            assertThat(second.rowCount("fact_budget")).isEqualTo(8);
            assertThat(count(reader, "fact_budget")).isEqualTo(7);
        }
        try (Connection fresh = ReadOnlyWarehouse.open(first.warehouseFile())) {
            assertThat(count(fresh, "fact_budget")).isEqualTo(8);
        }
    }

    @Test
    void anEmptyLakeBuildsEmptyTypedTables() throws Exception {
        Path emptyHome = home.resolve("empty");
        var emptyBuilder = new WarehouseBuilder(emptyHome, Path.of("sql"), referenceDir);

        BuildResult result = emptyBuilder.build(progress::add);

        assertThat(result.rowCount("fact_budget")).isZero();
        assertThat(result.rowCount("submission")).isZero();
        assertThat(result.rowCount("mart_disbursement")).isZero();
        assertThat(result.rowCount("dim_unit")).isEqualTo(6);
        try (Connection c = ReadOnlyWarehouse.open(result.warehouseFile())) {
            assertThat(rows(c, "select column_type from (describe fact_budget) where column_name = 'allocated_mvnd'"))
                    .containsExactly(List.of("DECIMAL(18,6)"));
        }
        assertThat(new SqlAssertions(emptyHome, Path.of("sql"), referenceDir).failures(result.warehouseFile())).isEmpty();
    }

    // ---------- fixture

    private static SubmissionRow district(String id, String batch, String unitCode, String unitName, long receivedAt) {
        return submission(id, batch, "inbox/" + unitName + "/" + id + ".xlsx", "sha-" + id, receivedAt,
                "GNBV", unitCode, unitName, 2024, "Năm 2024", "extracted");
    }

    private static SubmissionRow otherLabel(String periodLabel) {
        int year = Integer.parseInt(periodLabel.substring(periodLabel.length() - 4));
        return submission("dup-" + periodLabel, "b1", "inbox/" + periodLabel + ".xlsx", "sha-" + periodLabel, 1L,
                "GNBV", "105", "Huyện Tam Đường", year, periodLabel, "duplicate");
    }

    /** One leaf line: its allocated cell in column C, its disbursed cell in column H. */
    private static List<LakeWriter.Figures> leaves(SubmissionRow s, String project, String vintage, String level,
                                                   String type, String allocated, String disbursed, int row) {
        return List.of(budget(s, project, "leaf", vintage, level, type, "allocated", allocated, "C" + row, row),
                budget(s, project, "leaf", vintage, level, type, "disbursed", disbursed, "H" + row, row));
    }

    @SafeVarargs
    private static List<LakeWriter.Figures> concat(List<LakeWriter.Figures>... parts) {
        List<LakeWriter.Figures> all = new ArrayList<>();
        for (List<LakeWriter.Figures> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static String programTotals() {
        return "select unit_code, basis, allocated_mvnd, disbursed_mvnd, round(disbursement_pct, 6) from mart_disbursement "
                + "where project_code = 'GNBV' and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL' "
                + "order by unit_code, basis";
    }

    private List<List<String>> query(String sql) throws SQLException {
        try (Connection c = ReadOnlyWarehouse.open(home.resolve("warehouse.duckdb"))) {
            return rows(c, sql);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        return Long.parseLong(rows(c, "select count(*) from " + table).get(0).get(0));
    }

    private static List<List<String>> rows(Connection c, String sql) throws SQLException {
        return SqlRows.of(c, sql);
    }
}
