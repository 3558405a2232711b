package vn.ntp.warehouse.extract;

import java.util.List;
import java.util.Map;

/**
 * Where a form's table is: the header rows, the STT and label columns, and for every other
 * column the path of header labels from the top header row down (merged parents filled in),
 * e.g. {@code ["Kế hoạch vốn năm (giao)", "NSTW", "ĐTPT"]}.
 */
public record HeaderLayout(int firstRow, int lastRow, int sttCol, int labelCol,
                           Map<Integer, List<String>> columnPaths) {

    public String headerRef(int col) {
        return vn.ntp.warehouse.extract.workbook.CellAddress.of(lastRow, col);
    }
}
