package vn.ntp.warehouse.annex;

import java.util.List;

/**
 * The canonical layout of one annex family ({@code shared/spec/annex-templates.md}): its form number, the subject of
 * its title, whether it states money, its columns left to right and its merged multi-row header.
 */
record FormLayout(String formNumber, String titleSubject, boolean money, List<Column> columns, List<HeaderCell> header,
                  int headerRows) {

    enum Kind { STT, LABEL, TEXT, VALUE, SUM, RATE, STATED, NOTE }

    /**
     * A column. VALUE: a figure from the warehouse ({@code key}); SUM: the sum of the VALUE columns {@code parts} on the
     * same line; RATE: 100 × {@code parts[0]} / {@code parts[1]}, the denominator taken on the line {@code denominatorLine}
     * when given (Biểu 03: the "Tổng số hộ" line), else on the same line; TEXT: a text of the line ({@code key});
     * STATED: a percentage given to each line's unit, never added up (Biểu 02: the poverty reduction target).
     */
    record Column(String key, Kind kind, int width, List<String> parts, String denominatorLine) {
        static Column stt() {
            return new Column("stt", Kind.STT, 6, List.of(), null);
        }

        static Column label(int width) {
            return new Column("label", Kind.LABEL, width, List.of(), null);
        }

        static Column text(String key, int width) {
            return new Column(key, Kind.TEXT, width, List.of(), null);
        }

        static Column value(String key, int width) {
            return new Column(key, Kind.VALUE, width, List.of(), null);
        }

        static Column sum(String key, int width, List<String> parts) {
            return new Column(key, Kind.SUM, width, parts, null);
        }

        static Column rate(String key, int width, String numerator, String denominator) {
            return new Column(key, Kind.RATE, 9, List.of(numerator, denominator), null);
        }

        static Column rateOnLine(String key, String numerator, String denominator, String denominatorLine) {
            return new Column(key, Kind.RATE, 9, List.of(numerator, denominator), denominatorLine);
        }

        static Column stated(String key, int width) {
            return new Column(key, Kind.STATED, width, List.of(), null);
        }

        static Column note() {
            return new Column("note", Kind.NOTE, 12, List.of(), null);
        }
    }

    /** A header label over rows {@code row..lastRow} and columns {@code col..lastCol} (0-based, within the header). */
    record HeaderCell(int row, int col, int lastRow, int lastCol, String label) {
    }

    List<Column> valueColumns() {
        return columns.stream().filter(c -> c.kind() == Kind.VALUE).toList();
    }

    boolean has(String key) {
        return columns.stream().anyMatch(c -> c.key().equals(key));
    }

    int columnOf(String key) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).key().equals(key)) return i;
        throw new IllegalArgumentException("no column " + key);
    }

    /** The header's text over a column, top to bottom ("Kế hoạch vốn năm (giao) / NSTW / SN"). */
    String headerPath(int col) {
        StringBuilder path = new StringBuilder();
        for (HeaderCell cell : header) {
            if (cell.col() <= col && col <= cell.lastCol()) {
                if (path.length() > 0) path.append(" / ");
                path.append(cell.label());
            }
        }
        return path.toString();
    }
}
