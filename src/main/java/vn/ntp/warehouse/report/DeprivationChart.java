package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.ReportText.count;
import static vn.ntp.warehouse.report.ReportText.dbl;
import static vn.ntp.warehouse.report.ReportText.num;
import static vn.ntp.warehouse.report.ReportText.percent;
import static vn.ntp.warehouse.report.ReportText.str;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The share of households deprived of each basic social service (Biểu 03), poor and near-poor households apart. */
final class DeprivationChart {

    private DeprivationChart() {
    }

    static String html(Connection c, ReportQueries queries, Vocabulary words) throws SQLException {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (Map<String, Object> r : queries.rows(c, "report_deprivation")) {
            double pct = dbl(r.get("rate_pct"));
            bars.add(new SvgBarChart.Bar(r.get("indicator_code") + " " + str(r.get("indicator_name")) + " — "
                    + words.word("household_group", str(r.get("household_group"))).toLowerCase(Locale.ROOT) + ", " + r.get("period_label"),
                    pct, percent(pct) + " (" + count(num(r.get("deprived_households"))) + "/" + count(num(r.get("base_households"))) + " hộ)",
                    "poor".equals(r.get("household_group")) ? "bar" : "bar-info"));
        }
        if (bars.isEmpty()) return "<p class=\"note\" id=\"chart-deprivation\">Chưa có số liệu Biểu 03 trong kho.</p>";
        return SvgBarChart.render("chart-deprivation", "Tỷ lệ hộ thiếu hụt theo chỉ số", bars, 100);
    }
}
