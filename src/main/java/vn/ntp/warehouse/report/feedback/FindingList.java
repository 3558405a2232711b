package vn.ntp.warehouse.report.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.FeedbackListSheet;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * What the first sheet "Kết quả kiểm tra" of a feedback workbook holds, whoever writes it: a title, what was
 * read (or why the file was refused), the counts, then one row per finding with a link to its cell.
 */
public record FindingList(String sheetName, List<Row> rows) {
    /** Column widths in characters. */
    public static final int[] WIDTHS = {6, 12, 18, 22, 100};

    /** How a cell of the list looks. */
    public enum Look { PLAIN, BOLD, WRAP, SEVERITY }

    /**
     * One cell: a number where {@code number} is set, else a text (null: a blank cell); {@code severity} for
     * the SEVERITY look; {@code link} a location inside the workbook ({@code 'Sheet'!A1}) or null.
     */
    public record Cell(int column, String text, Integer number, Look look, String severity, String link) {
        static Cell text(int column, String text, Look look) {
            return new Cell(column, text, null, look, null, null);
        }
    }

    public record Row(int index, List<Cell> cells) {
    }

    /**
     * @param sheetExists whether the workbook has a sheet of this name (as POI matches it, ignoring case)
     */
    public static FindingList of(String fileName, ExtractedAnnex annex, FindingCatalogue checks, Predicate<String> sheetExists) {
        List<Row> rows = new ArrayList<>();
        int r = 0;
        rows.add(new Row(r++, List.of(Cell.text(0, "Kết quả kiểm tra tệp " + fileName, Look.BOLD))));
        if (annex.rejected()) {
            rows.add(new Row(r++, List.of(Cell.text(0, "Tệp không nạp được: " + checks.render(annex.reason()).messageVi(), Look.WRAP))));
        } else {
            var id = annex.identity();
            rows.add(new Row(r++, List.of(Cell.text(0, id.unitName() + " — " + id.programCode() + " — " + id.period().periodLabel()
                    + " — " + annex.factRows() + " số liệu đã đọc", Look.PLAIN))));
        }
        String summary = annex.findings().isEmpty() ? "Không có sai sót." : summary(annex.findings(), checks);
        rows.add(new Row(r++, List.of(Cell.text(0, summary, Look.PLAIN))));
        r++;
        String[] header = {"STT", "Mức độ", "Vị trí", "Mã kiểm tra", "Nội dung"};
        List<Cell> headerCells = new ArrayList<>();
        for (int c = 0; c < header.length; c++) headerCells.add(Cell.text(c, header[c], Look.BOLD));
        rows.add(new Row(r++, headerCells));
        int n = 1;
        for (Finding f : annex.findings()) {
            FindingCatalogue.Rendered rendered = checks.render(f);
            String link = f.cellRef() != null && !f.cellRef().isEmpty() && sheetExists.test(f.sheet())
                    ? "'" + f.sheet().replace("'", "''") + "'!" + f.cellRef() : null;
            rows.add(new Row(r++, List.of(
                    new Cell(0, null, n++, Look.PLAIN, null, null),
                    new Cell(1, Severities.word(rendered.severity()), null, Look.SEVERITY, rendered.severity(), null),
                    new Cell(2, f.location(), null, Look.PLAIN, null, link),
                    Cell.text(3, f.ruleCode(), Look.PLAIN),
                    Cell.text(4, rendered.messageVi(), Look.WRAP))));
        }
        return new FindingList(FeedbackListSheet.nameBeside(sheetExists), rows);
    }

    private static String summary(List<Finding> findings, FindingCatalogue checks) {
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
}
