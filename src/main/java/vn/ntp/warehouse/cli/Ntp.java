package vn.ntp.warehouse.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code ./ntp} command line. Batch commands start the Spring context; query, status and
 * validate do not need it and answer at once.
 */
public final class Ntp {
    static final String USAGE = """
            Cách dùng: ./ntp LỆNH [--home THƯ_MỤC] ...
              run [--inbox THƯ_MỤC]        một lần chạy: tiếp nhận → đọc → kiểm tra → lake → kho → bảng tổng hợp → báo cáo
              demo                         chạy trên hộp thư mẫu jobs/sample-inbox
              validate TỆP...              kiểm tra tệp của đơn vị, không ghi vào kho
              query "SQL"                  một câu lệnh SQL chỉ đọc trên kho, in CSV
              export [--format parquet|csv|xlsx]   ghi các bảng tổng hợp ra exports/
              schedule [--cron "0 0 2 * * ?"]      chạy theo lịch (Quartz) cho đến khi dừng
              status                       các lần chạy gần nhất
              serve [--port 8080]          cổng thông tin web: gửi tệp, xem kết quả, phê duyệt
              user add TÊN --unit MÃ --role don-vi|tinh|phan-tich|quan-tri | user list | user disable TÊN
              bench                        đo tốc độ (chạy qua Maven: mvn -Pbench)
            """;

    private Ntp() {
    }

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        PeakHeap.installIfAsked();
        System.exit(run(args));
    }

    public static int run(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (Arguments.UsageException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        try {
            return switch (arguments.command()) {
                case "run" -> BatchCommands.run(arguments, false);
                case "demo" -> BatchCommands.run(arguments, true);
                case "schedule" -> BatchCommands.schedule(arguments);
                case "query" -> QueryCommand.run(arguments);
                case "status" -> StatusCommand.run(arguments);
                case "validate" -> ValidateCommand.run(arguments);
                case "export" -> ExportCommand.run(arguments);
                case "serve" -> ServeCommand.run(arguments);
                case "user" -> UserCommand.run(arguments);
                case "help", "--help", "-h" -> {
                    System.out.print(USAGE);
                    yield 0;
                }
                default -> {
                    System.err.println("Lệnh không hợp lệ: " + arguments.command());
                    System.err.print(USAGE);
                    yield 2;
                }
            };
        } catch (Arguments.UsageException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
