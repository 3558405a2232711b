package vn.ntp.warehouse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;

import vn.ntp.warehouse.batch.RunProgress;

/**
 * {@code ./ntp status}: the last runs from the job repository (state, start, end), the files and
 * findings of each from the warehouse, and the latest run report.
 */
final class StatusCommand {
    private StatusCommand() {
    }

    static int run(Arguments args) {
        Path home = args.home();
        Trouble.requireReadableHome(home);
        if (!Files.isDirectory(home)) {
            System.out.println("Chưa có lần chạy nào: thư mục " + home + " chưa có (chạy ./ntp run hoặc ./ntp demo).");
            return 0;
        }
        boolean hasRepository = Files.exists(home.resolve("state/jobrepo.mv.db"));
        String url = args.springArgs().stream().filter(a -> a.startsWith("--spring.datasource.url="))
                .map(a -> a.substring("--spring.datasource.url=".length())).findFirst()
                .orElse("jdbc:h2:file:" + home.resolve("state/jobrepo") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE");
        System.out.println("Các lần chạy gần nhất:");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select e.JOB_EXECUTION_ID, p.PARAMETER_VALUE, e.START_TIME, e.END_TIME, e.STATUS
                     from BATCH_JOB_EXECUTION e
                     left join BATCH_JOB_EXECUTION_PARAMS p on p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID and p.PARAMETER_NAME = 'runId'
                     order by e.JOB_EXECUTION_ID desc limit 10""")) {
            while (rs.next()) {
                System.out.printf("  #%d  lần chạy %s  bắt đầu %s  kết thúc %s  %s%n", rs.getLong(1), rs.getString(2),
                        time(rs.getTimestamp(3)), time(rs.getTimestamp(4)), statusVi(rs.getString(5)));
            }
        } catch (SQLException e) {
            if (hasRepository || url.startsWith("jdbc:postgresql")) {
                throw new Trouble("Không đọc được nhật ký các lần chạy (" + (hasRepository ? home.resolve("state/jobrepo.mv.db") : url)
                        + "): tệp bị hỏng, đang bị khóa, thư mục chỉ đọc hoặc không có quyền. "
                        + "Kiểm tra quyền ghi của thư mục state/ (kho nhật ký cần ghi tệp khóa) rồi chạy lại.", e);
            }
            System.out.println("  (chưa có lần chạy nào)");
        }
        Path warehouse = home.resolve("warehouse.duckdb");
        if (Files.exists(warehouse)) {
            try (Connection c = WarehouseAccess.open(home); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("""
                         select s.run_id,
                                count(*) filter (where s.status = 'loaded') as loaded,
                                count(*) filter (where s.status = 'duplicate') as duplicate,
                                count(*) filter (where s.status = 'superseded') as superseded,
                                count(*) filter (where s.status = 'rejected') as rejected,
                                coalesce(sum(s.finding_count), 0) as findings
                         from submission s group by s.run_id order by s.run_id desc limit 10""")) {
                System.out.println("Tệp theo lần chạy (đã nạp / trùng / bị thay thế / cách ly / phát hiện):");
                while (rs.next()) {
                    System.out.printf("  %s: %d / %d / %d / %d / %d%n", rs.getString(1), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6));
                }
            } catch (SQLException e) {
                throw new Trouble("Không đọc được bảng submission của kho " + warehouse
                        + ": kho thiếu bảng hoặc bị hỏng. Chạy ./ntp run để dựng lại kho từ lake.", e);
            }
        }
        latestReport(home.resolve("reports")).ifPresent(p -> System.out.println("Báo cáo mới nhất: " + p));
        return 0;
    }

    /** The job repository stores local times of this machine; shown in Vietnam time, dd/MM/yyyy HH:mm. */
    private static String time(java.sql.Timestamp t) {
        return t == null ? "-" : RunProgress.time(t.toInstant());
    }

    private static String statusVi(String status) {
        try {
            return RunProgress.statusVi(BatchStatus.valueOf(status));
        } catch (IllegalArgumentException | NullPointerException e) {
            return "không rõ";
        }
    }

    static Optional<Path> latestReport(Path reports) {
        if (!Files.isDirectory(reports)) return Optional.empty();
        try (Stream<Path> files = Files.list(reports)) {
            return files.filter(p -> p.getFileName().toString().matches("run-.*\\.html"))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
