package vn.ntp.warehouse.extract;

import java.util.List;
import java.util.Map;

/**
 * Where a form's table is: the header rows, the STT and label columns, and for every other
 * column the path of header labels from the top header row down (merged parents filled in),
 * e.g. {@code ["Kế hoạch vốn năm (giao)", "NSTW", "ĐTPT"]}, with the cell each label was typed
 * in ({@code ["C8", "D9", "D10"]}: a filled-in label points to the cell that holds it).
 */
public record HeaderLayout(int firstRow, int lastRow, int sttCol, int labelCol,
                           Map<Integer, List<String>> columnPaths, Map<Integer, List<String>> labelRefs) {

    /** The cell that holds the label at {@code depth} of a column's path; the bottom header cell when unknown. */
    public String labelRef(int col, int depth) {
        List<String> refs = labelRefs.get(col);
        if (refs == null || depth < 0 || depth >= refs.size()) return headerRef(col);
        return refs.get(depth);
    }

    public String headerRef(int col) {
        return vn.ntp.warehouse.extract.workbook.CellAddress.of(lastRow, col);
    }
}
