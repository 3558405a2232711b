package vn.ntp.warehouse.annex;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;

import static vn.ntp.warehouse.annex.Tables.orEmpty;

/**
 * Sheet "Nguồn số liệu": for every figure of the form (its cell), the values it is the sum of: unit, basis, file,
 * sheet, cell, value as typed, the file's money unit and state.
 */
final class LineageSheet {
    static final String NAME = "Nguồn số liệu";

    private LineageSheet() {
    }

    /** {@code formCells}: "line\0column" → the cell of that figure on the form. */
    static void write(Tables t, AnnexFamily family, FormLayout layout, List<LineageRow> rows,
                      Map<String, String> labels, Map<String, String> formCells) {
        Sheet sheet = t.sheet(NAME, "NGUỒN CỦA TỪNG SỐ LIỆU TRÊN BIỂU",
                "Mỗi số trên biểu là tổng các giá trị dưới đây: tệp, trang tính, ô đã đọc, giá trị như đã ghi và đơn vị tính của tệp.");
        t.widths(sheet, 10, 40, 30, 14, 8, 24, 20, 34, 12, 8, 16, 14, 14, 20);
        int r = t.header(sheet, 3, List.of("Ô trên biểu", "Dòng của biểu", "Cột", "Giá trị", "Mã số", "Địa phương",
                "Cơ sở số liệu", "Tệp", "Trang tính", "Ô", "Giá trị như đã ghi", "Đơn vị tính của tệp", "Trạng thái tệp",
                "Mã tệp"));
        for (LineageRow row : rows) {
            String line = family.lineKey(row);
            String column = family.columnKey(row);
            String cell = line == null || column == null ? null : formCells.get(line + "\u0000" + column);
            String label = line == null ? null : labels.get(line);
            t.row(sheet, r++, List.of(cell == null ? "(không có trên biểu)" : cell,
                    label == null ? Texts.describe(row) : label,
                    column == null || !layout.has(column) ? row.measure() : layout.headerPath(layout.columnOf(column)),
                    row.value(), row.sourceUnitCode(), orEmpty(row.sourceUnitName()), Texts.basis(row.sourceBasis()),
                    orEmpty(row.sourceFile()), orEmpty(row.sheet()), orEmpty(row.cellRef()), orEmpty(row.originalText()),
                    orEmpty(row.originalUnit()), row.statusVi(), orEmpty(row.submissionId())));
        }
    }
}
