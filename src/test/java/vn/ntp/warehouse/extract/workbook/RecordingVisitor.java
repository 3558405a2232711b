package vn.ntp.warehouse.extract.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Keeps everything a reader reports, for assertions. */
final class RecordingVisitor implements SheetVisitor {

    record Row(int index, boolean hidden, List<Cell> cells) {
    }

    static final class Sheet {
        final SheetInfo info;
        final Map<Integer, Row> rows = new LinkedHashMap<>();
        List<CellRange> mergedRegions;

        Sheet(SheetInfo info) {
            this.info = info;
        }

        Cell cell(String ref) {
            int[] rc = CellAddress.parse(ref);
            Row row = rows.get(rc[0]);
            if (row == null) return null;
            return row.cells().stream().filter(c -> c.col() == rc[1]).findFirst().orElse(null);
        }
    }

    final List<Sheet> sheets = new ArrayList<>();
    private final Predicate<SheetInfo> accept;
    private Sheet current;

    RecordingVisitor() {
        this(info -> true);
    }

    RecordingVisitor(Predicate<SheetInfo> accept) {
        this.accept = accept;
    }

    @Override
    public boolean startSheet(SheetInfo sheet) {
        current = new Sheet(sheet);
        sheets.add(current);
        return accept.test(sheet);
    }

    @Override
    public void row(int rowIndex, boolean hidden, List<Cell> cells) {
        current.rows.put(rowIndex, new Row(rowIndex, hidden, List.copyOf(cells)));
    }

    @Override
    public void endSheet(List<CellRange> mergedRegions) {
        current.mergedRegions = List.copyOf(mergedRegions);
    }

    Sheet sheet(String name) {
        return sheets.stream().filter(s -> s.info.name().equals(name)).findFirst().orElseThrow();
    }
}
