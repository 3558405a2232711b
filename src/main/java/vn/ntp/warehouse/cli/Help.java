package vn.ntp.warehouse.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code ./ntp --help} and {@code ./ntp COMMAND --help}: what each command does, in Vietnamese. */
final class Help {
    static final String GLOBAL = """
            Tùy chọn chung (đặt ở bất kỳ vị trí nào trên dòng lệnh):
              --home THƯ_MỤC    thư mục của kho (mặc định ./ntp-home): hộp thư, lake, kho, báo cáo, nhật ký
              --verbose         khi có lỗi, in thêm chi tiết kỹ thuật ra màn hình (mặc định chỉ ghi vào state/ntp.log)
              --help            hướng dẫn của lệnh
            """;

    static final Map<String, String> COMMANDS = commands();

    private Help() {
    }

    static String usage() {
        StringBuilder out = new StringBuilder("Cách dùng: ./ntp LỆNH [TÙY_CHỌN]...\n");
        COMMANDS.forEach((name, text) -> out.append("  ").append(String.format("%-10s", name))
                .append(text.lines().findFirst().orElse("")).append('\n'));
        out.append("Xem hướng dẫn từng lệnh: ./ntp LỆNH --help\n");
        return out.append(GLOBAL).toString();
    }

    /** The help of one command, or the general usage for a name that is not a command. */
    static String of(String command) {
        String text = COMMANDS.get(command);
        if (text == null) return usage();
        return "./ntp " + command + ": " + text + "\n" + GLOBAL;
    }

    private static Map<String, String> commands() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("run", """
                một lần chạy: tiếp nhận → đọc biểu → kiểm tra → lake → kho → bảng tổng hợp → báo cáo
                  ./ntp run [--inbox THƯ_MỤC]
                  --inbox THƯ_MỤC   hộp thư cần đọc (mặc định <home>/inbox); thư mục phải có sẵn và đọc được
                Mã thoát: 0 xong (có thể có phát hiện), 1 thất bại, 2 sai cách dùng.""");
        c.put("demo", """
                chạy trên hộp thư mẫu jobs/sample-inbox rồi cho biết báo cáo và kho nằm ở đâu
                  ./ntp demo
                Mã thoát: như lệnh run.""");
        c.put("validate", """
                kiểm tra tệp biểu của đơn vị trước khi gửi, không ghi gì vào kho
                  ./ntp validate TỆP_HOẶC_THƯ_MỤC... [--feedback-next-to-file]
                  THƯ_MỤC                  kiểm tra mọi tệp .xlsx, .xlsm và .xls trong thư mục (kể cả thư mục con)
                  --feedback-next-to-file  ghi tệp phản hồi (<tên tệp>.kiem-tra.xlsx) cạnh từng tệp, thay vì vào <home>/reports
                Mã thoát: 0 không có lỗi, 1 có lỗi phải sửa, 2 có tệp không đọc được.""");
        c.put("query", """
                một câu lệnh SQL chỉ đọc trên kho, in kết quả dạng CSV
                  ./ntp query "select ... from mart_disbursement ..."
                Chỉ nhận một câu lệnh; kho không thể bị sửa qua lệnh này.
                Mã thoát: 0 xong, 1 lỗi SQL hoặc chưa có kho, 2 sai cách dùng.""");
        c.put("export", """
                ghi các bảng tổng hợp ra <home>/exports
                  ./ntp export [--format parquet|csv|xlsx]
                  --format   parquet (mặc định, giữ tên cột gốc), csv hoặc xlsx (tiêu đề tiếng Việt)
                Mã thoát: 0 xong, 1 lỗi.""");
        c.put("docs", """
                viết danh mục kho dữ liệu: mọi bảng, cột, ý nghĩa, cách dựng và kết quả kiểm thử, trong một tệp HTML
                  ./ntp docs [--out TỆP]
                  --out TỆP   nơi ghi (mặc định <home>/reports/danh-muc-kho.html)
                Mã thoát: 0 xong, 1 chưa có kho hoặc không ghi được.""");
        c.put("schedule", """
                chạy theo lịch (Quartz cron) cho đến khi dừng bằng Ctrl+C
                  ./ntp schedule [--cron "0 0 2 * * ?"] [--inbox THƯ_MỤC]
                  --cron   biểu thức cron của Quartz: giây phút giờ ngày tháng thứ (mặc định 02:00 mỗi đêm)
                Mã thoát: 1 khi không lên lịch được, 2 khi biểu thức cron sai.""");
        c.put("status", """
                các lần chạy gần nhất với số tệp, số phát hiện và báo cáo mới nhất
                  ./ntp status
                Mã thoát: 0 xong, 1 không đọc được thư mục của kho.""");
        c.put("serve", """
                cổng thông tin web: đơn vị gửi tệp và xem kết quả kiểm tra, tỉnh xem tiến độ và phê duyệt
                  ./ntp serve [--port 8080]
                  --port CỔNG   cổng nghe (mặc định 8080, chỉ trên 127.0.0.1; đặt sau một reverse proxy HTTPS khi dùng thật)
                Mã thoát: 0 đã dừng, 1 không khởi động được.""");
        c.put("user", """
                tài khoản của cổng thông tin, lưu trong cơ sở dữ liệu trạng thái
                  ./ntp user add TÊN --unit MÃ_ĐƠN_VỊ --role don-vi|tinh|phan-tich|quan-tri [--password MẬT_KHẨU | --password-file TỆP]
                  ./ntp user list
                  ./ntp user disable TÊN
                  Không có --password hay --password-file: lệnh hỏi mật khẩu hai lần (không hiện ra màn hình).
                  --password để lại mật khẩu trong lịch sử lệnh và danh sách tiến trình: nên dùng --password-file.
                Mã thoát: 0 xong, 1 lỗi, 2 sai cách dùng.""");
        c.put("annex", """
                biểu tổng hợp của một đơn vị theo mẫu chính thức, lập từ kho, kèm bảng chi tiết, phần còn thiếu và nguồn gốc từng số
                  ./ntp annex --form 01|02|03|04 --unit MÃ|TÊN --period "KỲ" [--program GNBV|DTTS] [--basis rolled_up|reported] [--out TỆP.xlsx|THƯ_MỤC]
                  Không có --out: ghi vào <home>/reports/, tên tệp theo biểu, đơn vị, kỳ, chương trình và cơ sở (tong-hop/bao-cao).
                Mã thoát: 0 xong, 1 không có số liệu, 2 sai cách dùng.""");
        c.put("explain", """
                số liệu này được cộng từ những ô nào, của tệp nào
                  ./ntp explain --unit MÃ --period "KỲ" --measure CHỈ_TIÊU [--project MÃ_DỰ_ÁN] [--budget-level …] [--capital-type …] [--vintage …]
                    [--indicator 1.1|"Số nhà được hỗ trợ"] [--group poor|near_poor] [--unit-of-measure …] [--basis …]
                  CHỈ_TIÊU: allocated, disbursed (Biểu 01); poor_start|end, near_poor_start|end, total_households_start|end,
                    escaped_poverty, new_poor, ethnic_minority_poor (Biểu 02); deprived_households, base_households (Biểu 03);
                    planned, achieved, planned_mvnd, disbursed_mvnd (Biểu 04)
                Mã thoát: 0 các giá trị cộng lại đúng bằng số liệu, 1 không có số liệu này.""");
        c.put("bench", """
                đo tốc độ (chạy qua Maven, chỉ dùng trong kho mã nguồn)
                  ./ntp bench [N] | ./ntp bench season [--units N] [--years Y] ...""");
        return c;
    }
}
