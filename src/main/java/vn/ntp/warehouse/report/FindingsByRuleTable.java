package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.ReportText.count;
import static vn.ntp.warehouse.report.ReportText.num;
import static vn.ntp.warehouse.report.ReportText.str;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The findings by rule, each rule with its name, severity and where it is checked: this run's count beside the warehouse's. */
final class FindingsByRuleTable {

    private FindingsByRuleTable() {
    }

    static String html(Connection c, ReportQueries queries, Vocabulary words, String runId) throws SQLException {
        List<Map<String, Object>> rows = queries.rows(c, "report_findings_by_rule", runId);
        if (rows.isEmpty()) return "<p class=\"note\" id=\"rules\">Không có phát hiện nào trong kho.</p>";
        StringBuilder t = new StringBuilder("<table id=\"rules\"><tr><th>Mã</th><th>Quy tắc</th><th>Mức độ</th><th>Phát hiện</th>"
                + "<th class=\"n\">Lần chạy này</th><th class=\"n\">Toàn kho</th></tr>");
        for (Map<String, Object> r : rows) {
            String severity = str(r.get("severity"));
            t.append("<tr data-rule=\"").append(Html.escape(str(r.get("rule_code")))).append("\"><td><code>")
                    .append(Html.escape(str(r.get("rule_code")))).append("</code></td><td>")
                    .append(Html.escape(words.word("rule_code", str(r.get("rule_code"))))).append("</td><td class=\"")
                    .append(severity.equals("error") ? "err" : severity.equals("warning") ? "warn" : "").append("\">")
                    .append(Html.escape(words.word("severity", severity))).append("</td><td>")
                    .append(Html.escape(words.word("source", str(r.get("source"))))).append("</td><td class=\"n\">")
                    .append(count(num(r.get("run_findings")))).append("</td><td class=\"n\">").append(count(num(r.get("total_findings"))))
                    .append("</td></tr>");
        }
        return t.append("</table>").toString();
    }
}
