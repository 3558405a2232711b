package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.ReportText.dbl;
import static vn.ntp.warehouse.report.ReportText.decimal;
import static vn.ntp.warehouse.report.ReportText.money;
import static vn.ntp.warehouse.report.ReportText.percent;
import static vn.ntp.warehouse.report.ReportText.str;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What was achieved of each planned indicator (Biểu 04), in the indicator's unit, with its spending beside it. */
final class AchievementChart {

    private AchievementChart() {
    }

    static String html(Connection c, ReportQueries queries) throws SQLException {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (Map<String, Object> r : queries.rows(c, "report_output")) {
            double pct = dbl(r.get("achievement_pct"));
            bars.add(new SvgBarChart.Bar(str(r.get("indicator")) + " — " + r.get("period_label"), pct, percent(pct) + " ("
                    + decimal(dbl(r.get("achieved")), 0) + "/" + decimal(dbl(r.get("planned")), 0) + " " + str(r.get("unit_of_measure")).toLowerCase(Locale.ROOT)
                    + "; kinh phí " + money(r.get("disbursed_mvnd")) + "/" + money(r.get("planned_mvnd")) + " tr.đ)", "bar-good"));
        }
        if (bars.isEmpty()) return "<p class=\"note\" id=\"chart-output\">Chưa có số liệu Biểu 04 trong kho.</p>";
        return SvgBarChart.render("chart-output", "Tỷ lệ thực hiện chỉ tiêu so với kế hoạch", bars, 100);
    }
}
