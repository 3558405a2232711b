package vn.ntp.warehouse.annex;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;

import static vn.ntp.warehouse.annex.Tables.orEmpty;

/**
 * Sheet "Thiếu sót": the subordinate units that {@code jobs/schedule/forms.yaml} expects and whose report is not counted,
 * the figures that have no line or column on the form, and the error and warning findings of the files summed.
 */
final class MissingSheet {
    static final String NAME = "Thiếu sót";

    private final List<Map<String, Object>> missing;
    private final List<LineageRow> unplaced;
    private final List<Map<String, Object>> findings;

    private MissingSheet(List<Map<String, Object>> missing, List<LineageRow> unplaced, List<Map<String, Object>> findings) {
        this.missing = missing;
        this.unplaced = unplaced;
        this.findings = findings;
    }

    /** What is missing or doubtful in {@code rows}, the leaf values of the form whose leaf lines are {@code lineKeys}. */
    static MissingSheet of(WarehouseRows warehouse, AnnexSubject subject, AnnexFamily family, FormLayout layout,
                           List<LineageRow> rows, Set<String> lineKeys) throws SQLException {
        Set<String> submissions = rows.stream().map(LineageRow::submissionId).collect(Collectors.toCollection(LinkedHashSet::new));
        return new MissingSheet(missing(warehouse, subject, family), unplaced(rows, family, layout, lineKeys),
                findings(warehouse, submissions));
    }

    int missingUnits() {
        return missing.size();
    }

    int unplacedValues() {
        return unplaced.size();
    }

    /** The form's warnings (a leading "!"): its totals are partial, or some figures have no place on it. */
    List<String> formNotes() {
        List<String> notes = new ArrayList<>();
        if (!missing.isEmpty()) {
            notes.add("!Số liệu chưa đầy đủ: " + missing.size() + " đơn vị chưa báo cáo hoặc báo cáo không được tính (xem trang \""
                    + NAME + "\").");
        }
        if (!unplaced.isEmpty()) {
            notes.add("!Có " + unplaced.size() + " số liệu không có dòng hoặc cột tương ứng trên biểu (xem trang \"" + NAME + "\").");
        }
        return notes;
    }

    void write(Tables t) {
        Sheet sheet = t.sheet(NAME, "ĐƠN VỊ CHƯA BÁO CÁO VÀ SỐ LIỆU CẦN XEM LẠI",
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

    private static List<LineageRow> unplaced(List<LineageRow> rows, AnnexFamily family, FormLayout layout, Set<String> lineKeys) {
        Set<String> columns = layout.valueColumns().stream().map(FormLayout.Column::key).collect(Collectors.toSet());
        List<LineageRow> out = new ArrayList<>();
        for (LineageRow row : rows) {
            String line = family.lineKey(row);
            String column = family.columnKey(row);
            if (line == null || column == null || !lineKeys.contains(line) || !columns.contains(column)) out.add(row);
        }
        return out;
    }

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
}
