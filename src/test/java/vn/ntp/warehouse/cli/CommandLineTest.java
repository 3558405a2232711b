package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands analysts and operators type, on a warehouse loaded from the sample inbox. */
class CommandLineTest {
    @TempDir
    static Path tmp;
    static Path home;

    record Printed(int exit, String out, String err) {
    }

    static Printed ntp(String... args) {
        return printed(() -> Ntp.run(args));
    }

    /** What {@code action} printed on stdout and stderr, and the exit code it returned. */
    static synchronized Printed printed(Callable<Integer> action) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = action.call();
            return new Printed(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @BeforeAll
    static void loadTheSample() throws Exception {
        home = tmp.resolve("home");
        Path inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        try (Stream<Path> files = Files.list(Path.of("jobs", "sample-inbox"))) {
            for (Path f : files.toList()) Files.copy(f, inbox.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(ntp("run", "--home", home.toString(), "--inbox", inbox.toString()).exit()).isZero();
    }

    @Test
    void queryPrintsCsvWithAHeaderAndPointDecimals() {
        Printed p = ntp("query", "--home", home.toString(), """
                select unit_name, allocated_mvnd, disbursement_pct is not null as has_pct from mart_disbursement
                where unit_code = '03574' and basis = 'reported' and project_code = 'GNBV.DA3.TDA2'
                  and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'""");
        assertThat(p.exit()).isZero();
        assertThat(p.out().lines().toList()).containsExactly("unit_name,allocated_mvnd,has_pct", "Xã Ma Ly Pho,85,true");
    }

    @Test
    void queryQuotesTextWithCommas() {
        Printed p = ntp("query", "--home", home.toString(), "select 'Huyện Phong Thổ, tỉnh Lai Châu' as unit, 2.5 as x");
        assertThat(p.out().lines().toList()).containsExactly("unit,x", "\"Huyện Phong Thổ, tỉnh Lai Châu\",2.5");
    }

    @Test
    void queryCannotChangeTheWarehouseAndSqlErrorsExitOne() {
        Printed write = ntp("query", "--home", home.toString(), "create table hack as select 1");
        assertThat(write.exit()).isEqualTo(1);
        assertThat(write.err()).startsWith("Lỗi SQL: kho chỉ mở để đọc: ./ntp query chạy câu lệnh đọc")
                .contains("Thông báo gốc của DuckDB: ");
        Printed unknown = ntp("query", "--home", home.toString(), "select nothing from nowhere");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("Lỗi SQL: không có bảng, cột hoặc hàm mang tên này trong kho.").contains("nowhere");
        assertThat(ntp("query", "--home", home.toString(), "selec 1").err()).startsWith("Lỗi SQL: câu lệnh sai cú pháp");
        assertThat(ntp("query", "--home", home.toString(), "select count(*) as n from information_schema.tables where table_name = 'hack'")
                .out()).contains("n\n0");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(ntp().exit()).isEqualTo(2);
        assertThat(ntp("frobnicate").exit()).isEqualTo(2);
        assertThat(ntp("query").exit()).isEqualTo(2);
        assertThat(ntp("run", "--inbox").exit()).isEqualTo(2);
    }

    @Test
    void statusListsTheRunWithItsFilesAndTheLatestReport() {
        Printed p = ntp("status", "--home", home.toString());
        assertThat(p.exit()).isZero();
        assertThat(p.out()).contains("hoàn tất").doesNotContain("COMPLETED").contains(": 8 / 1 / 1 / 0 /").contains("Báo cáo mới nhất: " + home.resolve("reports"));
    }

    @Test
    void exportWritesEveryMartWithVietnameseHeadersAndGuardsFormulas() throws Exception {
        assertThat(ntp("export", "--home", home.toString(), "--format", "csv").exit()).isZero();
        List<String> csv = Files.readAllLines(home.resolve("exports/mart_disbursement.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).startsWith("\uFEFFMã chương trình,Năm,Kỳ báo cáo,Cấp đơn vị,Mã đơn vị,Tên đơn vị");
        assertThat(csv).hasSizeGreaterThan(100);
        assertThat(ExportCommand.guard("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(ExportCommand.guard("@SUM(A1)")).startsWith("'");
        assertThat(ExportCommand.guard("Dự án 1")).isEqualTo("Dự án 1");

        assertThat(ntp("export", "--home", home.toString(), "--format", "xlsx").exit()).isZero();
        try (Workbook wb = WorkbookFactory.create(home.resolve("exports/kho-du-lieu.xlsx").toFile())) {
            assertThat(wb.getSheet("Giải ngân").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã chương trình");
        }
        Printed parquet = ntp("export", "--home", home.toString());
        assertThat(parquet.exit()).isZero();
        assertThat(parquet.out()).startsWith("Đã xuất ").contains(" tệp Parquet (mỗi bảng một tệp, giữ nguyên mã) vào " + home.resolve("exports") + ":")
                .contains("  " + home.resolve("exports/mart_disbursement.parquet"));
        assertThat(home.resolve("exports/mart_disbursement.parquet")).exists();
    }
}
