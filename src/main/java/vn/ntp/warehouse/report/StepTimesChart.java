package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.ReportText.decimal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How long each step of this run took, the steps named in Vietnamese (never by their bean name). */
final class StepTimesChart {

    /** Vietnamese names of the job's steps, in run order. */
    private static final Map<String, String> STAGE_NAMES = stageNames();

    private StepTimesChart() {
    }

    static String html(Map<String, Duration> stageTimes) {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Duration> e : stageTimes.entrySet()) {
            double seconds = e.getValue().toMillis() / 1000.0;
            bars.add(new SvgBarChart.Bar(STAGE_NAMES.getOrDefault(e.getKey(), "Bước khác"), seconds, decimal(seconds, 1) + " giây"));
        }
        return SvgBarChart.render("chart-times", "Thời gian từng bước của lần chạy này (giây; bước báo cáo chưa tính)", bars);
    }

    private static Map<String, String> stageNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("intakeStep", "1. Tiếp nhận hộp thư");
        names.put("extractAnnexesStep", "2. Đọc biểu, kiểm tra, ghi kho tệp gốc");
        names.put("compactLakeStep", "3. Gộp các tệp nhỏ của kho tệp gốc");
        names.put("publishWarehouseStep", "4. Dựng kho, quy tắc, bảng tổng hợp");
        names.put("reportStep", "5. Báo cáo");
        return names;
    }
}
