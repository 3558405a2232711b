package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.ReportText.count;
import static vn.ntp.warehouse.report.ReportText.day;
import static vn.ntp.warehouse.report.ReportText.num;
import static vn.ntp.warehouse.report.ReportText.str;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** A run that received nothing while units still owe a form: said first, never a silent "0". */
final class NothingReceivedAlert {

    private NothingReceivedAlert() {
    }

    /** Empty when the run received files; {@code k}: the row of {@code report_kpis}. */
    static String html(Connection c, ReportQueries queries, Map<String, Object> k) throws SQLException {
        if (((Number) k.get("run_files")).longValue() > 0) return "";
        List<Map<String, Object>> owed = queries.rows(c, "expected_not_received");
        if (owed.isEmpty()) {
            return "<p class=\"alert\" id=\"waiting\">Lần chạy này không nhận tệp mới nào; không còn đơn vị nào phải nộp theo lịch.</p>";
        }
        StringBuilder items = new StringBuilder();
        long units = 0;
        for (Map<String, Object> r : owed) {
            long n = num(r.get("missing_units"));
            units += n;
            items.append("<li>Biểu ").append(Html.escape(str(r.get("form_code")))).append(' ').append(Html.escape(str(r.get("program_code"))))
                    .append(", ").append(Html.escape(str(r.get("period_label")))).append(": ").append(count(n))
                    .append(" đơn vị chưa nộp, hạn ").append(day(r.get("due_date")))
                    .append(Boolean.TRUE.equals(r.get("overdue")) ? " (đã quá hạn)" : "").append("</li>");
        }
        return "<div class=\"alert\" id=\"waiting\"><b>Lần chạy này không nhận tệp mới nào</b>, trong khi còn " + count(units)
                + " đơn vị chưa nộp biểu theo lịch. Kiểm tra hộp thư (ổ mạng, thư điện tử) có nhận được tệp không.<ul>" + items + "</ul></div>";
    }
}
