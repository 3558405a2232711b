package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.Html.folded;
import static vn.ntp.warehouse.report.ReportText.count;
import static vn.ntp.warehouse.report.ReportText.day;
import static vn.ntp.warehouse.report.ReportText.num;
import static vn.ntp.warehouse.report.ReportText.str;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The units that have not sent a scheduled form, with its deadline; folded when there are more than 20. */
final class MissingUnitsTable {

    private MissingUnitsTable() {
    }

    static String html(Connection c, ReportQueries queries) throws SQLException {
        List<Map<String, Object>> rows = queries.rows(c, "report_missing_units");
        if (rows.isEmpty()) return "<p class=\"note\" id=\"missing\">Không có đơn vị nào chưa nộp.</p>";
        long total = num(rows.get(0).get("total_missing"));
        StringBuilder t = new StringBuilder("<table id=\"missing\"><tr><th>Tỉnh</th><th>Cấp trên</th><th>Đơn vị</th><th>Mã</th><th>Biểu</th>"
                + "<th>Kỳ</th><th>Hạn nộp</th></tr>");
        for (Map<String, Object> r : rows) {
            t.append("<tr>");
            for (Object v : List.of(str(r.get("province_name")), str(r.get("parent_name")), str(r.get("unit_name")), str(r.get("unit_code")),
                    "Biểu " + r.get("form_code") + " " + r.get("program_code"), str(r.get("period_label")), day(r.get("due_date")))) {
                t.append("<td>").append(Html.escape(v.toString())).append("</td>");
            }
            t.append("</tr>");
        }
        String note = "<p class=\"note\">Đơn vị chưa nộp: " + count(total) + (total > rows.size() ? " (" + rows.size()
                + " đơn vị đầu; đủ danh sách: <code>./ntp query \"select * from missing_submissions\"</code>)" : "") + "</p>";
        return folded("Đơn vị chưa nộp (" + count(total) + ")", total <= 20, note + t + "</table>");
    }
}
