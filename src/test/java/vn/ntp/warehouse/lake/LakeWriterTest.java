package vn.ntp.warehouse.lake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.ntp.warehouse.extract.Figure;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.lake.LakeRows.budget;
import static vn.ntp.warehouse.lake.LakeRows.finding;
import static vn.ntp.warehouse.lake.LakeRows.submission;
import vn.ntp.warehouse.fixtures.SqlRows;

class LakeWriterTest {

    @TempDir
    Path home;

    private Path lake() {
        return home.resolve("lake");
    }

    private final SubmissionRow phongTho = submission("s1", "b1", "inbox/Phong Thổ 2024.xlsx", "aaa", 1_000L,
            "GNBV", "109", "Huyện Phong Thổ", 2024, "Năm 2024", "extracted");
    private final SubmissionRow tamDuong = submission("s2", "b1", "inbox/Tam Đường 2023.xlsx", "bbb", 2_000L,
            "DTTS", "105", "Huyện Tam Đường", 2023, "9 tháng năm 2023", "extracted");
    private final SubmissionRow unreadable = submission("s3", "b1", "inbox/hỏng.xlsx", "ccc", 3_000L,
            null, null, null, 0, null, "rejected");

    @Test
    void budgetRowsReadBackExactlyFromHivePartitions() throws Exception {
        new LakeWriter(lake()).writeBatch("b1", List.of(phongTho, tamDuong, unreadable),
                List.of(budget(phongTho, "GNBV.DA1.TDA1", "leaf", "carryover", "NSTW", "SN", "allocated", "0.001032", "D12", 12),
                        budget(phongTho, null, "total", "current", "TOTAL", "TOTAL", "allocated", "144735.000000", "C9", 9),
                        budget(tamDuong, "DTTS.DA1", "leaf", "current", "NSDP", "DTPT", "disbursed", "7.5", "J10", 10)),
                List.of(finding(phongTho, "SUM_CHILDREN", "C12", "Tổng dự án khác tổng các tiểu dự án")));

        assertThat(lake().resolve("budget/program=GNBV/year=2024/part-b1.parquet")).isRegularFile();
        assertThat(lake().resolve("budget/program=DTTS/year=2023/part-b1.parquet")).isRegularFile();
        assertThat(lake().resolve("finding/program=GNBV/year=2024/part-b1.parquet")).isRegularFile();
        assertThat(lake().resolve("submission/program=UNKNOWN/year=0/part-b1.parquet")).isRegularFile();
        assertThat(filesUnder(lake())).noneMatch(f -> f.toString().endsWith(".tmp"));

        List<List<String>> rows = query("select program, year, program_code, period_year, unit_name, project_code, "
                + "project_label, value_mvnd, typeof(value_mvnd), cell_ref from read_parquet('"
                + lake() + "/budget/**/*.parquet', hive_partitioning=true) order by cell_ref");
        assertThat(rows).containsExactly(
                List.of("GNBV", "2024", "GNBV", "2024", "Huyện Phong Thổ", "null", "Dự án lạ", "144735.000000", "DECIMAL(18,6)", "C9"),
                List.of("GNBV", "2024", "GNBV", "2024", "Huyện Phong Thổ", "GNBV.DA1.TDA1", "Dự án GNBV.DA1.TDA1", "0.001032", "DECIMAL(18,6)", "D12"),
                List.of("DTTS", "2023", "DTTS", "2023", "Huyện Tam Đường", "DTTS.DA1", "Dự án DTTS.DA1", "7.500000", "DECIMAL(18,6)", "J10"));

        assertThat(query("select submission_id, received_at_epoch_ms, sha256, status from read_parquet('"
                + lake() + "/submission/**/*.parquet', hive_partitioning=true) order by submission_id"))
                .containsExactly(List.of("s1", "1000", "aaa", "extracted"), List.of("s2", "2000", "bbb", "extracted"),
                        List.of("s3", "3000", "ccc", "rejected"));
        assertThat(query("select label, expected, actual from read_parquet('" + lake() + "/finding/**/*.parquet')"))
                .containsExactly(List.of("Tổng dự án khác tổng các tiểu dự án", "10718", "10618"));
    }

    @Test
    void ledgerKnowsCommittedFilesAndContent() {
        var writer = new LakeWriter(lake());
        writer.writeBatch("b1", List.of(phongTho, unreadable), List.of(), List.of());
        SubmissionRow sameContentLater = submission("s9", "b2", "inbox/copy of Phong Thổ.xlsx", "aaa", 9_000L,
                "GNBV", "109", "Huyện Phong Thổ", 2024, "Năm 2024", "duplicate");
        writer.writeBatch("b2", List.of(sameContentLater), List.of(), List.of());

        LakeLedger ledger = LakeLedger.read(lake());

        assertThat(ledger.size()).isEqualTo(3);
        assertThat(ledger.committedBatchIds()).containsExactlyInAnyOrder("b1", "b2");
        assertThat(ledger.isCommitted("inbox/Phong Thổ 2024.xlsx", "aaa")).isTrue();
        assertThat(ledger.isCommitted("inbox/Phong Thổ 2024.xlsx", "changed")).isFalse();
        assertThat(ledger.firstSubmissionWithHash("aaa")).contains("s1");
        assertThat(ledger.firstSubmissionWithHash("zzz")).isEmpty();
    }

    @Test
    void anEmptyLakeHasAnEmptyLedger() {
        LakeLedger ledger = LakeLedger.read(lake());

        assertThat(ledger.size()).isZero();
        assertThat(ledger.committedBatchIds()).isEmpty();
        assertThat(ledger.removeOrphans()).isZero();
    }

    @Test
    void aFigureWithMoreDecimalsThanTheLakeKeepsIsRoundedToSixNotAFailedChunk() throws Exception {
        // a cached formula result (333.33333333333331) or a damaged .xls double (2280.0000000000773)
        new LakeWriter(lake()).writeBatch("b1", List.of(phongTho),
                List.of(budget(phongTho, "GNBV.DA1", "leaf", "current", "NSTW", "SN", "allocated", "333.33333333333331", "C10", 10),
                        budget(phongTho, "GNBV.DA2", "leaf", "current", "NSTW", "SN", "allocated", "2280.0000000000773", "C11", 11)),
                List.of());

        assertThat(query("select cast(value_mvnd as varchar) from read_parquet('" + lake() + "/budget/**/*.parquet') order by cell_ref"))
                .containsExactly(List.of("333.333333"), List.of("2280.000000"));
    }

    @Test
    void factFilesOfAnUncommittedBatchAndTmpLeftoversAreRemoved() throws IOException {
        var writer = new LakeWriter(lake());
        writer.writeBatch("b1", List.of(phongTho),
                List.of(budget(phongTho, "GNBV.DA1", "leaf", "current", "NSTW", "SN", "allocated", "1", "C10", 10)),
                List.of(finding(phongTho, "SUM_CHILDREN", "C10", "lỗi")));
        SubmissionRow killed = submission("s5", "b2", "inbox/Mường So.xlsx", "ddd", 5_000L,
                "GNBV", "03430", "Xã Mường So", 2024, "Năm 2024", "extracted");
        writer.writeBatch("b2", List.of(killed),
                List.of(budget(killed, "GNBV.DA1", "leaf", "current", "NSTW", "SN", "allocated", "2", "C10", 10)),
                List.of(finding(killed, "SUM_CHILDREN", "C10", "lỗi")));
        Files.delete(lake().resolve("submission/program=GNBV/year=2024/part-b2.parquet")); // killed before its commit
        Path tmp = lake().resolve("budget/program=GNBV/year=2024/part-b3.parquet.tmp");
        Files.writeString(tmp, "half a file");

        int removed = LakeLedger.read(lake()).removeOrphans();

        assertThat(removed).as("two orphan parts and a tmp file (the seals of batch b2 go with them)").isEqualTo(3);
        assertThat(filesUnder(lake())).extracting(f -> lake().relativize(f).toString().replace('\\', '/'))
                .containsExactlyInAnyOrder("budget/program=GNBV/year=2024/part-b1.parquet",
                        "finding/program=GNBV/year=2024/part-b1.parquet",
                        "submission/program=GNBV/year=2024/part-b1.parquet",
                        "budget/program=GNBV/year=2024/part-b1.parquet.sum",
                        "finding/program=GNBV/year=2024/part-b1.parquet.sum",
                        "submission/program=GNBV/year=2024/part-b1.parquet.sum");
    }

    @Test
    void aLedgerOfTwentyThousandFilesIsReadWhole() {
        List<SubmissionRow> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add(submission("s" + i, "b" + (i / 1000), "inbox/xã " + i + ".xlsx", "sha" + i, i,
                    "GNBV", String.format("%05d", i), "Xã " + i, 2024, "Năm 2024", "extracted"));
        }
        var writer = new LakeWriter(lake());
        for (int batch = 0; batch < 20; batch++) {
            writer.writeBatch("b" + batch, many.subList(batch * 1000, (batch + 1) * 1000), List.of(), List.of());
        }

        LakeLedger ledger = LakeLedger.read(lake());

        assertThat(ledger.size()).isEqualTo(20_000);
        assertThat(ledger.committedBatchIds()).hasSize(20);
        assertThat(ledger.isCommitted("inbox/xã 19999.xlsx", "sha19999")).isTrue();
        assertThat(ledger.firstSubmissionWithHash("sha12345")).contains("s12345");
    }

    @Test
    void decimalsKeepSixPlaces() throws Exception {
        new LakeWriter(lake()).writeBatch("b1", List.of(phongTho),
                List.of(budget(phongTho, "GNBV.DA1", "leaf", "current", "NSTW", "SN", "allocated", "59318.123456", "C10", 10)),
                List.of());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select value_mvnd from read_parquet('" + lake() + "/budget/**/*.parquet')")) {
            rs.next();
            assertThat(rs.getBigDecimal(1)).isEqualByComparingTo(new BigDecimal("59318.123456"));
        }
    }

    @Test
    void householdDeprivationAndOutputRowsLandInTheirOwnDatasets() throws Exception {
        var one = BigDecimal.ONE;
        SubmissionRow phongThoYear = new SubmissionRow("s1", "b1", "run-1", "f.xlsx", "aaa", 1024, 1_000L, 0L, "GNBV",
                "Biểu 02", "109", "Huyện Phong Thổ", 2024, "year", "Năm 2024", "extracted", null, null, 3, 0);
        new LakeWriter(lake()).writeBatch("b1", List.of(phongThoYear), List.of(new LakeWriter.Figures(phongThoYear, List.of(
                new Figure("households", "Biểu 02", Figure.keys("03430", "Xã Mường So", "child", "start"), "poor",
                        one, "1", null, "Biểu 02", "D10", 10),
                new Figure("deprivation", "Biểu 03", Figure.keys("1.1", "Việc làm", "poor"), "deprived_households",
                        one, "1", null, "Biểu 03", "C10", 10),
                new Figure("output", "Biểu 04", Figure.keys("GNBV.DA1", "Dự án 1", "Số nhà được hỗ trợ", "Nhà"),
                        "planned", one, "1", null, "Biểu 04", "E10", 10)))), List.of());

        assertThat(lake().resolve("households/program=GNBV/year=2024/part-b1.parquet")).isRegularFile();
        assertThat(lake().resolve("deprivation/program=GNBV/year=2024/part-b1.parquet")).isRegularFile();
        assertThat(lake().resolve("output/program=GNBV/year=2024/part-b1.parquet")).isRegularFile();
        assertThat(query("select reporting_unit_code, unit_code, line_role, stage, measure, value from read_parquet('"
                + lake() + "/households/**/*.parquet')"))
                .containsExactly(List.of("109", "03430", "child", "start", "poor", "1.000000"));
        assertThat(query("select form_code, indicator_code, indicator_label, household_group, source_file, period_type "
                + "from read_parquet('" + lake() + "/deprivation/**/*.parquet')"))
                .containsExactly(List.of("Biểu 03", "1.1", "Việc làm", "poor", "f.xlsx", "year"));
        assertThat(query("select project_code, project_label, indicator, unit_of_measure, measure, original_unit "
                + "from read_parquet('" + lake() + "/output/**/*.parquet')"))
                .containsExactly(List.of("GNBV.DA1", "Dự án 1", "Số nhà được hỗ trợ", "Nhà", "planned", "null"));
        assertThat(Dataset.names())
                .containsExactly("budget", "households", "deprivation", "output", "finding", "submission");
    }

    /**
     * The figures' files have the columns, order, types and nullability the lake's record classes gave them before
     * the form-neutral writer (what sql/01_staging, compaction and existing lakes read), checked on the files' own
     * Parquet schema.
     */
    @Test
    void figureFilesKeepTheLakeSchemaColumnForColumn() throws Exception {
        SubmissionRow s = submission("s1", "b1", "f.xlsx", "aaa", 1_000L, "GNBV", "109", "Huyện Phong Thổ", 2024,
                "Năm 2024", "extracted");
        List<Figure> one = new ArrayList<>();
        for (FigureDataset dataset : FigureDataset.ALL) {
            String[] keys = new String[(int) dataset.columns().stream().filter(c -> c.key() >= 0).count()];
            one.add(new Figure(dataset.name(), "01", Figure.keys(keys), "m", BigDecimal.ONE, "1", null, "x", "C1", 1));
        }
        new LakeWriter(lake()).writeBatch("b1", List.of(s), List.of(new LakeWriter.Figures(s, one)), List.of());

        String head = "optional binary submission_id (STRING); optional binary batch_id (STRING); "
                + "optional binary program_code (STRING); required int32 period_year; optional binary period_type (STRING); "
                + "optional binary period_label (STRING); ";
        String tail = "optional binary source_file (STRING); optional binary sheet (STRING); "
                + "optional binary cell_ref (STRING); required int32 row_number;";
        String unit = "optional binary unit_code (STRING); optional binary unit_name (STRING); ";
        String form = "optional binary form_code (STRING); ";
        assertThat(parquetSchema("budget")).isEqualTo(head + unit + form
                + "optional binary project_code (STRING); optional binary project_label (STRING); "
                + "optional binary line_role (STRING); optional binary vintage (STRING); "
                + "optional binary budget_level (STRING); optional binary capital_type (STRING); "
                + "optional binary measure (STRING); optional int64 value_mvnd (DECIMAL(18,6)); "
                + "optional binary original_text (STRING); optional binary original_unit (STRING); " + tail);
        assertThat(parquetSchema("households")).isEqualTo(head
                + "optional binary reporting_unit_code (STRING); optional binary reporting_unit_name (STRING); " + form
                + unit + "optional binary line_role (STRING); optional binary stage (STRING); "
                + "optional binary measure (STRING); optional int64 value (DECIMAL(18,6)); "
                + "optional binary original_text (STRING); " + tail);
        assertThat(parquetSchema("deprivation")).isEqualTo(head + unit + form
                + "optional binary indicator_code (STRING); optional binary indicator_label (STRING); "
                + "optional binary household_group (STRING); optional binary measure (STRING); "
                + "optional int64 value (DECIMAL(18,6)); optional binary original_text (STRING); " + tail);
        assertThat(parquetSchema("output")).isEqualTo(head + unit + form
                + "optional binary project_code (STRING); optional binary project_label (STRING); "
                + "optional binary indicator (STRING); optional binary unit_of_measure (STRING); "
                + "optional binary measure (STRING); optional int64 value (DECIMAL(18,6)); "
                + "optional binary original_text (STRING); optional binary original_unit (STRING); " + tail);
    }

    /** The file's Parquet schema, fields separated by one space. */
    private String parquetSchema(String dataset) throws IOException {
        Path file = lake().resolve(dataset + "/program=GNBV/year=2024/part-b1.parquet");
        try (var reader = org.apache.parquet.hadoop.ParquetFileReader.open(new org.apache.parquet.io.LocalInputFile(file))) {
            return reader.getFooter().getFileMetaData().getSchema().getFields().stream()
                    .map(Object::toString).map(String::strip).reduce((a, b) -> a + "; " + b).orElse("") + ";";
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static List<List<String>> query(String sql) throws SQLException {
        return SqlRows.inMemory(sql);
    }
}
