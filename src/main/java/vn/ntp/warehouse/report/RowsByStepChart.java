package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.ReportText.count;
import static vn.ntp.warehouse.report.ReportText.num;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The warehouse's rows through each step, files to mart rows, with the findings beside them. */
final class RowsByStepChart {

    private RowsByStepChart() {
    }

    static String html(Connection c, ReportQueries queries) throws SQLException {
        Map<String, Object> s = queries.rows(c, "report_stage_rows").get(0);
        List<SvgBarChart.Bar> stages = List.of(
                new SvgBarChart.Bar("1. Tệp tiếp nhận", num(s.get("files")), count(num(s.get("files")))),
                new SvgBarChart.Bar("2. Số liệu đọc từ các ô (kể cả dòng tổng)", num(s.get("cell_values")), count(num(s.get("cell_values")))),
                new SvgBarChart.Bar("3. Dòng chi tiết trong kho", num(s.get("fact_rows")), count(num(s.get("fact_rows")))),
                new SvgBarChart.Bar("4. Dòng các bảng tổng hợp", num(s.get("mart_rows")), count(num(s.get("mart_rows")))),
                new SvgBarChart.Bar("Phát hiện", num(s.get("findings")), count(num(s.get("findings"))), "bar-warning"));
        return SvgBarChart.render("chart-rows", "Số dòng qua từng bước (toàn kho)", stages);
    }
}
