package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.ReportText.count;

import java.util.List;
import java.util.Map;

/** The import summary's figures as tiles, each with its name: this run's files and rows, then the whole warehouse's. */
final class KpiTiles {

    private record Kpi(String name, long value) {
    }

    private KpiTiles() {
    }

    /** {@code k}: the row of {@code report_kpis}. */
    static String thisRun(Map<String, Object> k) {
        return tiles("run", List.of(
                kpi("tệp nhận", k, "run_files"), kpi("đã nạp", k, "run_loaded"), kpi("trùng lặp", k, "run_duplicate"),
                kpi("bị thay thế", k, "run_superseded"), kpi("cách ly", k, "run_rejected"),
                kpi("bị chặn do lỗi", k, "run_blocked"), kpi("số liệu đọc từ các ô", k, "run_cell_values"),
                kpi("dòng chi tiết vào kho", k, "run_fact_rows"), kpi("lỗi", k, "run_errors"),
                kpi("cảnh báo", k, "run_warnings"), kpi("thông tin", k, "run_infos")));
    }

    static String wholeWarehouse(Map<String, Object> k) {
        return tiles("total", List.of(
                kpi("tệp trong kho", k, "total_files"), kpi("đã nạp", k, "total_loaded"),
                kpi("bị thay thế", k, "total_superseded"), kpi("trùng lặp", k, "total_duplicate"),
                kpi("cách ly", k, "total_rejected"), kpi("bị chặn do lỗi", k, "total_blocked"),
                kpi("dòng chi tiết", k, "total_fact_rows"), kpi("lỗi", k, "total_errors"),
                kpi("cảnh báo", k, "total_warnings"), kpi("thông tin", k, "total_infos")));
    }

    private static Kpi kpi(String name, Map<String, Object> row, String column) {
        return new Kpi(name, ((Number) row.get(column)).longValue());
    }

    private static String tiles(String id, List<Kpi> kpis) {
        StringBuilder html = new StringBuilder("<div class=\"kpis\" id=\"kpis-" + id + "\">");
        for (Kpi k : kpis) {
            html.append("<div class=\"kpi\" data-kpi=\"").append(Html.escape(k.name())).append("\"><b>").append(count(k.value()))
                    .append("</b><span>").append(Html.escape(k.name())).append("</span></div>");
        }
        return html.append("</div>").toString();
    }
}
