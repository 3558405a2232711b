package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.ReportText.count;
import static vn.ntp.warehouse.report.ReportText.num;
import static vn.ntp.warehouse.report.ReportText.str;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The warehouse's files by state, blocked files apart; quarantined and blocked ones in red. */
final class FilesByStateChart {

    private FilesByStateChart() {
    }

    static String html(Connection c, ReportQueries queries, Vocabulary words) throws SQLException {
        List<SvgBarChart.Bar> states = new ArrayList<>();
        for (Map<String, Object> r : queries.rows(c, "report_files_by_state")) {
            boolean blocked = Boolean.TRUE.equals(r.get("blocked"));
            String status = str(r.get("status"));
            states.add(new SvgBarChart.Bar(words.word("status", status) + (blocked ? " — bị chặn do lỗi" : ""), num(r.get("files")),
                    count(num(r.get("files"))), status.equals("rejected") || blocked ? "bar-error" : "bar"));
        }
        return SvgBarChart.render("chart-files", "Số tệp theo trạng thái (toàn kho)", states);
    }
}
