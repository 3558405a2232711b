package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.cli.CommandLineTest.Printed;

/** Issue 16.7: help for every command, global options anywhere, one statement per query, validate over a folder. */
class CommandLineUsageTest {
    @TempDir
    Path tmp;

    @Test
    void everyCommandHasItsOwnVietnameseHelp() {
        for (String command : List.of("run", "demo", "validate", "query", "export", "schedule", "status")) {
            Printed p = CommandLineTest.ntp(command, "--help");
            assertThat(p.exit()).as(command).isZero();
            assertThat(p.out()).as(command).startsWith("./ntp " + command + ": ").contains("--home THƯ_MỤC").contains("--verbose");
            assertThat(CommandLineTest.ntp("--help", command).out()).isEqualTo(p.out());
            assertThat(CommandLineTest.ntp("help", command).out()).isEqualTo(p.out());
        }
        assertThat(CommandLineTest.ntp("validate", "--help").out()).contains("--feedback-next-to-file").contains("THƯ_MỤC");
        Printed general = CommandLineTest.ntp("--help");
        assertThat(general.exit()).isZero();
        assertThat(general.out()).startsWith("Cách dùng: ./ntp LỆNH").contains("  validate  ").contains("./ntp LỆNH --help");
    }

    @Test
    void globalOptionsStandAnywhere() {
        Arguments before = parse("--home", "/tmp/h", "--verbose", "query", "select 1");
        Arguments after = parse("query", "select 1", "--home=/tmp/h", "--verbose");
        assertThat(before.command()).isEqualTo("query").isEqualTo(after.command());
        assertThat(before.home()).isEqualTo(Path.of("/tmp/h")).isEqualTo(after.home());
        assertThat(before.verbose()).isTrue();
        assertThat(after.verbose()).isTrue();
        assertThat(before.positional()).containsExactly("select 1").isEqualTo(after.positional());
        Printed missing = CommandLineTest.ntp("--home", tmp.resolve("nothing").toString(), "query", "select 1");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("Chưa có kho dữ liệu " + tmp.resolve("nothing/warehouse.duckdb"));
    }

    @Test
    void queryRefusesMoreThanOneStatement() {
        assertThat(QueryCommand.statements("select 1")).isEqualTo(1);
        assertThat(QueryCommand.statements("select 1;  -- done\n")).isEqualTo(1);
        assertThat(QueryCommand.statements("select ';' as a, \"x;y\" from t /* ; */")).isEqualTo(1);
        assertThat(QueryCommand.statements("select 'it''s; fine'")).isEqualTo(1);
        assertThat(QueryCommand.statements("select 1; select 2")).isEqualTo(2);
        assertThat(QueryCommand.statements("select 1; attach 'x.db'; select 2;")).isEqualTo(3);
        assertThat(QueryCommand.statements(" ; -- nothing")).isZero();
        Printed two = CommandLineTest.ntp("query", "--home", tmp.toString(), "select 1; copy submission to '/tmp/x.csv'");
        assertThat(two.exit()).isEqualTo(2);
        assertThat(two.err()).startsWith("./ntp query nhận đúng một câu lệnh SQL; ở đây có 2 câu");
    }

    @Test
    void validateChecksEveryWorkbookInAFolderAndCanWriteTheFeedbackBesideEach() throws Exception {
        Path office = Files.createDirectories(tmp.resolve("office/huyen"));
        Files.copy(Path.of("jobs/sample-inbox/phong-tho-bieu01-2024-6t.xlsx"), office.resolve("a.xlsx"));
        Files.copy(Path.of("jobs/sample-inbox/sin-ho-bieu01-2024-6t.xls"), tmp.resolve("office/b.xls"));
        Files.writeString(tmp.resolve("office/ghi-chu.txt"), "không phải biểu");
        Printed p = CommandLineTest.ntp("validate", tmp.resolve("office").toString(), "--feedback-next-to-file",
                "--home", tmp.resolve("home").toString());
        assertThat(p.out()).contains("== b.xls", "== a.xlsx").doesNotContain("ghi-chu");
        assertThat(p.out().indexOf("== b.xls")).isLessThan(p.out().indexOf("== a.xlsx")); // office/b.xls before office/huyen/a.xlsx
        assertThat(p.out()).endsWith("\nTổng cộng 2 tệp: 1 không có sai sót, 1 có cảnh báo hoặc thông tin cần xem, 0 có lỗi phải sửa, "
                + "0 không đọc được.\n");
        assertThat(office.resolve("a.kiem-tra.xlsx")).exists();
        assertThat(tmp.resolve("office/b.kiem-tra.xls")).exists();
        assertThat(tmp.resolve("home/reports")).doesNotExist();

        // a second check of the folder leaves the feedback workbooks of the first aside
        Printed again = CommandLineTest.ntp("validate", tmp.resolve("office").toString(), "--feedback-next-to-file",
                "--home", tmp.resolve("home").toString());
        assertThat(again.out()).doesNotContain("kiem-tra.xlsx ==").doesNotContain("== a.kiem-tra");
        assertThat(again.exit()).isEqualTo(p.exit());

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Printed none = CommandLineTest.ntp("validate", empty.toString(), "--home", tmp.resolve("home").toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).startsWith("Thư mục " + empty + " không có tệp biểu nào");
    }

    private static Arguments parse(String... args) {
        try {
            return Arguments.parse(args);
        } catch (Arguments.UsageException e) {
            throw new AssertionError(e);
        }
    }
}
