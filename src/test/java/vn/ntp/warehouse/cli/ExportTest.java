package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16.5: exports ready for Excel and BI, read back with POI: one workbook, a sheet per table with
 * its Vietnamese name, bold frozen header with an auto-filter, column widths, number formats, rows
 * sorted, names beside codes, Vietnamese words for codes, findings, files and missing units included,
 * a data-dictionary sheet; the CSV files have the same columns; Parquet keeps the codes.
 */
class ExportTest {
    @TempDir
    static Path tmp;
    static Path home;

    @BeforeAll
    static void loadTheSample() {
        home = tmp.resolve("home");
        assertThat(CommandLineTest.ntp("demo", "--home", home.toString()).exit()).isZero();
    }

    @Test
    void oneStyledWorkbookWithASheetPerTableAndADataDictionary() throws Exception {
        CommandLineTest.Printed p = CommandLineTest.ntp("export", "--format", "xlsx", "--home", home.toString());
        assertThat(p.exit()).isZero();
        assertThat(p.out()).isEqualTo("Đã xuất 1 tệp Excel (mỗi bảng một trang tính, kèm từ điển dữ liệu) vào " + home.resolve("exports")
                + ":\n  " + home.resolve("exports/kho-du-lieu.xlsx") + "\n");
        try (XSSFWorkbook wb = new XSSFWorkbook(home.resolve("exports/kho-du-lieu.xlsx").toFile())) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Giải ngân", "Hộ nghèo", "Thiếu hụt", "Kết quả chỉ tiêu", "Tình hình nộp",
                    "Đơn vị chưa nộp", "Tệp đã nhận", "Phát hiện", "Giải ngân theo ĐV kế thừa", "Hộ nghèo theo ĐV kế thừa",
                    "Từ điển dữ liệu");
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            for (String name : sheets) {
                XSSFSheet sheet = wb.getSheet(name);
                Row head = sheet.getRow(0);
                assertThat(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A1:");
                for (Cell c : head) {
                    assertThat(c.getStringCellValue()).as(name).doesNotMatch(".*[a-z]_[a-z].*");      // no snake_case header
                    assertThat(sheet.getColumnWidth(c.getColumnIndex())).as(name + " " + c).isGreaterThanOrEqualTo(8 * 256);
                }
            }
            XSSFSheet disbursement = wb.getSheet("Giải ngân");
            List<String> header = texts(disbursement.getRow(0));
            int pct = header.indexOf("Tỷ lệ giải ngân (%)");
            int allocated = header.indexOf("Kế hoạch vốn (triệu đồng)");
            int project = header.indexOf("Tên dự án");
            assertThat(header).containsSubsequence("Mã dự án", "Tên dự án");
            Row phongTho = null;
            for (Row r : disbursement) {
                if (r.getRowNum() > 0 && "109".equals(text(r, header.indexOf("Mã đơn vị"))) && "GNBV".equals(text(r, header.indexOf("Mã dự án")))
                        && "Đơn vị tự báo cáo".equals(text(r, header.indexOf("Cơ sở số liệu"))) && "Mọi nguồn".equals(text(r, header.indexOf("Cấp ngân sách")))
                        && "Mọi loại vốn".equals(text(r, header.indexOf("Loại vốn"))) && "Cả hai".equals(text(r, header.indexOf("Năm vốn")))) {
                    phongTho = r;
                }
            }
            assertThat(phongTho).isNotNull();
            assertThat(phongTho.getCell(allocated).getNumericCellValue()).isEqualTo(144735.0);
            assertThat(phongTho.getCell(allocated).getCellStyle().getDataFormatString()).isEqualTo("#,##0.###");
            assertThat(formatter.formatCellValue(phongTho.getCell(allocated))).isEqualTo("144,735");
            assertThat(phongTho.getCell(pct).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(formatter.formatCellValue(phongTho.getCell(pct))).isEqualTo("13.36");
            assertThat(text(phongTho, project)).startsWith("Chương trình mục tiêu quốc gia giảm nghèo bền vững");
            // rows sorted by program, year, period, unit code
            List<String> units = new ArrayList<>();
            for (Row r : disbursement) if (r.getRowNum() > 0) units.add(text(r, header.indexOf("Mã đơn vị")));
            assertThat(units).isSorted();

            XSSFSheet findings = wb.getSheet("Phát hiện");
            List<String> findingHeader = texts(findings.getRow(0));
            assertThat(findingHeader).startsWith("Mức độ", "Mã quy tắc", "Tên quy tắc", "Nơi phát hiện");
            assertThat(findings.getLastRowNum()).isEqualTo(6);
            assertThat(texts(findings.getRow(1))).startsWith("Cảnh báo");
            assertThat(texts(wb.getSheet("Đơn vị chưa nộp").getRow(0))).contains("Hạn nộp", "Tên đơn vị");
            assertThat(wb.getSheet("Đơn vị chưa nộp").getLastRowNum()).isEqualTo(5);
            assertThat(formatter.formatCellValue(wb.getSheet("Đơn vị chưa nộp").getRow(1).getCell(4))).isEqualTo("15/07/2024");
            assertThat(wb.getSheet("Tệp đã nhận").getLastRowNum()).isEqualTo(10);

            XSSFSheet dictionary = wb.getSheet("Từ điển dữ liệu");
            assertThat(texts(dictionary.getRow(0))).containsExactly("Trang tính", "Tệp CSV", "Cột", "Tên gốc", "Ý nghĩa");
            boolean found = false;
            for (Row r : dictionary) {
                if (texts(r).equals(List.of("Giải ngân", "mart_disbursement.csv", "Tỷ lệ giải ngân (%)", "disbursement_pct",
                        "Giải ngân chia kế hoạch vốn × 100"))) found = true;
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void csvHasTheSameColumnsAndParquetKeepsTheCodes() throws Exception {
        assertThat(CommandLineTest.ntp("export", "--format", "csv", "--home", home.toString()).exit()).isZero();
        assertThat(CommandLineTest.ntp("export", "--format", "xlsx", "--home", home.toString()).exit()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(home.resolve("exports/kho-du-lieu.xlsx").toFile())) {
            for (String[] pair : new String[][] {{"mart_disbursement", "Giải ngân"}, {"dq_issue", "Phát hiện"},
                    {"submission", "Tệp đã nhận"}, {"missing_submissions", "Đơn vị chưa nộp"}}) {
                List<String> csv = Files.readAllLines(home.resolve("exports/" + pair[0] + ".csv"), StandardCharsets.UTF_8);
                assertThat(csv.get(0)).as(pair[0]).isEqualTo("\uFEFF" + String.join(",", texts(wb.getSheet(pair[1]).getRow(0))));
                assertThat(csv).hasSize(wb.getSheet(pair[1]).getLastRowNum() + 1);
            }
        }
        assertThat(Files.readString(home.resolve("exports/submission.csv"))).contains(",Đã nạp,Không,").contains("05/07/2024 09:15");
        assertThat(Files.readAllLines(home.resolve("exports/tu-dien-du-lieu.csv")).get(0)).isEqualTo("\uFEFFTrang tính,Tệp CSV,Cột,Tên gốc,Ý nghĩa");

        assertThat(CommandLineTest.ntp("export", "--home", home.toString()).exit()).isZero();
        CommandLineTest.Printed parquet = CommandLineTest.ntp("query", "--home", home.toString(), "select distinct basis from read_parquet('"
                + home.resolve("exports/mart_disbursement.parquet") + "') order by 1");
        assertThat(parquet.out()).isEqualTo("basis\nreported\nrolled_up\n");
        assertThat(home.resolve("exports/dq_issue.parquet")).exists();
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) out.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue() : c.toString());
        return out;
    }

    private static String text(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null ? null : c.getStringCellValue();
    }
}
