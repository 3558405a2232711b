package vn.ntp.warehouse.cli;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;
import vn.ntp.warehouse.batch.AnnexLoadLauncher;
import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.report.ReportQueries;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * The closing lines of a completed run: files by state, rows and findings of this run, where the
 * report is; and, when the run received no new file while units still owe a form, which forms and
 * periods are waited for (never a silent "0 new files"). Queries: {@code sql/reports/run_*.sql}.
 */
final class RunSummary {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RunSummary() {
    }

    static void print(NtpSettings settings, AnnexLoadLauncher.Outcome outcome) {
        System.out.println();
        if (!Files.exists(settings.warehouse())) {
            System.out.println("Lần chạy " + outcome.runId() + ": hộp thư không có tệp biểu nào và kho chưa có số liệu. "
                    + "Đặt các tệp .xlsx/.xls vào hộp thư rồi chạy lại.");
            return;
        }
        ReportQueries queries = new ReportQueries(settings.sqlDir());
        try (Connection c = ReadOnlyWarehouse.open(settings.warehouse())) {
            // the run report's first lines (sql/reports/report_kpis.sql), the same figures
            Map<String, Object> k = queries.rows(c, "report_kpis", outcome.runId()).get(0);
            long files = count(k, "run_files");
            System.out.printf("Kết quả lần chạy %s: %d tệp mới — %d đã nạp, %d trùng lặp, %d bị thay thế, %d cách ly%n",
                    outcome.runId(), files, count(k, "run_loaded"), count(k, "run_duplicate"), count(k, "run_superseded"),
                    count(k, "run_rejected"));
            System.out.printf("  %d số liệu đọc từ các ô của biểu (kể cả các dòng tổng, để đối chiếu) → %d dòng chi tiết trong kho; "
                    + "%d phát hiện: %d lỗi, %d cảnh báo, %d thông tin%n",
                    count(k, "run_cell_values"), count(k, "run_fact_rows"),
                    count(k, "run_errors") + count(k, "run_warnings") + count(k, "run_infos"),
                    count(k, "run_errors"), count(k, "run_warnings"), count(k, "run_infos"));
            if (files == 0) waitingFor(queries.rows(c, "expected_not_received"));
            long quarantined = count(k, "run_rejected");
            if (quarantined > 0) {
                System.out.println("  " + quarantined + " tệp cách ly (không đọc được) nằm trong " + settings.quarantine()
                        + "; lý do của từng tệp ở tệp .reason.txt bên cạnh nó và trong báo cáo");
            }
            System.out.println("  Báo cáo: " + settings.reports().resolve("run-" + outcome.runId() + ".html"));
        } catch (SQLException e) {
            throw new Trouble("Không đọc được kho để tóm tắt lần chạy: kho vừa dựng bị hỏng hoặc thiếu bảng. "
                    + "Chạy lại ./ntp run; nếu vẫn lỗi, xem state/ntp.log.", e);
        }
    }

    private static long count(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    /** A run that received nothing: say which forms are still owed, and by when. */
    static void waitingFor(List<Map<String, Object>> owed) {
        if (owed.isEmpty()) {
            System.out.println("  Lần chạy này không nhận tệp mới nào; không còn đơn vị nào phải nộp biểu theo lịch jobs/schedule/forms.yaml.");
            return;
        }
        long units = owed.stream().mapToLong(r -> ((Number) r.get("missing_units")).longValue()).sum();
        System.out.println("  CHÚ Ý: lần chạy này không nhận tệp mới nào, trong khi còn " + units
                + " đơn vị chưa nộp biểu theo lịch (jobs/schedule/forms.yaml). Kiểm tra hộp thư (ổ mạng, thư điện tử) có nhận được tệp không:");
        for (Map<String, Object> r : owed) {
            LocalDate due = r.get("due_date") instanceof java.sql.Date d ? d.toLocalDate()
                    : r.get("due_date") instanceof LocalDate l ? l : null;
            System.out.printf("    Biểu %s %s, %s: %d đơn vị chưa nộp, hạn %s%s%n", r.get("form_code"), r.get("program_code"),
                    r.get("period_label"), ((Number) r.get("missing_units")).longValue(), due == null ? "-" : DAY.format(due),
                    Boolean.TRUE.equals(r.get("overdue")) ? " (đã quá hạn)" : "");
        }
    }
}
