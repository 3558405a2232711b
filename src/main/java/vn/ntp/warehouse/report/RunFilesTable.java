package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.ReportText.count;
import static vn.ntp.warehouse.report.ReportText.joinNonEmpty;
import static vn.ntp.warehouse.report.ReportText.num;
import static vn.ntp.warehouse.report.ReportText.str;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The run's files with their unit, form and period, state, reason, findings and a link to their feedback workbook;
 * the files to look at first, at most 200 (the limit of {@code report_run_files}), folded when there are more than 20.
 */
final class RunFilesTable {

    private RunFilesTable() {
    }

    static String html(Connection c, ReportQueries queries, Vocabulary words, Path reportsDir, String runId) throws SQLException {
        List<Map<String, Object>> rows = queries.rows(c, "report_run_files", runId);
        if (rows.isEmpty()) return "<p class=\"note\" id=\"run-files\">Không có tệp mới trong lần chạy này.</p>";
        long total = num(rows.get(0).get("total_files"));
        Path feedback = RunReport.feedbackDir(reportsDir, runId);
        StringBuilder t = new StringBuilder("<table id=\"run-files\"><tr><th>Tệp</th><th>Đơn vị</th><th>Biểu, kỳ</th><th>Trạng thái</th>"
                + "<th>Lý do</th><th class=\"n\">Lỗi</th><th class=\"n\">Cảnh báo</th><th class=\"n\">Thông tin</th><th>Tệp phản hồi</th></tr>");
        for (Map<String, Object> r : rows) {
            String file = str(r.get("source_file"));
            String unit = joinNonEmpty(str(r.get("unit_name")), str(r.get("district_name")), str(r.get("province_name")));
            if (!str(r.get("unit_code")).isEmpty()) unit += " (" + str(r.get("unit_code")) + ")";
            String state = words.word("status", str(r.get("status"))) + (Boolean.TRUE.equals(r.get("blocked")) ? ", bị chặn do lỗi" : "");
            String reason = str(r.get("reason_vi"));
            if (reason.isEmpty() && "superseded".equals(r.get("status"))) reason = "có bản sau của cùng đơn vị, biểu và kỳ";
            if (reason.isEmpty() && "duplicate".equals(r.get("status"))) reason = "cùng nội dung với một tệp đã nhận";
            long errors = num(r.get("errors"));
            long warnings = num(r.get("warnings"));
            String link = feedbackLink(reportsDir, feedback, file);
            t.append("<tr data-file=\"").append(Html.escape(file)).append("\"><td>").append(Html.escape(file)).append("</td><td>")
                    .append(Html.escape(unit)).append("</td><td>")
                    .append(Html.escape(str(r.get("form_code")).isEmpty() ? "" : "Biểu " + r.get("form_code") + " " + str(r.get("program_code"))
                            + ", " + str(r.get("period_label"))))
                    .append("</td><td>").append(Html.escape(state)).append("</td><td>").append(Html.escape(reason)).append("</td>")
                    .append("<td class=\"n").append(errors > 0 ? " err" : "").append("\">").append(count(errors)).append("</td>")
                    .append("<td class=\"n").append(warnings > 0 ? " warn" : "").append("\">").append(count(warnings)).append("</td>")
                    .append("<td class=\"n\">").append(count(num(r.get("infos")))).append("</td><td>").append(link).append("</td></tr>");
        }
        t.append("</table>");
        String note = total > rows.size()
                ? "<p class=\"note\">" + count(rows.size()) + " trên " + count(total) + " tệp của lần chạy, tệp cần xem trước "
                + "(cách ly, bị chặn, nhiều lỗi); đủ danh sách: <code>./ntp query \"select * from submission where run_id = '"
                + Html.escape(runId) + "'\"</code></p>"
                : "<p class=\"note\">" + count(total) + " tệp, tệp cần xem trước. Tệp phản hồi: bản sao tệp của đơn vị, ô có vấn đề được tô màu "
                + "và ghi chú (như ./ntp validate), trong reports/feedback/" + Html.escape(runId) + "/.</p>";
        return total > 20 ? Html.folded("run-files-section", "Các tệp của lần chạy này (" + count(total) + ")", false, note + t)
                : "<h3 class=\"small\">Các tệp của lần chạy này</h3>" + note + t;
    }

    private static String feedbackLink(Path reportsDir, Path feedback, String sourceFile) {
        return FeedbackWorkbook.written(feedback, sourceFile).map(f -> {
            String href = reportsDir.relativize(f).toString().replace('\\', '/');
            return "<a href=\"" + Html.escape(href.replace(" ", "%20")) + "\">" + Html.escape(f.getFileName().toString()) + "</a>";
        }).orElse("");
    }
}
