package vn.ntp.warehouse.report.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.fixtures.Source.HUY_DONG;
import static vn.ntp.warehouse.fixtures.Source.NSDP_SN;
import static vn.ntp.warehouse.fixtures.Source.NSTW_DTPT;
import static vn.ntp.warehouse.fixtures.Source.NSTW_SN;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipFile;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.Extraction;
import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.BudgetWorkbookBuilder;
import vn.ntp.warehouse.fixtures.Measure;
import vn.ntp.warehouse.report.FeedbackWorkbook;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The feedback workbook of a .xlsx written as a stream of its zip entries: read back with POI, it shows what the
 * usermodel writer ({@link PoiFeedback}) shows, cell by cell; and what the stream writer does not handle goes to POI.
 */
class XlsxFeedbackTest {
    private static final String SHEET = "Biểu 01";

    @TempDir
    Path tmp;

    private final FindingCatalogue checks = Extraction.reference().checks();

    /** Phong Thổ's Biểu 01 with cached formula errors and a negative typed figure: errors and a warning. */
    private static BudgetWorkbookBuilder withFindings() {
        return AnnexWorkbooks.budget("Huyện Phong Thổ, tỉnh Lai Châu")
                .program("GNBV").period("6 tháng đầu năm 2024").unit("Triệu đồng").unitCode("109")
                .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                .project("1", "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội vùng nghèo, vùng khó khăn")
                .sub("1.1", "Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội tại các huyện nghèo")
                .allocated(NSTW_DTPT, 85_417).allocated(NSTW_SN, 6_656).disbursed(NSTW_DTPT, 2_563)
                .sub("1.2", "Tiểu dự án 2: Triển khai Đề án hỗ trợ một số huyện nghèo thoát khỏi tình trạng nghèo")
                .allocated(NSTW_SN, 3_030).allocated(NSDP_SN, 303).disbursed(NSTW_SN, 909)
                .project("2", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo")
                .allocated(NSTW_SN, 12_391).allocated(HUY_DONG, 500).disbursed(NSTW_SN, 3_717)
                .formulas()
                .at("A", "1.1").cellError(Measure.ALLOCATED, NSTW_SN, "#REF!")
                .at("A", "2").cellError(Measure.ALLOCATED, HUY_DONG, "#DIV/0!")
                .at("A", "1.2").numbersAsText().cellText(Measure.ALLOCATED, NSDP_SN, "(303)");
    }

    /** The extracted findings plus cells the sheet lacks: one in an existing row, one in a row it lacks. */
    private ExtractedAnnex annexWithMissingCells(Path file) {
        ExtractedAnnex annex = Extraction.extract(file);
        assertThat(annex.findings()).as("the fixture has findings").isNotEmpty();
        Finding model = annex.findings().get(0);
        List<Finding> findings = new ArrayList<>(annex.findings());
        findings.add(new Finding(model.ruleCode(), SHEET, "Z12", model.label(), model.projectCode(), model.expected(), model.actual()));
        findings.add(new Finding(model.ruleCode(), SHEET, "C80", model.label(), model.projectCode(), model.expected(), model.actual()));
        findings.add(new Finding(model.ruleCode(), SHEET, "A80", model.label(), model.projectCode(), model.expected(), model.actual()));
        return new ExtractedAnnex(annex.rejected(), annex.reasonCode(), annex.reason(), annex.identity(), annex.moneyUnit(),
                annex.figures(), findings, annex.sheetsRead(), annex.savedAtEpochMs());
    }

    @Test
    void theStreamedWorkbookShowsWhatThePoiWorkbookShows() throws Exception {
        Path source = withFindings().writeXlsx(tmp, "phong-tho.xlsx");
        ExtractedAnnex annex = annexWithMissingCells(source);

        Path streamed = tmp.resolve("streamed.xlsx");
        assertThat(new XlsxFeedback(checks).write(source, annex, streamed)).as("written as a stream").isTrue();
        Path poi = poiFeedback(source, annex, tmp.resolve("poi.xlsx"));

        assertSameAsPoi(streamed, poi, source);
        try (Workbook wb = open(streamed)) {
            Sheet sheet = wb.getSheet(SHEET);
            for (String created : List.of("Z12", "C80", "A80")) {
                Cell cell = existing(sheet, created);
                assertThat(cell).as(created).isNotNull();
                assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                assertThat(cell.getCellComment().getAuthor()).isEqualTo("Kiểm tra NTP");
            }
            Sheet list = wb.getSheetAt(0);
            assertThat(wb.getSheetName(0)).isEqualTo(FeedbackWorkbook.LIST_SHEET);
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(list.isSelected()).isTrue();
            assertThat(sheet.isSelected()).isFalse();
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kết quả kiểm tra tệp phong-tho.xlsx");
            assertThat(list.getRow(5).getCell(2).getHyperlink().getAddress()).isEqualTo("'Biểu 01'!" + annex.findings().get(0).cellRef());
            assertThat(list.getRow(5).getCell(1).getCellStyle().getFillForegroundColor())
                    .isEqualTo(Severities.fill(checks.render(annex.findings().get(0)).severity()));
        }
        assertThat(entries(streamed)).containsAll(entries(source));
    }

    @Test
    void aMacroEnabledWorkbookComesBackAsXlsmSoThatExcelOpensIt() throws Exception {
        Path xlsx = withFindings().writeXlsx(tmp, "phong-tho.xlsx");
        Path source = tmp.resolve("phong-tho.xlsm");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx)); OutputStream out = Files.newOutputStream(source)) {
            wb.setWorkbookType(XSSFWorkbookType.XLSM);
            wb.write(out);
        }
        ExtractedAnnex annex = Extraction.extract(source);
        assertThat(annex.findings()).isNotEmpty();

        Path written = new FeedbackWorkbook(checks).write(source, annex, tmp.resolve("feedback"));

        assertThat(written.getFileName().toString()).isEqualTo("phong-tho.kiem-tra.xlsm");
        assertThat(FeedbackWorkbook.written(tmp.resolve("feedback"), "phong-tho.xlsm")).contains(written);
        assertThat(FeedbackWorkbook.written(tmp.resolve("feedback"), "tam-duong.xlsm")).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(written))) {
            assertThat(wb.isMacroEnabled()).isTrue();
            assertThat(wb.getSheetName(0)).isEqualTo(FeedbackWorkbook.LIST_SHEET);
        }
    }

    @Test
    void everyMarkedCellIsFilledInItsSeverityAndCommentedWithItsMessages() throws Exception {
        Path source = withFindings().writeXlsx(tmp, "phong-tho.xlsx");
        ExtractedAnnex annex = Extraction.extract(source);
        Path streamed = tmp.resolve("streamed.xlsx");
        assertThat(new XlsxFeedback(checks).write(source, annex, streamed)).isTrue();

        Map<String, Map<String, CellMarks.Mark>> marks = CellMarks.of(annex.findings(), checks, s -> s);
        assertThat(marks.get(SHEET)).hasSizeGreaterThanOrEqualTo(3);
        try (Workbook wb = open(streamed); Workbook original = open(source)) {
            for (Map.Entry<String, CellMarks.Mark> e : marks.get(SHEET).entrySet()) {
                Cell cell = existing(wb.getSheet(SHEET), e.getKey());
                assertThat(cell.getCellStyle().getFillForegroundColor()).as(e.getKey()).isEqualTo(Severities.fill(e.getValue().severity()));
                assertThat(cell.getCellComment().getString().getString()).isEqualTo(e.getValue().comment());
                // the cell's own format is kept under the fill: font, borders, number format
                CellStyle before = cell(original.getSheet(SHEET), e.getKey()).getCellStyle();
                assertThat(cell.getCellStyle().getFontIndex()).isEqualTo(before.getFontIndex());
                assertThat(cell.getCellStyle().getBorderTop()).isEqualTo(before.getBorderTop());
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(before.getDataFormatString());
            }
            // shared strings and the other cells are as they were
            assertThat(((XSSFWorkbook) wb).getSharedStringSource().getUniqueCount())
                    .isEqualTo(((XSSFWorkbook) original).getSharedStringSource().getUniqueCount());
            Sheet before = original.getSheet(SHEET);
            for (Row row : before) {
                for (Cell c : row) {
                    String ref = new CellReference(c).formatAsString(false);
                    Cell after = existing(wb.getSheet(SHEET), ref);
                    assertThat(after.toString()).as(ref).isEqualTo(c.toString());
                    if (!marks.get(SHEET).containsKey(ref)) {
                        assertThat(after.getCellStyle().getIndex()).as(ref).isEqualTo(c.getCellStyle().getIndex());
                        assertThat(after.getCellComment()).as(ref).isNull();
                    }
                }
            }
        }
        assertThat(wellFormedPackage(streamed)).isEmpty();
    }

    @Test
    void theListGoesFirstAndSheetIndexesFollow() throws Exception {
        // a second sheet, selected and active, a print area on the first (a sheet-local defined name)
        Path source = withFindings().writeXlsx(tmp, "hai-trang.xlsx");
        try (XSSFWorkbook wb = (XSSFWorkbook) open(source)) {
            wb.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("ghi chú");
            wb.setPrintArea(0, "$A$1:$D$10");
            wb.setActiveSheet(1);
            wb.getSheetAt(0).setSelected(false);
            wb.getSheetAt(1).setSelected(true);
            save(wb, source);
        }
        ExtractedAnnex annex = Extraction.extract(source);
        Path streamed = tmp.resolve("streamed.xlsx");
        assertThat(new XlsxFeedback(checks).write(source, annex, streamed)).isTrue();
        assertSameAsPoi(streamed, poiFeedback(source, annex, tmp.resolve("poi.xlsx")), source);
        try (Workbook wb = open(streamed)) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly(FeedbackWorkbook.LIST_SHEET, SHEET, "Ghi chú");
            assertThat(wb.getPrintArea(1)).isEqualTo("'Biểu 01'!$A$1:$D$10");
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(wb.getSheetAt(2).isSelected()).isFalse();
        }
    }

    @Test
    void aSheetNamedLikeTheListKeepsItsName() throws Exception {
        Path source = withFindings().writeXlsx(tmp, "trung-ten.xlsx");
        try (XSSFWorkbook wb = (XSSFWorkbook) open(source)) {
            wb.createSheet(FeedbackWorkbook.LIST_SHEET);
            save(wb, source);
        }
        ExtractedAnnex annex = Extraction.extract(source);
        Path streamed = tmp.resolve("streamed.xlsx");
        assertThat(new XlsxFeedback(checks).write(source, annex, streamed)).isTrue();
        try (Workbook wb = open(streamed)) {
            assertThat(wb.getSheetName(0)).isEqualTo(FeedbackWorkbook.LIST_SHEET + " (NTP)");
            assertThat(wb.getSheet(FeedbackWorkbook.LIST_SHEET)).isNotNull();
        }
    }

    @Test
    void aSheetWithAPictureATableAndAWebLinkKeepsThemAndGetsItsComments() throws Exception {
        Path source = withFindings().writeXlsx(tmp, "hinh-anh.xlsx");
        try (XSSFWorkbook wb = (XSSFWorkbook) open(source)) {
            XSSFSheet sheet = wb.getSheet(SHEET);
            int picture = wb.addPicture(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(20);
            anchor.setRow1(2);
            sheet.createDrawingPatriarch().createPicture(anchor, picture);
            XSSFSheet other = wb.createSheet("Bảng");
            for (int r = 0; r < 3; r++) {
                Row row = other.createRow(r);
                for (int c = 0; c < 2; c++) row.createCell(c).setCellValue(r == 0 ? "Cột " + c : String.valueOf(r * c));
            }
            other.createTable(new AreaReference("A1:B3", wb.getSpreadsheetVersion()));
            Hyperlink web = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            web.setAddress("https://ntp.example.vn/huong-dan");
            cell(sheet, "A1").setHyperlink(web);
            save(wb, source);
        }
        ExtractedAnnex annex = Extraction.extract(source);
        Finding model = annex.findings().get(0);
        List<Finding> findings = new ArrayList<>(annex.findings());
        Finding onTheTable = new Finding(model.ruleCode(), "Bảng", "B2", model.label(), model.projectCode(), model.expected(), model.actual());
        findings.add(onTheTable);
        annex = new ExtractedAnnex(annex.rejected(), annex.reasonCode(), annex.reason(), annex.identity(), annex.moneyUnit(),
                annex.figures(), findings, annex.sheetsRead(), annex.savedAtEpochMs());

        Path streamed = tmp.resolve("streamed.xlsx");
        assertThat(new XlsxFeedback(checks).write(source, annex, streamed)).isTrue();
        assertSameAsPoi(streamed, poiFeedback(source, annex, tmp.resolve("poi.xlsx")), source);
        try (XSSFWorkbook wb = (XSSFWorkbook) open(streamed)) {
            assertThat(wb.getSheet(SHEET).getDrawingPatriarch().getShapes()).hasSize(1);
            assertThat(wb.getSheet(SHEET).getHyperlink(0, 0).getAddress()).isEqualTo("https://ntp.example.vn/huong-dan");
            assertThat(wb.getSheet("Bảng").getTables()).hasSize(1);
            assertThat(existing(wb.getSheet("Bảng"), "B2").getCellComment().getString().getString())
                    .isEqualTo(checks.render(onTheTable).messageVi());
        }
    }

    @Test
    void aWorkbookWithVmlElsewhereIsLeftToPoi() throws Exception {
        Path source = withFindings().writeXlsx(tmp, "vml.xlsx");
        try (XSSFWorkbook wb = (XSSFWorkbook) open(source)) {
            Sheet other = wb.createSheet("Ghi chú");
            Comment note = other.createDrawingPatriarch().createCellComment(wb.getCreationHelper().createClientAnchor());
            note.setString(wb.getCreationHelper().createRichTextString("ghi chú"));
            cell(other, "B2").setCellComment(note);
            save(wb, source);
        }
        ExtractedAnnex annex = Extraction.extract(source);
        assertThat(new XlsxFeedback(checks).write(source, annex, tmp.resolve("streamed.xlsx"))).isFalse();
        Path feedback = new FeedbackWorkbook(checks).write(source, annex, tmp.resolve("reports"));
        try (Workbook wb = open(feedback)) {
            assertThat(cell(wb.getSheet("Ghi chú"), "B2").getCellComment().getString().getString()).isEqualTo("ghi chú");
            assertThat(wb.getSheetName(0)).isEqualTo(FeedbackWorkbook.LIST_SHEET);
        }
    }

    @Test
    void aZipBrokenSinceItWasReadIsLeftToPoiWhichWritesTheListAlone() throws Exception {
        Path source = withFindings().writeXlsx(tmp, "hong.xlsx");
        ExtractedAnnex annex = Extraction.extract(source);
        byte[] bytes = Files.readAllBytes(source);
        Files.write(source, Arrays.copyOf(bytes, bytes.length / 2)); // the central directory is gone

        assertThat(new XlsxFeedback(checks).write(source, annex, tmp.resolve("streamed.xlsx"))).isFalse();
        assertThat(tmp.resolve("streamed.xlsx")).doesNotExist();
        Path feedback = new FeedbackWorkbook(checks).write(source, annex, tmp.resolve("reports"));
        assertThat(feedback.getFileName().toString()).isEqualTo("hong.kiem-tra.xlsx");
        try (Workbook wb = open(feedback)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetName(0)).isEqualTo(FeedbackWorkbook.LIST_SHEET);
        }
    }

    @Test
    void aSheetThatAlreadyHasCommentsIsLeftToPoiAndKeepsThem() throws Exception {
        Path source = withFindings().writeXlsx(tmp, "co-ghi-chu.xlsx");
        try (XSSFWorkbook wb = (XSSFWorkbook) open(source)) {
            Sheet sheet = wb.getSheet(SHEET);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            Comment note = sheet.createDrawingPatriarch().createCellComment(anchor);
            note.setString(wb.getCreationHelper().createRichTextString("ghi chú của huyện"));
            cell(sheet, "A1").setCellComment(note);
            save(wb, source);
        }
        ExtractedAnnex annex = Extraction.extract(source);
        assertThat(new XlsxFeedback(checks).write(source, annex, tmp.resolve("streamed.xlsx"))).isFalse();
        assertThat(tmp.resolve("streamed.xlsx")).doesNotExist();

        Path feedback = new FeedbackWorkbook(checks).write(source, annex, tmp.resolve("reports"));
        try (Workbook wb = open(feedback)) {
            assertThat(wb.getSheetName(0)).isEqualTo(FeedbackWorkbook.LIST_SHEET);
            assertThat(cell(wb.getSheet(SHEET), "A1").getCellComment().getString().getString()).isEqualTo("ghi chú của huyện");
            String flagged = annex.findings().get(0).cellRef();
            assertThat(cell(wb.getSheet(SHEET), flagged).getCellComment().getString().getString())
                    .isEqualTo(CellMarks.of(annex.findings(), checks, s -> s).get(SHEET).get(flagged).comment());
        }
    }

    @Test
    void theWorkbookApiWritesTheStreamedWorkbookForAnXlsx() throws Exception {
        Path source = withFindings().writeXlsx(tmp, "phong-tho.xlsx");
        ExtractedAnnex annex = Extraction.extract(source);
        Path feedback = new FeedbackWorkbook(checks).write(source, annex, tmp.resolve("reports"));
        assertThat(feedback.getFileName().toString()).isEqualTo("phong-tho.kiem-tra.xlsx");
        // the stream writer's own parts: comments numbered from 1 and the list sheet's inline strings
        try (ZipFile zip = new ZipFile(feedback.toFile())) {
            assertThat(zip.getEntry("xl/comments1.xml")).isNotNull();
            assertThat(zip.getEntry("xl/drawings/vmlDrawing1.vml")).isNotNull();
        }
        assertSameAsPoi(feedback, poiFeedback(source, annex, tmp.resolve("poi.xlsx")), source);
    }

    // ---------- helpers

    private Path poiFeedback(Path source, ExtractedAnnex annex, Path out) throws IOException {
        try (Workbook wb = open(source); OutputStream stream = Files.newOutputStream(out)) {
            var marks = CellMarks.of(annex.findings(), checks, s -> wb.getSheet(s) == null ? null : wb.getSheet(s).getSheetName());
            var list = FindingList.of(source.getFileName().toString(), annex, checks, s -> wb.getSheet(s) != null);
            PoiFeedback.write(wb, marks, list, stream);
        }
        return out;
    }

    /** Same sheets in the same order, and in each the same cells: value, fill, comment, link. */
    private static void assertSameAsPoi(Path streamed, Path poi, Path source) throws IOException {
        try (Workbook s = open(streamed); Workbook p = open(poi)) {
            assertThat(s.getNumberOfSheets()).isEqualTo(p.getNumberOfSheets());
            assertThat(s.getActiveSheetIndex()).isEqualTo(p.getActiveSheetIndex());
            for (int i = 0; i < p.getNumberOfSheets(); i++) {
                assertThat(s.getSheetName(i)).isEqualTo(p.getSheetName(i));
                assertThat(s.getSheetAt(i).isSelected()).as(p.getSheetName(i) + " selected").isEqualTo(p.getSheetAt(i).isSelected());
                assertThat(shown(s.getSheetAt(i))).as(p.getSheetName(i)).containsExactlyElementsOf(shown(p.getSheetAt(i)));
            }
        }
        assertThat(wellFormedPackage(streamed)).isEmpty();
    }

    /** What a reader sees of each cell. */
    private static List<String> shown(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                CellStyle style = c.getCellStyle();
                cells.add(new CellReference(c).formatAsString(false) + " " + c.getCellType() + " [" + c + "] fill="
                        + style.getFillPattern() + "/" + style.getFillForegroundColor() + " font=" + style.getFontIndex()
                        + " border=" + style.getBorderBottom() + " format=" + style.getDataFormatString() + " wrap=" + style.getWrapText()
                        + " comment=" + (c.getCellComment() == null ? null : c.getCellComment().getAuthor() + ":" + c.getCellComment().getString())
                        + " link=" + (c.getHyperlink() == null ? null : c.getHyperlink().getAddress()));
            }
        }
        return cells;
    }

    /** Problems of the package as POI's OPC layer sees them: every internal relationship leads to a part. */
    private static List<String> wellFormedPackage(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            for (PackagePart part : pkg.getParts()) {
                if (part.isRelationshipPart()) continue;
                for (PackageRelationship r : part.getRelationships()) {
                    if (r.getTargetMode() == TargetMode.EXTERNAL) continue;
                    var target = PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(part.getPartName().getURI(), r.getTargetURI()));
                    if (pkg.getPart(target) == null) problems.add(part.getPartName() + " → " + target);
                }
            }
            new XSSFWorkbook(pkg).close();
        } catch (Exception e) {
            problems.add(e.toString());
        }
        return problems;
    }

    private static Set<String> entries(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = new TreeSet<>();
            zip.stream().forEach(e -> names.add(e.getName()));
            return names;
        }
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    private static void save(Workbook wb, Path file) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(next)) {
            wb.write(out);
        }
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Cell existing(Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        Row row = sheet.getRow(r.getRow());
        return row == null ? null : row.getCell(r.getCol());
    }

    private static Cell cell(Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        Row row = sheet.getRow(r.getRow());
        if (row == null) row = sheet.createRow(r.getRow());
        return row.getCell(r.getCol()) != null ? row.getCell(r.getCol()) : row.createCell(r.getCol());
    }
}
