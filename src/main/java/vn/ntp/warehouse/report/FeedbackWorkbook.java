package vn.ntp.warehouse.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The workbook a district officer gets back from {@code ./ntp validate}: a copy of the sender's own
 * workbook with every cell that has a finding filled in the colour of its severity (error rose,
 * warning yellow, info pale blue) and a comment holding the Vietnamese message, plus a first sheet
 * "Kết quả kiểm tra" that lists all findings with a link to each cell. A .xls stays a .xls (HSSF).
 * A file that cannot be opened at all (encrypted, corrupt, not Excel) gets the list sheet alone,
 * with the reason. These are small files: POI's usermodel is fine here, never in a run.
 */
public final class FeedbackWorkbook {
    public static final String LIST_SHEET = "Kết quả kiểm tra";
    public static final short ERROR_FILL = IndexedColors.ROSE.getIndex();
    public static final short WARNING_FILL = IndexedColors.LIGHT_YELLOW.getIndex();
    public static final short INFO_FILL = IndexedColors.PALE_BLUE.getIndex();
    private static final String AUTHOR = "Kiểm tra NTP";
    /** Reasons of the workbook reader: the file cannot be opened, so it is not copied. */
    /** Refusals whose file cannot be opened to be marked up (a damaged file's code is CORRUPT or CORRUPT_...). */
    private static final Set<String> UNOPENABLE = Set.of("ENCRYPTED", "CORRUPT", "ZIP_BOMB", "EXTERNAL_ENTITY",
            "NOT_EXCEL_HTML", "NOT_EXCEL_CSV", "NOT_EXCEL", "EMPTY", "TOO_LARGE", "IO_ERROR", "EXTRACTION_FAILED");
    private static final long MAX_COPY_BYTES = 20L << 20;

    private final FindingCatalogue checks;

    public FeedbackWorkbook(FindingCatalogue checks) {
        this.checks = checks;
    }

    private static boolean unopenable(String reasonCode) {
        return UNOPENABLE.contains(reasonCode) || reasonCode.startsWith("CORRUPT_");
    }

    /** Writes {@code reportsDir/<name>.kiem-tra.xlsx} (or {@code .xls}); returns its path. */
    public Path write(Path source, ExtractedAnnex annex, Path reportsDir) throws IOException {
        Files.createDirectories(reportsDir);
        boolean copy = !(annex.rejected() && unopenable(annex.reasonCode())) && Files.size(source) <= MAX_COPY_BYTES;
        Workbook workbook = copy ? open(source) : null;
        boolean xls = workbook instanceof HSSFWorkbook;
        if (workbook == null) workbook = new XSSFWorkbook();
        try (Workbook wb = workbook) {
            markCells(wb, annex.findings());
            writeList(wb, source.getFileName().toString(), annex);
            Path out = reportsDir.resolve(stem(source) + ".kiem-tra" + (xls ? ".xls" : ".xlsx"));
            try (OutputStream stream = Files.newOutputStream(out)) {
                wb.write(stream);
            }
            return out;
        }
    }

    private static Workbook open(Path source) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(source)));
        } catch (IOException | RuntimeException unreadable) {
            return null; // the list alone still tells the sender what is wrong
        }
    }

    // ---------- the sender's sheets

    private record Mark(String severity, List<String> messages) {
    }

    private void markCells(Workbook wb, List<Finding> findings) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.cellRef() == null || f.cellRef().isEmpty() || wb.getSheet(f.sheet()) == null) continue;
            FindingCatalogue.Rendered r = checks.render(f);
            Mark mark = marks.computeIfAbsent(f.sheet() + "!" + f.cellRef(), k -> new Mark(r.severity(), new ArrayList<>()));
            mark.messages().add(r.messageVi());
            if (FindingCatalogue.rank(r.severity()) > FindingCatalogue.rank(mark.severity())) {
                marks.put(f.sheet() + "!" + f.cellRef(), new Mark(r.severity(), mark.messages()));
            }
        }
        Map<String, CellStyle> filled = new HashMap<>();
        for (Map.Entry<String, Mark> e : marks.entrySet()) {
            int bang = e.getKey().lastIndexOf('!');
            Sheet sheet = wb.getSheet(e.getKey().substring(0, bang));
            CellReference ref = new CellReference(e.getKey().substring(bang + 1));
            Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
            String severity = e.getValue().severity();
            CellStyle original = cell.getCellStyle();
            cell.setCellStyle(filled.computeIfAbsent(original.getIndex() + "/" + severity, k -> {
                CellStyle style = wb.createCellStyle();
                style.cloneStyleFrom(original);
                style.setFillForegroundColor(fill(severity));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            }));
            comment(wb, sheet, cell, String.join("\n", e.getValue().messages()));
        }
    }

    private static void comment(Workbook wb, Sheet sheet, Cell cell, String text) {
        CreationHelper factory = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        if (cell.getCellComment() != null) cell.removeCellComment();
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    // ---------- the list of findings

    private void writeList(Workbook wb, String fileName, ExtractedAnnex annex) {
        String name = wb.getSheet(LIST_SHEET) == null ? LIST_SHEET : LIST_SHEET + " (NTP)";
        Sheet list = wb.createSheet(name);
        wb.setSheetOrder(name, 0);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        for (int i = 1; i < wb.getNumberOfSheets(); i++) wb.getSheetAt(i).setSelected(false);
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        CellStyle bold = wb.createCellStyle();
        bold.setFont(boldFont);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        Map<String, CellStyle> severityStyles = new HashMap<>();

        int r = 0;
        text(list, r++, 0, "Kết quả kiểm tra tệp " + fileName, bold);
        if (annex.rejected()) {
            text(list, r++, 0, "Tệp không nạp được: " + checks.render(annex.reason()).messageVi(), wrap);
        } else {
            var id = annex.identity();
            text(list, r++, 0, id.unitName() + " — " + id.programCode() + " — " + id.period().periodLabel()
                    + " — " + annex.factRows() + " số liệu đã đọc", null);
        }
        text(list, r++, 0, annex.findings().isEmpty() ? "Không có sai sót." : summary(annex.findings()), null);
        r++;
        String[] header = {"STT", "Mức độ", "Vị trí", "Mã kiểm tra", "Nội dung"};
        for (int c = 0; c < header.length; c++) text(list, r, c, header[c], bold);
        r++;
        int n = 1;
        CreationHelper factory = wb.getCreationHelper();
        for (Finding f : annex.findings()) {
            FindingCatalogue.Rendered rendered = checks.render(f);
            list.createRow(r).createCell(0).setCellValue(n++);
            CellStyle severityStyle = severityStyles.computeIfAbsent(rendered.severity(), s -> {
                CellStyle style = wb.createCellStyle();
                style.setFillForegroundColor(fill(s));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            });
            text(list, r, 1, severityVi(rendered.severity()), severityStyle);
            text(list, r, 2, f.location(), null);
            if (f.cellRef() != null && !f.cellRef().isEmpty() && wb.getSheet(f.sheet()) != null) {
                Hyperlink link = factory.createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + f.sheet().replace("'", "''") + "'!" + f.cellRef());
                list.getRow(r).getCell(2).setHyperlink(link);
            }
            text(list, r, 3, f.ruleCode(), null);
            text(list, r, 4, rendered.messageVi(), wrap);
            r++;
        }
        list.setColumnWidth(0, 6 * 256);
        list.setColumnWidth(1, 12 * 256);
        list.setColumnWidth(2, 18 * 256);
        list.setColumnWidth(3, 22 * 256);
        list.setColumnWidth(4, 100 * 256);
    }

    private String summary(List<Finding> findings) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Finding f : findings) {
            switch (checks.render(f).severity()) {
                case "error" -> errors++;
                case "warning" -> warnings++;
                default -> infos++;
            }
        }
        return errors + " lỗi, " + warnings + " cảnh báo, " + infos + " thông tin. Các ô có vấn đề được tô màu "
                + "(hồng: lỗi, vàng: cảnh báo, xanh: thông tin) và có ghi chú giải thích trong trang của đơn vị.";
    }

    private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) cell.setCellStyle(style);
    }

    public static short fill(String severity) {
        return switch (severity) {
            case "error" -> ERROR_FILL;
            case "warning" -> WARNING_FILL;
            default -> INFO_FILL;
        };
    }

    public static String severityVi(String severity) {
        return switch (severity) {
            case "error" -> "LỖI";
            case "warning" -> "CẢNH BÁO";
            default -> "THÔNG TIN";
        };
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
