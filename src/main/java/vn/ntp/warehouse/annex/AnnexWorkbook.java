package vn.ntp.warehouse.annex;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one unit's annex for one period from the warehouse: sheet 1 the form in its canonical layout, then who
 * contributed what ({@value #BREAKDOWN}), what is missing or doubtful ({@value #MISSING}), the unit's own report
 * against the roll-up ({@value #COMPARISON}, when it sent one) and where every figure comes from ({@value #LINEAGE}).
 */
public final class AnnexWorkbook {
    static final String BREAKDOWN = "Chi tiết theo địa phương";
    static final String MISSING = "Thiếu sót";
    static final String COMPARISON = "So sánh";
    static final String LINEAGE = "Nguồn số liệu";

    /** What was written, for the command's message and the tests. */
    public record Result(Path file, String unitLabel, String periodLabel, int leafValues, int missingUnits,
                         int unplacedValues, boolean viaPredecessors) {
    }

    /** A request that cannot be answered (unknown unit or period, nothing in the warehouse), in Vietnamese. */
    public static final class NothingToWrite extends Exception {
        public NothingToWrite(String message) {
            super(message);
        }
    }

    private final Path warehouseFile;
    private final Catalogues catalogues;

    public AnnexWorkbook(Path warehouseFile, Path referenceDir) {
        this.warehouseFile = warehouseFile;
        this.catalogues = Catalogues.load(referenceDir);
    }

    public Result write(String form, String unitText, String periodText, String programCode, String basis, Path out)
            throws NothingToWrite, SQLException, IOException {
        AnnexFamily family = AnnexFamily.of(form, catalogues);
        try (WarehouseRows warehouse = new WarehouseRows(warehouseFile)) {
            AnnexSubject subject;
            try {
                subject = AnnexSubject.resolve(warehouse, catalogues.units(), programCode, unitText, periodText, basis);
            } catch (AnnexSubject.NotFound e) {
                throw new NothingToWrite(e.getMessage());
            }
            List<LineageRow> rows = Lineage.leaves(warehouse, subject, family.mart()).stream().filter(family::shows).toList();
            if (rows.isEmpty()) {
                String otherBasis = basis.equals("rolled_up") ? "reported" : "rolled_up";
                boolean other = !subject.viaPredecessors()
                        && !Lineage.query(warehouse, subject, family.mart(), subject.unit().unitKey(), otherBasis).isEmpty();
                throw new NothingToWrite("Kho chưa có số liệu Biểu " + form + " của " + subject.unit().label() + ", "
                        + programCode + ", " + subject.period().periodLabel() + " (cơ sở: " + Texts.basis(basis) + ")."
                        + (other ? " Có số liệu với --basis " + otherBasis + "." : ""));
            }
            Figures figures = Figures.of(rows, family::lineKey, family::columnKey);
            FormLayout layout = family.layout();
            List<AnnexLine> lines = family.lines(subject, figures, rows);
            family.addStated(warehouse, subject, lines);
            Map<String, AnnexLine> leaves = new LinkedHashMap<>();
            for (AnnexLine top : lines) for (AnnexLine l : top.flatten()) if (l.key != null) leaves.put(l.key, l);
            List<LineageRow> unplaced = unplaced(rows, family, layout, leaves.keySet());
            List<Map<String, Object>> missing = missing(warehouse, subject, family);
            Set<String> submissions = rows.stream().map(LineageRow::submissionId).collect(Collectors.toCollection(LinkedHashSet::new));
            List<Map<String, Object>> findings = findings(warehouse, submissions);
            List<LineageRow> other = subject.viaPredecessors() ? List.of()
                    : Lineage.query(warehouse, subject, family.mart(), subject.unit().unitKey(),
                    basis.equals("rolled_up") ? "reported" : "rolled_up");

            Files.createDirectories(out.toAbsolutePath().getParent());
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Styles styles = new Styles(wb);
                FormSheetWriter.Metadata meta = new FormSheetWriter.Metadata(
                        "Biểu số " + family.formNumber() + "/" + programCode,
                        family.titleSubject().replaceAll(" -$", "") + " " + Catalogues.programTitle(programCode) + " "
                                + subject.period().periodLabel().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                        subject.unit().name(), subject.unit().code(), subject.period().periodLabel(), layout.money(),
                        notes(subject, missing, unplaced));
                FormSheetWriter.Written written = new FormSheetWriter(styles)
                        .write(wb, "Biểu " + family.formNumber(), layout, meta, lines, figures);
                Tables tables = new Tables(wb, styles);
                Map<String, String> labels = lineLabels(lines, written);
                breakdown(tables, family, layout, rows, leaves, labels);
                missingSheet(tables, missing, unplaced, findings, family, layout);
                if (!other.isEmpty()) comparison(tables, family, layout, rows, other, basis, leaves, lines, labels);
                lineageSheet(tables, family, layout, rows, labels, written.leafCells());
                wb.setActiveSheet(0);
                try (OutputStream stream = Files.newOutputStream(out)) {
                    wb.write(stream);
                }
            }
            return new Result(out, subject.unit().label(), subject.period().periodLabel(), rows.size(), missing.size(),
                    unplaced.size(), subject.viaPredecessors());
        }
    }

    // ---------- what the form says above its table

    private static List<String> notes(AnnexSubject subject, List<Map<String, Object>> missing, List<LineageRow> unplaced) {
        List<String> notes = new ArrayList<>();
        notes.add("Cơ sở số liệu: " + Texts.basis(subject.basis()) + " (" + subject.basis() + "), lập từ kho dữ liệu.");
        if (subject.viaPredecessors()) {
            notes.add("Gồm số liệu của các đơn vị trước ngày 01/7/2025 hợp thành đơn vị này: "
                    + subject.predecessors().stream().map(AnnexSubject.Unit::label).collect(Collectors.joining(", ")) + ".");
        }
        if (!missing.isEmpty()) {
            notes.add("!Số liệu chưa đầy đủ: " + missing.size() + " đơn vị chưa báo cáo hoặc báo cáo không được tính (xem trang \""
                    + MISSING + "\").");
        }
        if (!unplaced.isEmpty()) {
            notes.add("!Có " + unplaced.size() + " số liệu không có dòng hoặc cột tương ứng trên biểu (xem trang \"" + MISSING + "\").");
        }
        return notes;
    }

    private static List<LineageRow> unplaced(List<LineageRow> rows, AnnexFamily family, FormLayout layout, Set<String> lineKeys) {
        Set<String> columns = layout.columns().stream().filter(c -> c.kind() == FormLayout.Kind.VALUE)
                .map(FormLayout.Column::key).collect(Collectors.toSet());
        List<LineageRow> out = new ArrayList<>();
        for (LineageRow row : rows) {
            String line = family.lineKey(row);
            String column = family.columnKey(row);
            if (line == null || column == null || !lineKeys.contains(line) || !columns.contains(column)) out.add(row);
        }
        return out;
    }

    // ---------- queries

    /** Expected subordinate units (jobs/schedule/forms.yaml) that did not report, or whose file is kept out. */
    private static List<Map<String, Object>> missing(WarehouseRows warehouse, AnnexSubject subject, AnnexFamily family)
            throws SQLException {
        List<String> roots = subject.viaPredecessors()
                ? subject.predecessors().stream().map(AnnexSubject.Unit::unitKey).toList()
                : List.of(subject.unit().unitKey());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String root : roots) {
            out.addAll(warehouse.query(
                    "select expected.unit_code, expected.unit_name, expected.parent_name, expected.due_date, "
                            + "expected.received, expected.blocked, "
                            + "(select string_agg(rejected.source_file || coalesce(' (' || rejected.reason_vi || ')', ''), '; ') "
                            + " from submission as rejected where rejected.status = 'rejected' "
                            + " and rejected.unit_code = expected.unit_code and rejected.program_code = expected.program_code "
                            + " and rejected.form_code = expected.form_code and rejected.year = expected.year "
                            + " and rejected.period_label = expected.period_label) as rejected_files "
                            + "from expected_submission as expected "
                            + "join bridge_unit_ancestry as ancestry on ancestry.unit_key = expected.unit_key "
                            + "where ancestry.ancestor_key = ? and expected.program_code = ? and expected.form_code = ? "
                            + "and expected.year = ? and expected.period_label = ? and (not expected.received or expected.blocked) "
                            + "order by expected.unit_code",
                    root, subject.programCode(), family.formNumber(), subject.period().year(), subject.period().periodLabel()));
        }
        return out;
    }

    private static List<Map<String, Object>> findings(WarehouseRows warehouse, Set<String> submissions) throws SQLException {
        if (submissions.isEmpty()) return List.of();
        String placeholders = submissions.stream().map(s -> "?").collect(Collectors.joining(","));
        return warehouse.query("select rule_code, severity, unit_code, source_file, sheet, cell_ref, message from dq_issue "
                + "where severity in ('error', 'warning') and submission_id in (" + placeholders + ") "
                + "order by case severity when 'error' then 1 else 2 end, source_file, sheet, cell_ref", submissions.toArray());
    }

    // ---------- sheets

    /**
     * "Dòng 14: Dự án 4: …": a leaf line as the other sheets name it, by its row on the form (a label that begins with
     * a header word such as "Nội dung" could make a reader take the row for a header).
     */
    private static Map<String, String> lineLabels(List<AnnexLine> lines, FormSheetWriter.Written written) {
        Map<String, String> labels = new HashMap<>();
        int row = written.firstLineRow();
        for (AnnexLine top : lines) {
            for (AnnexLine line : top.flatten()) {
                row++;
                labels.put(line.key == null ? "\u0000" + line.label : line.key, "Dòng " + row + ": " + lineLabel(line));
            }
        }
        return labels;
    }

    private static void breakdown(Tables t, AnnexFamily family, FormLayout layout, List<LineageRow> rows,
                                  Map<String, AnnexLine> leaves, Map<String, String> labels) {
        List<FormLayout.Column> values = valueColumns(layout);
        Sheet sheet = t.sheet(BREAKDOWN, "SỐ LIỆU THEO TỪNG ĐỊA PHƯƠNG ĐÓNG GÓP VÀO BIỂU",
                "Mỗi dòng: số liệu của một địa phương trên một dòng của biểu (đơn vị tính như trên biểu); dòng cuối cộng lại bằng biểu.");
        t.widths(sheet, 10, 28, 22, 6, 44);
        List<String> header = new ArrayList<>(List.of("Mã số", "Địa phương", "Cơ sở số liệu", "STT", "Dòng của biểu"));
        for (FormLayout.Column c : values) header.add(layout.headerPath(layout.columnOf(c.key())));
        int r = t.header(sheet, 3, header);
        int first = r;
        Map<String, Map<String, BigDecimal>> grouped = new LinkedHashMap<>();
        Map<String, LineageRow> firstRow = new HashMap<>();
        List<String> order = new ArrayList<>(leaves.keySet());
        rows.stream()
                .filter(row -> family.lineKey(row) != null && family.columnKey(row) != null && leaves.containsKey(family.lineKey(row)))
                .sorted(java.util.Comparator.comparing(LineageRow::sourceUnitCode)
                        .thenComparing(row -> order.indexOf(family.lineKey(row))))
                .forEach(row -> {
                    String key = row.sourceUnitCode() + "\u0000" + family.lineKey(row);
                    firstRow.putIfAbsent(key, row);
                    grouped.computeIfAbsent(key, k -> new HashMap<>()).merge(family.columnKey(row), row.value(), BigDecimal::add);
                });
        for (Map.Entry<String, Map<String, BigDecimal>> e : grouped.entrySet()) {
            LineageRow row = firstRow.get(e.getKey());
            AnnexLine line = leaves.get(family.lineKey(row));
            List<Object> cells = new ArrayList<>(List.of(row.sourceUnitCode(), row.sourceUnitName(),
                    Texts.basis(row.sourceBasis()), line.stt, labels.get(line.key)));
            for (FormLayout.Column c : values) cells.add(e.getValue().get(c.key()));
            t.row(sheet, r++, cells);
        }
        t.sumRow(sheet, r, first, r - 1, 5, 5 + values.size() - 1, "TỔNG CỘNG");
    }

    private static void missingSheet(Tables t, List<Map<String, Object>> missing, List<LineageRow> unplaced,
                                     List<Map<String, Object>> findings, AnnexFamily family, FormLayout layout) {
        Sheet sheet = t.sheet(MISSING, "ĐƠN VỊ CHƯA BÁO CÁO VÀ SỐ LIỆU CẦN XEM LẠI",
                missing.isEmpty() ? "Mọi đơn vị phải báo cáo (theo lịch nộp biểu) đều đã có báo cáo được tính."
                        : "Số liệu của biểu CHƯA ĐẦY ĐỦ: " + missing.size() + " đơn vị dưới đây chưa có báo cáo được tính.");
        t.widths(sheet, 12, 28, 28, 34, 14, 60);
        int r = t.header(sheet, 3, List.of("Mã số", "Địa phương", "Thuộc", "Tình trạng", "Hạn nộp"));
        for (Map<String, Object> m : missing) {
            boolean received = Boolean.TRUE.equals(m.get("received"));
            t.row(sheet, r++, List.of(WarehouseRows.text(m, "unit_code"), WarehouseRows.text(m, "unit_name"),
                    orEmpty(WarehouseRows.text(m, "parent_name")),
                    received ? "có báo cáo nhưng bị chặn do có lỗi (không được tính)"
                            : WarehouseRows.text(m, "rejected_files") != null
                            ? "báo cáo bị từ chối: " + WarehouseRows.text(m, "rejected_files") : "chưa báo cáo",
                    Texts.date(WarehouseRows.text(m, "due_date"))));
        }
        r += 1;
        t.title(sheet, r++, "Số liệu không có dòng hoặc cột tương ứng trên biểu (" + unplaced.size() + ")");
        r = t.header(sheet, r, List.of("Mã số", "Địa phương", "Tệp", "Ô", "Giá trị", "Số liệu"));
        for (LineageRow row : unplaced) {
            t.row(sheet, r++, List.of(row.sourceUnitCode(), row.sourceUnitName(), row.sourceFile(),
                    row.sheet() + "!" + row.cellRef(), row.value(), Texts.describe(row)));
        }
        r += 1;
        t.title(sheet, r++, "Lỗi và cảnh báo của các tệp được tổng hợp (" + findings.size() + ")");
        r = t.header(sheet, r, List.of("Mã lỗi", "Mức độ", "Mã số", "Tệp", "Ô", "Thông báo"));
        for (Map<String, Object> f : findings) {
            String sheetName = WarehouseRows.text(f, "sheet");
            String cell = WarehouseRows.text(f, "cell_ref");
            t.row(sheet, r++, List.of(WarehouseRows.text(f, "rule_code"), Texts.severity(WarehouseRows.text(f, "severity")),
                    orEmpty(WarehouseRows.text(f, "unit_code")), orEmpty(WarehouseRows.text(f, "source_file")),
                    sheetName == null ? "" : cell == null ? sheetName : sheetName + "!" + cell,
                    orEmpty(WarehouseRows.text(f, "message"))));
        }
    }

    private static void comparison(Tables t, AnnexFamily family, FormLayout layout, List<LineageRow> rows,
                                   List<LineageRow> other, String basis, Map<String, AnnexLine> leaves, List<AnnexLine> lines,
                                   Map<String, String> labels) {
        List<LineageRow> reported = basis.equals("rolled_up") ? other : rows;
        List<LineageRow> rolledUp = basis.equals("rolled_up") ? rows : other;
        Map<String, Map<String, BigDecimal[]>> pairs = new LinkedHashMap<>();
        for (int side = 0; side < 2; side++) {
            for (LineageRow row : side == 0 ? reported : rolledUp) {
                String line = family.comparisonKey(row);
                String column = family.columnKey(row);
                if (line == null || column == null || family.lineKey(row) == null) continue;
                BigDecimal[] pair = pairs.computeIfAbsent(line, k -> new LinkedHashMap<>())
                        .computeIfAbsent(column, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                pair[side] = pair[side].add(row.value());
            }
        }
        Sheet sheet = t.sheet(COMPARISON, "SO SÁNH BÁO CÁO CỦA ĐƠN VỊ VỚI SỐ TỔNG HỢP TỪ CẤP DƯỚI",
                "Số đơn vị tự báo cáo, số cộng từ báo cáo của các đơn vị cấp dưới và chênh lệch (báo cáo − tổng hợp), từng dòng, từng cột.");
        t.widths(sheet, 6, 44, 36, 16, 16, 14);
        int r = t.header(sheet, 3, List.of("STT", "Dòng của biểu", "Cột", "Đơn vị báo cáo", "Tổng hợp từ cấp dưới", "Chênh lệch"));
        List<String> order = new ArrayList<>(leaves.keySet());
        List<String> keys = new ArrayList<>(pairs.keySet());
        keys.sort(java.util.Comparator.comparingInt(order::indexOf));
        for (String key : keys) {
            AnnexLine line = leaves.getOrDefault(key, lines.get(0));
            String label = labels.getOrDefault(key, labels.get("\u0000" + lines.get(0).label));
            for (FormLayout.Column c : valueColumns(layout)) {
                BigDecimal[] pair = pairs.get(key).get(c.key());
                if (pair == null) continue;
                t.row(sheet, r++, List.of(line.stt, label, layout.headerPath(layout.columnOf(c.key())),
                        pair[0], pair[1], pair[0].subtract(pair[1])));
            }
        }
    }

    private static void lineageSheet(Tables t, AnnexFamily family, FormLayout layout, List<LineageRow> rows,
                                     Map<String, String> labels, Map<String, String> formCells) {
        Sheet sheet = t.sheet(LINEAGE, "NGUỒN CỦA TỪNG SỐ LIỆU TRÊN BIỂU",
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
                    column == null || !layoutHas(layout, column) ? row.measure() : layout.headerPath(layout.columnOf(column)),
                    row.value(), row.sourceUnitCode(), orEmpty(row.sourceUnitName()), Texts.basis(row.sourceBasis()),
                    orEmpty(row.sourceFile()), orEmpty(row.sheet()), orEmpty(row.cellRef()), orEmpty(row.originalText()),
                    orEmpty(row.originalUnit()), row.statusVi(), orEmpty(row.submissionId())));
        }
    }

    private static boolean layoutHas(FormLayout layout, String key) {
        return layout.columns().stream().anyMatch(c -> c.key().equals(key));
    }

    private static List<FormLayout.Column> valueColumns(FormLayout layout) {
        return layout.columns().stream().filter(c -> c.kind() == FormLayout.Kind.VALUE).toList();
    }

    static String lineLabel(AnnexLine line) {
        String indicator = line.texts.get("indicator");
        if (indicator == null) return line.label;
        String uom = line.texts.get("unit_of_measure");
        return line.label + " — " + indicator + (uom == null || uom.isEmpty() ? "" : " (" + uom + ")");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Plain tables of the other sheets: a title, a note, a bordered header and rows; figures as numbers. */
    static final class Tables {
        private final XSSFWorkbook wb;
        private final Styles styles;

        Tables(XSSFWorkbook wb, Styles styles) {
            this.wb = wb;
            this.styles = styles;
        }

        Sheet sheet(String name, String title, String note) {
            Sheet sheet = wb.createSheet(name);
            FormSheetWriter.cell(sheet, 0, 0, styles.heading).setCellValue(title);
            FormSheetWriter.cell(sheet, 1, 0, styles.plain).setCellValue(note);
            org.apache.poi.ss.usermodel.PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(3, 3, -1, -1));
            return sheet;
        }

        void title(Sheet sheet, int r, String text) {
            FormSheetWriter.cell(sheet, r, 0, styles.heading).setCellValue(text);
        }

        int header(Sheet sheet, int r, List<String> labels) {
            int lines = 1;
            for (int c = 0; c < labels.size(); c++) {
                FormSheetWriter.cell(sheet, r, c, styles.header).setCellValue(labels.get(c));
                lines = Math.max(lines, (int) Math.ceil(labels.get(c).length() / Math.max(1, sheet.getColumnWidth(c) / 256.0 * 1.1)));
            }
            sheet.getRow(r).setHeightInPoints(15.5f * lines);
            return r + 1;
        }

        void row(Sheet sheet, int r, List<?> values) {
            int lines = 1;
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) instanceof String text) {
                    double perLine = Math.max(1, sheet.getColumnWidth(c) / 256.0 * 1.2);
                    lines = Math.max(lines, (int) Math.ceil(text.length() / perLine));
                }
            }
            (sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r)).setHeightInPoints(15.5f * lines);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof BigDecimal d) {
                    FormSheetWriter.cell(sheet, r, c, d.stripTrailingZeros().scale() > 0 ? styles.moneyDecimals : styles.money)
                            .setCellValue(d.doubleValue());
                } else {
                    Cell cell = FormSheetWriter.cell(sheet, r, c, styles.text);
                    if (v != null) cell.setCellValue(v.toString());
                }
            }
        }

        /** A bold line adding the figure columns of rows first..last, as SUM formulas with cached values. */
        void sumRow(Sheet sheet, int r, int first, int last, int fromCol, int toCol, String label) {
            FormSheetWriter.cell(sheet, r, fromCol - 1, styles.textBold).setCellValue(label);
            for (int c = fromCol; c <= toCol; c++) {
                double sum = 0;
                for (int i = first; i <= last; i++) {
                    Cell cell = sheet.getRow(i) == null ? null : sheet.getRow(i).getCell(c);
                    if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) sum += cell.getNumericCellValue();
                }
                boolean fraction = Math.abs(sum - Math.rint(sum)) > 1e-9;
                Cell cell = FormSheetWriter.cell(sheet, r, c, fraction ? styles.moneyDecimalsBold : styles.moneyBold);
                if (last >= first) cell.setCellFormula("SUM(" + FormSheetWriter.ref(first, c) + ":" + FormSheetWriter.ref(last, c) + ")");
                cell.setCellValue(sum);
            }
        }

        /** Column widths in characters; columns after them (figures) 14. */
        void widths(Sheet sheet, int... chars) {
            for (int c = 0; c < 30; c++) sheet.setColumnWidth(c, (c < chars.length ? chars[c] : 14) * 256);
            sheet.createFreezePane(0, 4);
        }
    }
}
