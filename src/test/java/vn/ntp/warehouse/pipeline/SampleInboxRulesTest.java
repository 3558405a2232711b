package vn.ntp.warehouse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.pipeline.Pipelines.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample inbox through the whole job with the shipped warehouse rules and form schedule, the files
 * timed as jobs/sample-inbox.EXPECTED.md says they arrived (git does not keep file times).
 *
 * <p>The warehouse rules legitimately add nothing here: no file states local funding (COUNTERPART_SHARE skips a
 * file without NSĐP), Phong Thổ is the only parent with a reporting child and only one of its communes reported
 * (PARENT_VS_CHILDREN needs them all), there is no 2023 report (YEAR_OVER_YEAR), at most three peers share a parent
 * (OUTLIER needs five), no Biểu 02/03 (RATE_OUT_OF_RANGE), and every file was saved inside its period.
 */
class SampleInboxRulesTest {

    private static final Map<String, String> RECEIVED = Map.of(
            "ma-ly-pho-bieu01-2024-6t.xlsx", "2024-06-28T10:20:00+07:00",
            "tam-duong-bieu01-2024-6t.xlsx", "2024-07-04T16:30:00+07:00",
            "phong-tho-bieu01-2024-6t.xlsx", "2024-07-05T09:15:00+07:00",
            "phong-tho-bieu01-2024-6t (1).xlsx", "2024-07-05T09:40:00+07:00",
            "sin-ho-bieu01-2024-6t.xls", "2024-07-06T14:05:00+07:00",
            "tam-duong-bieu01-2024-6t-sua.xlsx", "2024-07-09T08:45:00+07:00");

    @TempDir
    static Path tmp;
    static Path home;
    static Pipelines.Result run;

    @BeforeAll
    static void runOnTheSampleInbox() throws Exception {
        Path inbox = Pipelines.copyOfSampleInbox(tmp.resolve("inbox"));
        for (var file : RECEIVED.entrySet()) {
            Files.setLastModifiedTime(inbox.resolve(file.getKey()),
                    FileTime.from(OffsetDateTime.parse(file.getValue()).toInstant()));
        }
        home = tmp.resolve("home");
        run = Pipelines.run(home, inbox);
    }

    @Test
    void theFindingsAreExactlyThoseTheSampleDocumentsWithTheirCells() throws Exception {
        assertThat(run.exitCode()).isZero();
        assertThat(query(home, "select rule_code, severity, source, unit_code, sheet, cell_ref, expected, actual from dq_issue "
                + "order by rule_code, cell_ref"))
                .extracting(r -> r.get("rule_code") + " " + r.get("severity") + " " + r.get("source") + " " + r.get("unit_code")
                        + " " + r.get("sheet") + "!" + r.get("cell_ref") + " " + r.get("expected") + "/" + r.get("actual"))
                .containsExactly(
                        "DUPLICATE_FILE info extract null ! phong-tho-bieu01-2024-6t.xlsx/phong-tho-bieu01-2024-6t (1).xlsx",
                        // Xã Mường So's Biểu 03 states 12,5 % where 5,1 % follows from its counts
                        "STATED_PCT warning extract 03589 Bieu03!D15 5.1/12.5",
                        // Phong Thổ's Biểu 04, Dự án 6: the stated rate is the money-based one
                        "STATED_PCT_MONEY_BASED info extract 109 Biểu 04!G15 40/30.03",
                        "SUM_CHILDREN warning extract 109 Biểu 01!E13 51957/51857",
                        "SUM_CHILDREN warning extract 109 Biểu 01!E14 9686/9586",
                        "SUM_TOTAL_ROW warning extract 109 Biểu 01!C40 1250/1295");
        assertThat(run.out()).as("the warehouse rules ran and found nothing").containsPattern("kiểm tra chéo bằng \\d+ quy tắc kho dữ liệu .*: 0 phát hiện");
    }

    @Test
    void threeOfLaiChausEightDistrictsReportedAllOnTime() throws Exception {
        assertThat(query(home, "select program_code, form_code, year, period_label, parent_code, expected_units, received_units, "
                + "completeness_pct, on_time_units from mart_completeness")).singleElement().satisfies(row ->
                assertThat(row.values()).containsExactly("GNBV", "01", 2024, "6 tháng đầu năm 2024", "12", 8L, 3L, 37.5, 3L));
        assertThat(query(home, "select unit_code from missing_submissions order by unit_code"))
                .extracting(r -> r.get("unit_code")).containsExactly("105", "107", "110", "111", "112");
    }

    @Test
    void theRunReportIsWrittenAndStatusPointsToIt() throws Exception {
        List<Path> reports;
        try (var files = Files.list(home.resolve("reports"))) {
            reports = files.filter(p -> p.getFileName().toString().matches("run-.*\\.html")).toList();
        }
        assertThat(reports).hasSize(1);
        Document report = Jsoup.parse(reports.get(0).toFile());
        assertThat(report.select("svg.chart rect[data-value]")).hasSizeGreaterThan(10);
        assertThat(report.select("table#rules tr[data-rule]").eachAttr("data-rule"))
                .containsExactlyInAnyOrder("SUM_CHILDREN", "SUM_TOTAL_ROW", "DUPLICATE_FILE", "STATED_PCT", "STATED_PCT_MONEY_BASED");
        assertThat(report.getElementById("chart-completeness").text()).contains("37,5 % (3/8 đơn vị, đúng hạn 3)");

        Pipelines.Result status = Pipelines.ntp("status", "--home", home.toString());
        assertThat(status.out()).contains("Báo cáo mới nhất: " + reports.get(0));
    }
}
