package vn.ntp.warehouse.annex;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.TextAlign;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTextBox;
import org.apache.poi.xssf.usermodel.XSSFTextParagraph;
import org.apache.poi.xssf.usermodel.XSSFTextRun;

/**
 * The layout engine of every annex family: metadata block, merged header, the lines of the form with SUM formulas over
 * children and rate formulas (each with its cached value, so that Excel users can edit and a reader of cached values
 * reads numbers), print setup (A4 landscape, header rows repeated, fit to width) and the signature block.
 */
final class FormSheetWriter {

    /** The rows above the header: form code, title, reporting unit, its code, period, money unit, then notes. */
    record Metadata(String formCode, String title, String unitName, String unitCode, String periodLabel, boolean money,
                    List<String> notes) {

        /** A subject's: the notes say its basis and the older units a successor sums, then {@code warnings}. */
        static Metadata of(AnnexFamily family, AnnexSubject subject, FormLayout layout, List<String> warnings) {
            List<String> notes = new ArrayList<>();
            notes.add("Cơ sở số liệu: " + Texts.basis(subject.basis()) + " (" + subject.basis() + "), lập từ kho dữ liệu.");
            if (subject.viaPredecessors()) {
                notes.add("Gồm số liệu của các đơn vị trước ngày 01/7/2025 hợp thành đơn vị này: "
                        + subject.predecessors().stream().map(AnnexSubject.Unit::label).collect(Collectors.joining(", ")) + ".");
            }
            notes.addAll(warnings);
            return new Metadata("Biểu số " + family.formNumber() + "/" + subject.programCode(),
                    family.titleSubject().replaceAll(" -$", "") + " " + Catalogues.programTitle(subject.programCode()) + " "
                            + subject.period().periodLabel().toUpperCase(Locale.forLanguageTag("vi")),
                    subject.unit().name(), subject.unit().code(), subject.period().periodLabel(), layout.money(), notes);
        }
    }

    /** Where each leaf figure went: "line\0column" → cell reference on the form. */
    record Written(Sheet sheet, Map<String, String> leafCells, int firstLineRow, int lastLineRow) {

        /**
         * "Dòng 14: Dự án 4: …": each line as the other sheets name it, by its row on the form (a label that begins with
         * a header word such as "Nội dung" could make a reader take the row for a header); by key, a line without one
         * by "\0" and its label.
         */
        Map<String, String> lineLabels(List<AnnexLine> lines) {
            Map<String, String> labels = new HashMap<>();
            int row = firstLineRow;
            for (AnnexLine top : lines) {
                for (AnnexLine line : top.flatten()) {
                    row++;
                    labels.put(line.key == null ? "\u0000" + line.label : line.key, "Dòng " + row + ": " + lineLabel(line));
                }
            }
            return labels;
        }

        private static String lineLabel(AnnexLine line) {
            String indicator = line.texts.get("indicator");
            if (indicator == null) return line.label;
            String uom = line.texts.get("unit_of_measure");
            return line.label + " — " + indicator + (uom == null || uom.isEmpty() ? "" : " (" + uom + ")");
        }
    }

    private final Styles styles;

    FormSheetWriter(Styles styles) {
        this.styles = styles;
    }

    Written write(Workbook wb, String sheetName, FormLayout layout, Metadata meta, List<AnnexLine> lines, Figures figures) {
        Sheet sheet = wb.createSheet(sheetName);
        int lastCol = layout.columns().size() - 1;
        for (int c = 0; c <= lastCol; c++) sheet.setColumnWidth(c, layout.columns().get(c).width() * 256);

        int r = metadata(sheet, meta, lastCol);
        int headerTop = r;
        for (FormLayout.HeaderCell h : layout.header()) {
            for (int hr = headerTop + h.row(); hr <= headerTop + h.lastRow(); hr++) {
                for (int hc = h.col(); hc <= h.lastCol(); hc++) cell(sheet, hr, hc, styles.header);
            }
            cell(sheet, headerTop + h.row(), h.col(), styles.header).setCellValue(h.label());
            if (h.lastRow() > h.row() || h.lastCol() > h.col()) {
                sheet.addMergedRegion(new CellRangeAddress(headerTop + h.row(), headerTop + h.lastRow(), h.col(), h.lastCol()));
            }
        }
        int firstLine = headerTop + layout.headerRows();

        // rows of every line first, so that a parent's formula can name its children
        Map<AnnexLine, Integer> rowOf = new IdentityHashMap<>();
        int next = firstLine;
        for (AnnexLine top : lines) for (AnnexLine line : top.flatten()) rowOf.put(line, next++);

        boolean decimals = figures.anyFraction();
        Map<String, String> leafCells = new HashMap<>();
        Map<AnnexLine, Map<String, BigDecimal>> valuesOf = new IdentityHashMap<>();
        for (AnnexLine top : lines) values(top, layout, figures, valuesOf);
        Map<String, Integer> lineRowByKey = new HashMap<>();
        rowOf.forEach((line, row) -> {
            if (line.key != null) lineRowByKey.put(line.key, row);
        });

        for (Map.Entry<AnnexLine, Integer> e : rowOf.entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).toList()) {
            AnnexLine line = e.getKey();
            int row = e.getValue();
            Map<String, BigDecimal> values = valuesOf.get(line);
            fitHeight(sheet, row, layout, line);
            for (int col = 0; col <= lastCol; col++) {
                final int c = col;
                FormLayout.Column column = layout.columns().get(c);
                switch (column.kind()) {
                    case STT -> cell(sheet, row, c, line.bold() ? styles.textBold : styles.text).setCellValue(line.stt);
                    case LABEL -> cell(sheet, row, c, line.bold() ? styles.textBold : styles.text).setCellValue(line.label);
                    case STATED -> {
                        Cell cell = cell(sheet, row, c, line.bold() ? styles.rateBold : styles.rate);
                        BigDecimal v = line.stated.get(column.key());
                        if (v != null) cell.setCellValue(v.doubleValue());
                    }
                    case TEXT, NOTE -> {
                        Cell cell = cell(sheet, row, c, styles.text);
                        String text = line.texts.get(column.key());
                        if (text != null) cell.setCellValue(text);
                    }
                    case VALUE -> {
                        Cell cell = cell(sheet, row, c, moneyStyle(line, decimals));
                        BigDecimal v = values == null ? null : values.get(column.key());
                        if (v == null) break;
                        if (line.role == AnnexLine.Role.LEAF) {
                            cell.setCellValue(v.doubleValue());
                            leafCells.put(line.key + "\u0000" + column.key(), ref(row, c));
                        } else {
                            cell.setCellFormula("SUM(" + line.children.stream().map(ch -> ref(rowOf.get(ch), c))
                                    .collect(Collectors.joining(",")) + ")");
                            cell.setCellValue(v.doubleValue());
                        }
                    }
                    case SUM -> {
                        Cell cell = cell(sheet, row, c, moneyStyle(line, decimals));
                        BigDecimal v = values == null ? null : values.get(column.key());
                        if (v == null) break;
                        int from = layout.columnOf(column.parts().get(0));
                        int to = layout.columnOf(column.parts().get(column.parts().size() - 1));
                        cell.setCellFormula("SUM(" + ref(row, from) + ":" + ref(row, to) + ")");
                        cell.setCellValue(v.doubleValue());
                    }
                    case RATE -> {
                        Cell cell = cell(sheet, row, c, line.bold() ? styles.rateBold : styles.rate);
                        if (line.role == AnnexLine.Role.HEADING) break;
                        BigDecimal num = values == null ? null : values.get(column.parts().get(0));
                        Integer denRow = column.denominatorLine() == null ? Integer.valueOf(row) : lineRowByKey.get(column.denominatorLine());
                        if (denRow == null || num == null || (column.denominatorLine() != null && denRow == row)) break;
                        AnnexLine denLine = column.denominatorLine() == null ? line : lineByRow(rowOf, denRow);
                        Map<String, BigDecimal> denValues = valuesOf.get(denLine);
                        BigDecimal den = denValues == null ? null : denValues.get(column.parts().get(1));
                        if (den == null || den.signum() == 0) break;
                        int numCol = layout.columnOf(column.parts().get(0));
                        int denCol = layout.columnOf(column.parts().get(1));
                        String denRef = column.denominatorLine() == null ? ref(denRow, denCol)
                                : "$" + CellReference.convertNumToColString(denCol) + "$" + (denRow + 1);
                        cell.setCellFormula(ref(row, numCol) + "/" + denRef + "*100");
                        cell.setCellValue(100.0 * num.doubleValue() / den.doubleValue());
                    }
                }
            }
        }
        int lastLine = next - 1;
        signature(sheet, lastLine + 2, lastCol);
        printSetup(sheet, headerTop, firstLine - 1, lastCol, lastLine + 6);
        sheet.createFreezePane(0, firstLine);
        return new Written(sheet, leafCells, firstLine, lastLine);
    }

    private static AnnexLine lineByRow(Map<AnnexLine, Integer> rowOf, int row) {
        return rowOf.entrySet().stream().filter(e -> e.getValue() == row).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** Enough height for the wrapped label and texts of a line (a file's reader does not lay text out itself). */
    private static void fitHeight(Sheet sheet, int row, FormLayout layout, AnnexLine line) {
        int lines = 1;
        for (FormLayout.Column column : layout.columns()) {
            String text = switch (column.kind()) {
                case LABEL -> line.label;
                case TEXT -> line.texts.get(column.key());
                default -> null;
            };
            if (text == null) continue;
            double perLine = Math.max(1, column.width() * 1.3);
            lines = Math.max(lines, (int) Math.ceil(text.length() / perLine));
        }
        (sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row)).setHeightInPoints(15.5f * lines);
    }

    /**
     * Leaf values from the figures; a summing line adds its children's, in the columns where at least one of them has a
     * figure (a column no one reported stays empty, not zero); SUM columns add their parts.
     */
    private static Map<String, BigDecimal> values(AnnexLine line, FormLayout layout, Figures figures,
                                                  Map<AnnexLine, Map<String, BigDecimal>> out) {
        Map<String, BigDecimal> values = new HashMap<>();
        if (line.role == AnnexLine.Role.LEAF) {
            for (FormLayout.Column column : layout.columns()) {
                if (column.kind() != FormLayout.Kind.VALUE) continue;
                BigDecimal v = figures.get(line.key, column.key());
                if (v != null) values.put(column.key(), v);
            }
        }
        for (AnnexLine child : line.children) {
            Map<String, BigDecimal> childValues = values(child, layout, figures, out);
            if (line.role == AnnexLine.Role.HEADING) continue;
            childValues.forEach((k, v) -> {
                if (layout.columns().get(layout.columnOf(k)).kind() == FormLayout.Kind.VALUE) values.merge(k, v, BigDecimal::add);
            });
        }
        for (FormLayout.Column column : layout.columns()) {
            if (column.kind() != FormLayout.Kind.SUM) continue;
            BigDecimal sum = null;
            for (String part : column.parts()) {
                BigDecimal v = values.get(part);
                if (v != null) sum = sum == null ? v : sum.add(v, MathContext.UNLIMITED);
            }
            if (sum != null) values.put(column.key(), sum);
        }
        out.put(line, values);
        return values;
    }

    private CellStyle moneyStyle(AnnexLine line, boolean decimals) {
        if (decimals) return line.bold() ? styles.moneyDecimalsBold : styles.moneyDecimals;
        return line.bold() ? styles.moneyBold : styles.money;
    }

    private int metadata(Sheet sheet, Metadata meta, int lastCol) {
        cell(sheet, 0, lastCol - 2, styles.boldCentered).setCellValue(meta.formCode());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, lastCol - 2, lastCol));
        Cell title = cell(sheet, 1, 0, styles.title);
        title.setCellValue(meta.title());
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastCol));
        sheet.getRow(1).setHeightInPoints(40);
        int r = 2;
        cell(sheet, r++, 0, styles.plain).setCellValue("Đơn vị báo cáo: " + meta.unitName());
        cell(sheet, r++, 0, styles.plain).setCellValue("Mã đơn vị: " + meta.unitCode());
        cell(sheet, r++, 0, styles.plain).setCellValue("Kỳ báo cáo: " + meta.periodLabel());
        if (meta.money()) cell(sheet, r++, 0, styles.plain).setCellValue("Đơn vị tính: Triệu đồng");
        for (String note : meta.notes()) {
            cell(sheet, r, 0, note.startsWith("!") ? styles.warning : styles.plain).setCellValue(note.replaceFirst("^!", ""));
            r++;
        }
        return r + 1;
    }

    /**
     * The signature block, as two text boxes below the table: printed with the form, but not cells, so that a reader
     * of the table (ours included) does not take it for a line of figures.
     */
    private void signature(Sheet sheet, int r, int lastCol) {
        XSSFDrawing drawing = ((XSSFSheet) sheet).createDrawingPatriarch();
        int leftTo = Math.min(4, lastCol - 3);
        textBox(drawing, 1, leftTo, r, new String[]{"", "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"});
        textBox(drawing, Math.max(leftTo + 1, lastCol - 4), lastCol + 1, r,
                new String[]{"…………, ngày …… tháng …… năm ……", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)"});
    }

    private static void textBox(XSSFDrawing drawing, int fromCol, int toCol, int row, String[] lines) {
        XSSFTextBox box = drawing.createTextbox(new XSSFClientAnchor(0, 0, 0, 0, fromCol, row, toCol, row + 5));
        box.setNoFill(true);
        box.setLineStyle(-1);
        box.clearText();
        for (int i = 0; i < lines.length; i++) {
            XSSFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setTextAlign(TextAlign.CENTER);
            XSSFTextRun run = paragraph.addNewTextRun();
            run.setText(lines[i]);
            run.setFont(Styles.FONT);
            run.setFontSize(12.0);
            run.setBold(i == 1);
            run.setItalic(i != 1);
        }
    }

    private static void printSetup(Sheet sheet, int headerTop, int headerBottom, int lastCol, int lastRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
        sheet.setRepeatingRows(new CellRangeAddress(headerTop, headerBottom, -1, -1));
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastCol, 0, lastRow);
    }

    static Cell cell(Sheet sheet, int r, int c, CellStyle style) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        Cell cell = row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
        if (style != null) cell.setCellStyle(style);
        return cell;
    }

    static String ref(int row, int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }
}
