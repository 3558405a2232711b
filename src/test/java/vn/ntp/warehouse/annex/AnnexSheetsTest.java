package vn.ntp.warehouse.annex;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What the sheets of Lai Châu's annex say, read back with POI from the written workbook. */
class AnnexSheetsTest {
    @TempDir
    Path out;

    @Test
    void theBreakdownAddsUpToTheFormsTotalLine() throws Exception {
        try (XSSFWorkbook wb = annex("01", "12", "GNBV")) {
            Sheet form = wb.getSheet("Biểu 01");
            Row total = rowWithText(form, 1, "TỔNG CỘNG (A+B)");
            Sheet breakdown = wb.getSheet(BreakdownSheet.NAME);
            Row sumRow = rowWithText(breakdown, 4, "TỔNG CỘNG");
            // the form's value columns: allocated D..H, disbursed J..N; the breakdown's from F on, in the same order
            int[] formColumns = {3, 4, 5, 6, 7, 9, 10, 11, 12, 13};
            for (int i = 0; i < formColumns.length; i++) {
                double inForm = number(total, formColumns[i]);
                double summed = 0;
                for (int r = sumRow.getRowNum() - 1; r >= 0 && breakdown.getRow(r).getCell(0) != null
                        && !breakdown.getRow(r).getCell(0).getStringCellValue().equals("Mã số"); r--) {
                    summed += number(breakdown.getRow(r), 5 + i);
                }
                assertThat(number(sumRow, 5 + i)).as("column %d", i).isCloseTo(inForm, within(1e-6));
                assertThat(summed).as("column %d", i).isCloseTo(inForm, within(1e-6));
            }
            // allocated over all sources: Phong Thổ 85,417 + 6,656 + 1,295.5 + 130 + 7,361, Tam Đường 2,000 + 50 + 400
            assertThat(number(total, 2)).isEqualTo(103_309.5);
            assertThat(total.getCell(2).getCellFormula()).isEqualTo("SUM(D" + (total.getRowNum() + 1) + ":H" + (total.getRowNum() + 1) + ")");
            assertThat(total.getCell(14).getCellFormula()).startsWith("I" + (total.getRowNum() + 1) + "/C");
        }
    }

    @Test
    void aDistrictThatDidNotReportIsOnTheMissingSheetAndTheTotalsAreFlaggedPartial() throws Exception {
        try (XSSFWorkbook wb = annex("01", "12", "GNBV")) {
            assertThat(texts(wb.getSheet("Biểu 01"), 0)).anyMatch(t -> t.startsWith("Số liệu chưa đầy đủ: 6 đơn vị"));
            Sheet missing = wb.getSheet(MissingSheet.NAME);
            Row muongTe = rowWithText(missing, 1, "Huyện Mường Tè");
            assertThat(muongTe.getCell(0).getStringCellValue()).isEqualTo("107");
            assertThat(muongTe.getCell(3).getStringCellValue()).startsWith("chưa báo cáo");
            assertThat(texts(missing, 1)).doesNotContain("Huyện Phong Thổ", "Huyện Tam Đường")
                    .contains("Thành phố Lai Châu", "Huyện Sìn Hồ", "Huyện Than Uyên", "Huyện Tân Uyên", "Huyện Nậm Nhùn");
        }
    }

    @Test
    void theProvincesOwnReportIsComparedWithTheRollUpLineByLine() throws Exception {
        try (XSSFWorkbook wb = annex("01", "12", "GNBV")) {
            Sheet comparison = wb.getSheet(ComparisonSheet.NAME);
            assertThat(comparison).isNotNull();
            Row da2 = null;
            for (Row row : comparison) {
                if (row.getCell(1) != null && row.getCell(1).getStringCellValue().contains("Dự án 2:")
                        && row.getCell(2).getStringCellValue().equals("Kế hoạch vốn năm (giao) / NSTW / SN")) da2 = row;
            }
            assertThat(da2).isNotNull();
            assertThat(number(da2, 3)).isEqualTo(9_999);
            assertThat(number(da2, 4)).isEqualTo(400);
            assertThat(number(da2, 5)).isEqualTo(9_599);
        }
    }

    @Test
    void everyFigureOfTheFormIsTheSumOfItsLineageRows() throws Exception {
        for (String form : List.of("01", "02", "03", "04")) {
            try (XSSFWorkbook wb = annex(form, "12", "GNBV")) {
                Sheet sheet = wb.getSheetAt(0);
                Map<String, Double> sums = new HashMap<>();
                Sheet lineage = wb.getSheet(LineageSheet.NAME);
                for (Row row : lineage) {
                    if (row.getRowNum() < 4 || row.getCell(3) == null || row.getCell(3).getCellType() != CellType.NUMERIC) continue;
                    assertThat(row.getCell(7).getStringCellValue()).endsWith(".xlsx");
                    assertThat(row.getCell(9).getStringCellValue()).matches("[A-Z]+[0-9]+");
                    assertThat(row.getCell(12).getStringCellValue()).isEqualTo("đã nạp");
                    sums.merge(row.getCell(0).getStringCellValue(), row.getCell(3).getNumericCellValue(), Double::sum);
                }
                assertThat(sums).as("Biểu %s", form).isNotEmpty().doesNotContainKey("(không có trên biểu)");
                sums.forEach((ref, sum) -> {
                    CellReference cell = new CellReference(ref);
                    assertThat(sheet.getRow(cell.getRow()).getCell(cell.getCol()).getNumericCellValue())
                            .as("Biểu %s %s", form, ref).isCloseTo(sum, within(1e-6));
                });
            }
        }
    }

    @Test
    void aProvinceOfTheNewListOver2024SumsTheOldProvincesItSucceeds() throws Exception {
        try (XSSFWorkbook wb = annex("01", "08@2025-07-01", "GNBV")) {
            Sheet form = wb.getSheet("Biểu 01");
            assertThat(texts(form, 0)).contains("Đơn vị báo cáo: Tỉnh Tuyên Quang", "Mã đơn vị: 08",
                    "Gồm số liệu của các đơn vị trước ngày 01/7/2025 hợp thành đơn vị này: Tỉnh Hà Giang (02), Tỉnh Tuyên Quang (08).");
            Row total = rowWithText(form, 1, "TỔNG CỘNG (A+B)");
            BigDecimal successorTotal = (BigDecimal) AnnexSeason.query("select sum(allocated_mvnd) as allocated "
                    + "from mart_disbursement_successor where counts_in_successor_total and successor_unit_code = '08' "
                    + "and program_code = 'GNBV' and project_code = 'GNBV' and budget_level = 'ALL' and capital_type = 'ALL' "
                    + "and vintage = 'ALL'").get(0).get("allocated");
            assertThat(number(total, 2)).isEqualTo(1_000).isEqualTo(successorTotal.doubleValue());
            assertThat(texts(wb.getSheet(BreakdownSheet.NAME), 1)).contains("Huyện Đồng Văn", "Huyện Yên Sơn");
        }
    }

    @Test
    void biểu02ListsTheDistrictsAddedWithTheirOwnTargetAndTheTotalAsFormulas() throws Exception {
        try (XSSFWorkbook wb = annex("02", "12", "GNBV")) {
            Sheet form = wb.getSheet("Biểu 02");
            Row total = rowWithText(form, 1, "Toàn tỉnh");
            Row phongTho = rowWithText(form, 1, "Huyện Phong Thổ");
            Row tamDuong = rowWithText(form, 1, "Huyện Tam Đường");
            assertThat(number(total, 2)).isEqualTo(1_000 + 2_000 + 800 + 1_500);
            assertThat(number(total, 7)).isEqualTo(250 + 150 + 380 + 90);
            assertThat(total.getCell(7).getCellFormula()).isEqualTo("SUM(H" + (tamDuong.getRowNum() + 1) + ",H" + (phongTho.getRowNum() + 1) + ")");
            assertThat(number(total, 8)).isCloseTo(100.0 * 870 / 5_300, within(1e-9));
            assertThat(number(phongTho, 14)).isEqualTo(3.5);
            assertThat(total.getCell(14) == null || total.getCell(14).getCellType() == CellType.BLANK).isTrue();
        }
    }

    @Test
    void aUnitIsFoundByItsNameAsOfficersWriteIt() throws Exception {
        var run = AnnexSeason.ntp("annex", "--home", AnnexSeason.home().toString(), "--form", "04", "--unit",
                "Phong Tho, Lai Chau", "--period", AnnexSeason.PERIOD, "--basis", "reported", "--out", out.resolve("b.xlsx").toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("Biểu 04 của Huyện Phong Thổ (109), GNBV, 6 tháng đầu năm 2024:");
        var unknown = AnnexSeason.ntp("annex", "--home", AnnexSeason.home().toString(), "--form", "01", "--unit",
                "Huyện Không Có", "--period", AnnexSeason.PERIOD);
        assertThat(unknown.exitCode()).isEqualTo(1);
    }

    @Test
    void withoutAFileNameTheAnnexIsNamedAfterTheUnitAndPeriodFoundNotTheWordsTyped() throws Exception {
        var run = AnnexSeason.ntp("annex", "--home", AnnexSeason.home().toString(), "--form", "4", "--unit",
                "phong tho", "--period", AnnexSeason.PERIOD, "--basis", "reported", "--out", out.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        Path file = out.resolve("bieu04-109-huyen-phong-tho-6-thang-dau-nam-2024-gnbv-bao-cao.xlsx");
        assertThat(run.out()).contains("  Tệp: " + file.toAbsolutePath());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Biểu 04");
        }
    }

    @Test
    void theWorkbookOpensInLibreOfficeCalc() throws Exception {
        Path soffice = onPath("soffice");
        if (soffice == null) return; // documented check in the README where LibreOffice is not installed
        Path file = out.resolve("bieu01.xlsx");
        annex("01", "12", "GNBV").close();
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://" + out.resolve("lo"),
                "--convert-to", "pdf", "--outdir", out.toString(), file.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        Path pdf = out.resolve("bieu01.pdf");
        assertThat(pdf).exists();
        try (InputStream in = Files.newInputStream(pdf)) {
            assertThat(new String(in.readNBytes(5))).isEqualTo("%PDF-");
        }
    }

    // ---------- helpers

    private XSSFWorkbook annex(String form, String unit, String program) throws Exception {
        Path file = out.resolve("bieu" + form + ".xlsx");
        var run = AnnexSeason.ntp("annex", "--home", AnnexSeason.home().toString(), "--form", form, "--unit", unit,
                "--period", AnnexSeason.PERIOD, "--program", program, "--out", file.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    private static Row rowWithText(Sheet sheet, int col, String text) {
        for (Row row : sheet) {
            Cell c = row.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) return row;
        }
        throw new AssertionError("no row with " + text + " in column " + col + " of " + sheet.getSheetName());
    }

    private static List<String> texts(Sheet sheet, int col) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            Cell c = row.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING) out.add(c.getStringCellValue());
        }
        return out;
    }

    private static double number(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null || c.getCellType() == CellType.BLANK ? 0 : c.getNumericCellValue();
    }

    private static Path onPath(String command) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }
}
