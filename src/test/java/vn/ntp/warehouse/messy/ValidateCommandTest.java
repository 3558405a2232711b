package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.cli.Ntp;
import vn.ntp.warehouse.report.FeedbackWorkbook;

/** Issue 5, item 9: ./ntp validate prints each finding by cell, writes the feedback workbook, exits 0 / 1 / 2. */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exit, List<String> lines) {
    }

    private Run validate(Path... files) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            String[] args = new String[files.length + 3];
            args[0] = "validate";
            for (int i = 0; i < files.length; i++) args[i + 1] = files[i].toString();
            args[files.length + 1] = "--home";
            args[files.length + 2] = tmp.resolve("home").toString();
            exit = Ntp.run(args);
        } finally {
            System.setOut(original);
        }
        return new Run(exit, captured.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @ParameterizedTest
    @CsvSource({"cached-errors.xlsx, cached-errors.kiem-tra.xlsx", "cached-errors.xls, cached-errors.kiem-tra.xls"})
    void errorsArePrintedByCellAndMarkedInTheSendersOwnWorkbook(String name, String feedbackName) throws Exception {
        Path file = MessyCorpus.write(name, tmp);

        Run run = validate(file);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsSubsequence(
                "== " + name,
                "  Huyện Phong Thổ, tỉnh Lai Châu, GNBV, 6 tháng đầu năm 2024 — 61 số liệu",
                "  Lỗi, phải sửa (3):",
                "    Biểu 01!I13: ô có lỗi công thức #VALUE!; số liệu ô này không được tính (không coi là 0).",
                "    Biểu 01!E14: ô có lỗi công thức #REF!; số liệu ô này không được tính (không coi là 0).",
                "    Biểu 01!H16: ô có lỗi công thức #DIV/0!; số liệu ô này không được tính (không coi là 0).",
                "  Tệp phản hồi: " + tmp.resolve("home/reports").resolve(feedbackName).toAbsolutePath());
        Path feedback = tmp.resolve("home/reports").resolve(feedbackName);
        try (InputStream in = Files.newInputStream(feedback); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb).isInstanceOf(name.endsWith(".xls") ? HSSFWorkbook.class : XSSFWorkbook.class);
            assertThat(wb.getSheetName(0)).isEqualTo(FeedbackWorkbook.LIST_SHEET);
            assertThat(wb.getSheetName(1)).isEqualTo("Biểu 01");
            Sheet list = wb.getSheetAt(0);
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kết quả kiểm tra tệp " + name);
            assertThat(list.getRow(2).getCell(0).getStringCellValue()).startsWith("3 lỗi, 0 cảnh báo, 0 thông tin.");
            assertThat(list.getRow(5).getCell(1).getStringCellValue()).isEqualTo("LỖI");
            assertThat(list.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Biểu 01!I13");
            assertThat(list.getRow(5).getCell(2).getHyperlink().getAddress()).isEqualTo("'Biểu 01'!I13");
            assertThat(list.getRow(6).getCell(4).getStringCellValue())
                    .isEqualTo("Biểu 01!E14: ô có lỗi công thức #REF!; số liệu ô này không được tính (không coi là 0).");

            Cell e14 = cell(wb.getSheet("Biểu 01"), "E14");
            assertThat(e14.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(e14.getCellStyle().getFillForegroundColor()).isEqualTo(FeedbackWorkbook.ERROR_FILL);
            assertThat(e14.getCellComment().getString().getString())
                    .isEqualTo("Biểu 01!E14: ô có lỗi công thức #REF!; số liệu ô này không được tính (không coi là 0).");
            assertThat(cell(wb.getSheet("Biểu 01"), "D14").getCellComment()).isNull();
            assertThat(cell(wb.getSheet("Biểu 01"), "D14").getNumericCellValue()).isEqualTo(85_417);
        }
    }

    @Test
    void warningsAloneExitZeroAndAreFilledYellow() throws Exception {
        Path file = MessyCorpus.write("typed-numbers.xlsx", tmp);

        Run run = validate(file);

        assertThat(run.exit()).isZero();
        assertThat(run.lines()).contains("  Cảnh báo, cần xem lại (8):",
                "    Biểu 01!G15: số âm (-303) ở cột không được âm.");
        try (InputStream in = Files.newInputStream(tmp.resolve("home/reports/typed-numbers.kiem-tra.xlsx"));
             Workbook wb = WorkbookFactory.create(in)) {
            Cell g15 = cell(wb.getSheet("Biểu 01"), "G15");
            assertThat(g15.getCellStyle().getFillForegroundColor()).isEqualTo(FeedbackWorkbook.WARNING_FILL);
            assertThat(g15.getCellComment().getString().getString()).isEqualTo(
                    "Biểu 01!G15: số âm (-303) ở cột không được âm.");
            assertThat(g15.getStringCellValue()).isEqualTo("(303)"); // the sender's own cell, as typed
        }
    }

    @Test
    void aCleanFileExitsZeroAndSheetLevelNotesArePrintedWithTheSheet() throws Exception {
        Run clean = validate(MessyCorpus.write("unicode.xlsx", tmp));
        assertThat(clean.exit()).isZero();
        assertThat(clean.lines()).contains("  Không có sai sót.");

        Run notes = validate(MessyCorpus.write("bm01-and-notes.xlsx", tmp));
        assertThat(notes.exit()).isZero();
        assertThat(notes.lines()).contains("  Thông tin (1):",
                "    Ghi chú: Trang tính \"Ghi chú\" không phải là biểu nào đã biết; không đọc.");
    }

    @Test
    void anUnreadableFileExitsTwoAndStillGetsTheListOfWhatIsWrong() throws Exception {
        Path locked = MessyCorpus.write("password.xlsx", tmp);
        Path errors = MessyCorpus.write("cached-errors.xlsx", tmp);

        Run run = validate(locked, errors);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.lines()).contains("  Không nạp được tệp: Tệp được bảo vệ bằng mật khẩu, không đọc được. "
                + "Vui lòng gửi lại tệp không đặt mật khẩu.");
        try (InputStream in = Files.newInputStream(tmp.resolve("home/reports/password.kiem-tra.xlsx"));
             Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .startsWith("Tệp không nạp được: Tệp được bảo vệ bằng mật khẩu");
        }
    }

    @Test
    void aSheetThatCannotBeLoadedExitsTwoAndItsHeaderCellIsMarked() throws Exception {
        Run run = validate(MessyCorpus.write("allocated-unsplit.xlsx", tmp));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.lines()).contains("    Biểu 01!C8: không tìm thấy cột bắt buộc \"Kế hoạch vốn năm (giao) chia theo "
                + "nguồn vốn (NSTW, NSĐP, vốn huy động khác)\" trong tiêu đề bảng.");
        try (InputStream in = Files.newInputStream(tmp.resolve("home/reports/allocated-unsplit.kiem-tra.xlsx"));
             Workbook wb = WorkbookFactory.create(in)) {
            Cell c8 = cell(wb.getSheet("Biểu 01"), "C8");
            assertThat(c8.getStringCellValue()).isEqualTo("Kế hoạch vốn năm (giao)");
            assertThat(c8.getCellStyle().getFillForegroundColor()).isEqualTo(FeedbackWorkbook.ERROR_FILL);
            assertThat(c8.getCellComment()).isNotNull();
        }
    }

    private static Cell cell(Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        return sheet.getRow(r.getRow()).getCell(r.getCol());
    }
}
