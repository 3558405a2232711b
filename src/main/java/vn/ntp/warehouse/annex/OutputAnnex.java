package vn.ntp.warehouse.annex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.reference.ProjectCatalogue;

import static vn.ntp.warehouse.annex.FormLayout.Column;
import static vn.ntp.warehouse.annex.FormLayout.HeaderCell;

/**
 * Biểu 04, physical outputs: one line per project (any level of the catalogue) × output indicator × unit of measure,
 * in catalogue order; plan and achievement, the count-based rate as a formula, planned and disbursed money. No total
 * line: lines of different physical units are not added.
 */
final class OutputAnnex implements AnnexFamily {
    private final ProjectCatalogue projects;

    OutputAnnex(ProjectCatalogue projects) {
        this.projects = projects;
    }

    @Override
    public String formNumber() {
        return "04";
    }

    @Override
    public String mart() {
        return "mart_output";
    }

    @Override
    public String titleSubject() {
        return "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, ĐẦU RA -";
    }

    @Override
    public FormLayout layout() {
        List<Column> columns = List.of(Column.stt(), Column.label(44), Column.text("indicator", 26),
                Column.text("unit_of_measure", 9), Column.value("planned", 11), Column.value("achieved", 11),
                Column.rate("rate", 9, "achieved", "planned"), Column.value("planned_mvnd", 13),
                Column.value("disbursed_mvnd", 13), Column.note());
        List<HeaderCell> header = List.of(
                new HeaderCell(0, 0, 1, 0, "STT"), new HeaderCell(0, 1, 1, 1, "Dự án / Nội dung"),
                new HeaderCell(0, 2, 1, 2, "Chỉ tiêu"), new HeaderCell(0, 3, 1, 3, "ĐVT"),
                new HeaderCell(0, 4, 0, 6, "Kết quả thực hiện chỉ tiêu"),
                new HeaderCell(1, 4, 1, 4, "Kế hoạch"), new HeaderCell(1, 5, 1, 5, "Thực hiện"),
                new HeaderCell(1, 6, 1, 6, "Tỷ lệ (%)"),
                new HeaderCell(0, 7, 0, 8, "Kinh phí"),
                new HeaderCell(1, 7, 1, 7, "Kế hoạch"), new HeaderCell(1, 8, 1, 8, "Giải ngân"),
                new HeaderCell(0, 9, 1, 9, "Ghi chú"));
        return new FormLayout("04", titleSubject(), true, columns, header, 2);
    }

    @Override
    public String lineKey(LineageRow row) {
        return row.leafProjectCode() + "|" + row.indicatorKey() + "|" + row.unitOfMeasureKey();
    }

    @Override
    public String columnKey(LineageRow row) {
        return row.measure();
    }

    @Override
    public List<AnnexLine> lines(AnnexSubject subject, Figures figures, List<LineageRow> rows) {
        Map<String, LineageRow> byLine = new LinkedHashMap<>();
        for (LineageRow row : rows) byLine.putIfAbsent(lineKey(row), row);
        List<String> order = new ArrayList<>();
        for (ProjectCatalogue.Project p : projects.all()) if (p.programCode().equals(subject.programCode())) order.add(p.code());
        List<AnnexLine> lines = new ArrayList<>();
        int n = 1;
        for (String code : order) {
            for (Map.Entry<String, LineageRow> e : byLine.entrySet()) {
                if (!code.equals(e.getValue().leafProjectCode())) continue;
                lines.add(AnnexLine.leaf(Integer.toString(n++), label(code, subject.programCode()), e.getKey())
                        .text("indicator", e.getValue().indicator())
                        .text("unit_of_measure", e.getValue().unitOfMeasure()));
            }
        }
        return lines;
    }

    /** "Dự án 1 - Tiểu dự án 2: name"; a line of no project (program code) keeps the program's label. */
    private String label(String code, String programCode) {
        ProjectCatalogue.Project p = projects.byCode(code).orElseThrow();
        if (code.equals(programCode)) return "Nội dung khác của Chương trình";
        StringBuilder prefix = new StringBuilder(Catalogues.levelWord(p));
        for (ProjectCatalogue.Project up = parent(p); up != null && !up.level().equals("program"); up = parent(up)) {
            prefix.insert(0, Catalogues.levelWord(up) + " - ");
        }
        return prefix + ": " + p.nameVi();
    }

    private ProjectCatalogue.Project parent(ProjectCatalogue.Project p) {
        return p.parentCode() == null || p.parentCode().isEmpty() ? null : projects.byCode(p.parentCode()).orElse(null);
    }
}
