package vn.ntp.warehouse.cli;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.ntp.warehouse.batch.AnnexLoadLauncher;
import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/** The closing lines of a run: files by state, rows and findings of this run, where the report is. */
final class RunSummary {
    private RunSummary() {
    }

    static void print(NtpSettings settings, AnnexLoadLauncher.Outcome outcome) {
        System.out.println();
        if (!outcome.succeeded()) {
            System.out.println("Lần chạy " + outcome.runId() + " kết thúc với trạng thái " + outcome.status()
                    + ". Chạy lại ./ntp run để tiếp tục; chi tiết trong " + settings.state().resolve("ntp.log"));
            return;
        }
        if (!Files.exists(settings.warehouse())) return;
        try (Connection c = WarehouseBuilder.openReadOnly(settings.warehouse())) {
            Map<String, Long> byStatus = counts(c, "select status, count(*) from submission where run_id = ? group by status", outcome.runId());
            Map<String, Long> bySeverity = counts(c, """
                    select d.severity, count(*) from dq_issue d join submission s using (submission_id)
                    where s.run_id = ? group by d.severity""", outcome.runId());
            long rows = single(c, """
                    select count(*) from (
                        select submission_id from fact_budget union all select submission_id from fact_households
                        union all select submission_id from fact_deprivation union all select submission_id from fact_output
                    ) f join submission s using (submission_id) where s.run_id = ?""", outcome.runId());
            long superseded = single(c, "select count(*) from submission where status = 'superseded'", null);
            System.out.printf("Kết quả lần chạy %s: %d tệp mới — %d đã nạp, %d trùng lặp, %d bị thay thế, %d cách ly%n",
                    outcome.runId(), byStatus.values().stream().mapToLong(Long::longValue).sum(),
                    byStatus.getOrDefault("loaded", 0L), byStatus.getOrDefault("duplicate", 0L),
                    byStatus.getOrDefault("superseded", 0L), byStatus.getOrDefault("rejected", 0L));
            System.out.printf("  %d dòng số liệu (fact_budget, fact_households, fact_deprivation, fact_output); %d phát hiện: %d lỗi, %d cảnh báo, %d thông tin%n",
                    rows, bySeverity.values().stream().mapToLong(Long::longValue).sum(),
                    bySeverity.getOrDefault("error", 0L), bySeverity.getOrDefault("warning", 0L), bySeverity.getOrDefault("info", 0L));
            System.out.printf("  Toàn kho: %d tệp bị thay thế bởi bản sửa; tệp cách ly nằm trong %s%n", superseded, settings.quarantine());
            System.out.println("  Báo cáo: " + settings.reports().resolve("run-" + outcome.runId() + ".html"));
        } catch (SQLException e) {
            System.out.println("Không đọc được kho để tóm tắt: " + e.getMessage());
        }
    }

    private static Map<String, Long> counts(Connection c, String sql, String runId) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static long single(Connection c, String sql, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (runId != null) ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
