package vn.ntp.warehouse.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.ntp.warehouse.extract.template.AnnexTemplate;
import vn.ntp.warehouse.extract.template.LabelSet;
import vn.ntp.warehouse.text.VietnameseText;

/**
 * Finds a form's header by its labels rather than by cell addresses. The header starts at the
 * row whose cell reads like the label column ("Nội dung"); the following rows belong to it while
 * their label cell is empty and they hold text only. A blank row is skipped; a column-number row
 * ({@code 1 | 2 | 3=4+5}) ends the header. Labels of merged parent cells are carried to the
 * columns beneath them by filling right until an ancestor row changes, so the reader does not
 * depend on how the merges were drawn (they come after the data in .xlsx files).
 */
public final class HeaderResolver {
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?[0-9]{1,2}\\)?(\\s*[=*x+\\-/][0-9 ()+\\-*/=x]*)?$|^\\(?[a-z]\\)?$|^\\(?[ivx]{1,4}\\)?$");

    /**
     * A header row holds the label-column label and at least two other labels, so that a metadata
     * line such as "Đơn vị báo cáo: Huyện Phong Thổ" is never taken for the "Đơn vị" column.
     */
    private static final int MIN_HEADER_LABELS = 3;
    private static final int MAX_LABEL_LENGTH = 60;

    private final LabelSet labelColumn;
    private final LabelSet sttColumn;

    public HeaderResolver(AnnexTemplate.Header header) {
        this.labelColumn = LabelSet.of("label", header.labelColumn());
        this.sttColumn = LabelSet.of("stt", header.sttColumn());
    }

    /** The row index (within rows) and column of the label-column header cell, if any. */
    public Optional<int[]> findStart(List<SheetRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            int labelCol = -1;
            int texts = 0;
            for (int col = 0; col < row.width(); col++) {
                String folded = row.folded(col);
                if (folded.isEmpty()) continue;
                texts++;
                if (labelCol < 0 && folded.length() <= MAX_LABEL_LENGTH && labelColumn.startsWith(folded)) labelCol = col;
            }
            if (labelCol >= 0 && texts >= MIN_HEADER_LABELS) return Optional.of(new int[] {i, labelCol});
        }
        return Optional.empty();
    }

    /**
     * True for a row under the header that numbers the columns (1 | 2 | 3=4+5 or A | B | 1): at least two cells
     * filled, at most one in five not a column number. Every row of a header is asked, so it stops at the first
     * cell too many that is no number.
     */
    public static boolean isColumnNumberRow(SheetRow row) {
        int filled = 0;
        for (int col = 0; col < row.width(); col++) {
            if (!row.text(col).isBlank()) filled++;
        }
        if (filled < 2) return false;
        int others = 0;
        for (int col = 0; col < row.width(); col++) {
            String text = row.text(col);
            if (text.isBlank() || COLUMN_NUMBER.matcher(text.toLowerCase(Locale.ROOT).strip()).matches()) continue;
            if (++others * 10 > filled * 2) return false;
        }
        return true;
    }

    /**
     * Resolves the layout from rows buffered from the top of the sheet. Returns the layout and
     * the position in rows of the first row after the header (data, possibly after a blank or
     * column-number row), or empty when no header is found.
     */
    public Optional<Resolved> resolve(List<SheetRow> rows) {
        Optional<int[]> start = findStart(rows);
        if (start.isEmpty()) return Optional.empty();
        int first = start.get()[0];
        int labelCol = start.get()[1];
        List<SheetRow> header = new ArrayList<>();
        header.add(rows.get(first));
        int next = first + 1;
        while (next < rows.size()) {
            SheetRow row = rows.get(next);
            if (row.isEmpty()) {
                next++;
                continue;
            }
            if (isColumnNumberRow(row)) {
                next++;
                break;
            }
            if (!row.text(labelCol).isEmpty() || row.hasNumberOrError()) break;
            header.add(row);
            next++;
        }
        int sttCol = findSttColumn(header.get(0), labelCol);
        Map<Integer, List<String>> refs = new LinkedHashMap<>();
        Map<Integer, List<String>> paths = columnPaths(header, labelCol, sttCol, refs);
        HeaderLayout layout = new HeaderLayout(header.get(0).index(), header.get(header.size() - 1).index(),
                sttCol, labelCol, paths, refs);
        return Optional.of(new Resolved(layout, next));
    }

    public record Resolved(HeaderLayout layout, int nextRowPosition) {
    }

    private int findSttColumn(SheetRow headerRow, int labelCol) {
        for (int col = 0; col < headerRow.width(); col++) {
            if (col != labelCol && sttColumn.startsWith(headerRow.folded(col))) return col;
        }
        return labelCol > 0 ? labelCol - 1 : -1;
    }

    static Map<Integer, List<String>> columnPaths(List<SheetRow> header, int labelCol, int sttCol) {
        return columnPaths(header, labelCol, sttCol, new LinkedHashMap<>());
    }

    /** Column label paths; refs receives, for each column, the cell that holds each label of its path. */
    static Map<Integer, List<String>> columnPaths(List<SheetRow> header, int labelCol, int sttCol,
                                                 Map<Integer, List<String>> refs) {
        int width = header.stream().mapToInt(SheetRow::width).max().orElse(0);
        int depth = header.size();
        String[][] label = new String[depth][width];
        int[][] owner = new int[depth][width];
        for (int r = 0; r < depth; r++) {
            for (int c = 0; c < width; c++) {
                String own = header.get(r).text(c);
                owner[r][c] = c;
                label[r][c] = own;
                if (own.isEmpty() && c > 0 && c != labelCol && c != sttCol && c - 1 != labelCol && c - 1 != sttCol
                        && !label[r][c - 1].isEmpty()
                        && sameAncestors(owner, r, c)) {
                    label[r][c] = label[r][c - 1];
                    owner[r][c] = owner[r][c - 1];
                }
            }
        }
        Map<Integer, List<String>> paths = new LinkedHashMap<>();
        for (int c = 0; c < width; c++) {
            if (c == labelCol || c == sttCol) continue;
            List<String> path = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            for (int r = 0; r < depth; r++) {
                if (!label[r][c].isEmpty()) {
                    path.add(label[r][c]);
                    cells.add(vn.ntp.warehouse.extract.workbook.CellAddress.of(header.get(r).index(), owner[r][c]));
                }
            }
            if (!path.isEmpty()) {
                paths.put(c, path);
                refs.put(c, cells);
            }
        }
        return paths;
    }

    /** Column c continues column c-1's label in row r only if every row above also continues. */
    private static boolean sameAncestors(int[][] owner, int r, int c) {
        for (int up = 0; up < r; up++) {
            if (owner[up][c] != owner[up][c - 1]) return false;
        }
        return true;
    }

    static String fold(String s) {
        return VietnameseText.fold(s);
    }
}
