package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * Issue 16.6: every table, view and column of the published warehouse carries a Vietnamese comment with
 * its English name (from jobs/dictionary, applied at every build), and {@code ./ntp docs} writes a
 * self-contained catalogue: tables, columns, grain, the models each is built from, the SQL tests and
 * their results.
 */
class WarehouseExplainsItselfTest {
    @TempDir
    Path tmp;

    @Test
    void everyTableAndColumnIsCommentedAndTheCatalogueListsThem() throws Exception {
        Path home = tmp.resolve("home");
        assertThat(CommandLineTest.ntp("demo", "--home", home.toString()).exit()).isZero();
        List<String> tables = new ArrayList<>();
        try (Connection c = ReadOnlyWarehouse.open(home.resolve("warehouse.duckdb")); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    select table_name, comment from duckdb_tables() where schema_name = 'main'
                    union all select view_name, comment from duckdb_views() where schema_name = 'main' and not internal order by 1""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                    // "Tổng hợp giải ngân — một dòng cho mỗi … [mart_disbursement]": a Vietnamese name, then the English one
                    assertThat(rs.getString(2)).as(rs.getString(1)).matches(".+ — .+ \\[" + rs.getString(1) + "]");
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    select table_name, column_name, comment from duckdb_columns() where schema_name = 'main' and not internal""")) {
                int columns = 0;
                while (rs.next()) {
                    columns++;
                    assertThat(rs.getString(3)).as(rs.getString(1) + "." + rs.getString(2))
                            .endsWith(" [" + rs.getString(2) + "]").doesNotStartWith(rs.getString(2) + " [");
                }
                assertThat(columns).isGreaterThan(500);
            }
            try (ResultSet rs = s.executeQuery("select comment from duckdb_columns() where table_name = 'mart_disbursement' "
                    + "and column_name = 'disbursement_pct'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("Tỷ lệ giải ngân (%): Giải ngân chia kế hoạch vốn × 100 [disbursement_pct]");
            }
        }
        assertThat(tables).contains("mart_disbursement", "submission", "dq_issue", "stg_budget", "missing_submissions");

        CommandLineTest.Printed docs = CommandLineTest.ntp("docs", "--home", home.toString());
        assertThat(docs.exit()).isZero();
        Path file = home.resolve("reports/danh-muc-kho.html");
        assertThat(docs.out()).isEqualTo("Danh mục kho dữ liệu: " + file + "\n");
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Document catalogue = Jsoup.parse(html);
        assertThat(catalogue.select("script, link, img")).isEmpty();
        assertThat(catalogue.select("section[data-table]").eachAttr("data-table")).containsExactlyInAnyOrderElementsOf(tables);
        Element disbursement = catalogue.selectFirst("section[data-table=mart_disbursement]");
        assertThat(disbursement.selectFirst("h3").text()).isEqualTo("Tổng hợp giải ngân mart_disbursement (bảng)");
        assertThat(disbursement.selectFirst(".from").text()).contains("fact_budget", "dim_unit", "bridge_rollup_target");
        assertThat(disbursement.select("table.columns tr").size()).isEqualTo(1 + 19);
        assertThat(disbursement.select("li[data-test]").eachText())
                .contains("mart_disbursement__program_total_equals_facts.sql: đạt");
        assertThat(catalogue.selectFirst("section[data-table=stg_submission] .from").text()).isEqualTo("lake/submission");
        assertThat(catalogue.selectFirst("section[data-table=stg_unit] .from").text()).startsWith("jobs/reference/");
    }
}
