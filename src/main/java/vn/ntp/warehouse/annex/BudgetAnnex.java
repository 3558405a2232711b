package vn.ntp.warehouse.annex;

import java.util.ArrayList;
import java.util.List;

import vn.ntp.warehouse.reference.ProjectCatalogue;

import static vn.ntp.warehouse.annex.FormLayout.Column;
import static vn.ntp.warehouse.annex.FormLayout.HeaderCell;

/**
 * Biểu 01, allocation and disbursement: TỔNG CỘNG (A+B), section A (money of the year) and B (carried over), each with
 * the program's projects, sub-projects and contents from the catalogue; allocated and disbursed by budget level and
 * capital type, "Tổng số" columns and the disbursement rate as formulas.
 */
final class BudgetAnnex implements AnnexFamily {
    /** Budget level × capital type of the split columns, as {@code dim_source} names them. */
    static final List<String> SOURCES = List.of("NSTW_DTPT", "NSTW_SN", "NSDP_DTPT", "NSDP_SN", "HUY_DONG_NA");
    static final List<String> VINTAGES = List.of("current", "carryover");

    private final ProjectCatalogue projects;

    BudgetAnnex(ProjectCatalogue projects) {
        this.projects = projects;
    }

    @Override
    public String formNumber() {
        return "01";
    }

    @Override
    public String mart() {
        return "mart_disbursement";
    }

    @Override
    public String titleSubject() {
        return "KẾT QUẢ PHÂN BỔ, GIẢI NGÂN VỐN";
    }

    @Override
    public FormLayout layout() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.stt());
        columns.add(Column.label(48));
        List<HeaderCell> header = new ArrayList<>();
        header.add(new HeaderCell(0, 0, 2, 0, "STT"));
        header.add(new HeaderCell(0, 1, 2, 1, "Nội dung"));
        for (String measure : List.of("allocated", "disbursed")) {
            int first = columns.size();
            List<String> parts = SOURCES.stream().map(s -> measure + "_" + s).toList();
            columns.add(Column.sum(measure + "_TOTAL", 12, parts));
            for (String part : parts) columns.add(Column.value(part, 11));
            header.add(new HeaderCell(0, first, 0, first + 5,
                    measure.equals("allocated") ? "Kế hoạch vốn năm (giao)" : "Giải ngân (thực hiện)"));
            header.add(new HeaderCell(1, first, 2, first, "Tổng số"));
            header.add(new HeaderCell(1, first + 1, 1, first + 2, "NSTW"));
            header.add(new HeaderCell(1, first + 3, 1, first + 4, "NSĐP"));
            header.add(new HeaderCell(1, first + 5, 2, first + 5, "Vốn huy động khác"));
            for (int k = 0; k < 2; k++) {
                header.add(new HeaderCell(2, first + 1 + 2 * k, 2, first + 1 + 2 * k, "ĐTPT"));
                header.add(new HeaderCell(2, first + 2 + 2 * k, 2, first + 2 + 2 * k, "SN"));
            }
        }
        columns.add(Column.rate("rate", 9, "disbursed_TOTAL", "allocated_TOTAL"));
        header.add(new HeaderCell(0, columns.size() - 1, 2, columns.size() - 1, "Tỷ lệ giải ngân (%)"));
        columns.add(Column.note());
        header.add(new HeaderCell(0, columns.size() - 1, 2, columns.size() - 1, "Ghi chú"));
        return new FormLayout("01", titleSubject(), true, columns, header, 3);
    }

    @Override
    public String lineKey(LineageRow row) {
        return row.vintage() + "|" + row.leafProjectCode();
    }

    @Override
    public String columnKey(LineageRow row) {
        String key = row.budgetLevel() + "_" + row.capitalType();
        return SOURCES.contains(key) ? row.measure() + "_" + key : null;
    }

    @Override
    public List<AnnexLine> lines(AnnexSubject subject, Figures figures, List<LineageRow> rows) {
        int year = subject.period().year();
        AnnexLine total = AnnexLine.sum("", "TỔNG CỘNG (A+B)", AnnexLine.Role.TOTAL);
        String[] stt = {"A", "B"};
        String[] label = {"VỐN KẾ HOẠCH NĂM " + year, "VỐN NĂM " + (year - 1) + " CHUYỂN SANG NĂM " + year};
        for (int v = 0; v < 2; v++) {
            AnnexLine section = AnnexLine.sum(stt[v], label[v], AnnexLine.Role.SECTION);
            for (ProjectCatalogue.Project project : children(subject.programCode())) {
                section.add(line(project, project.ordinal(), VINTAGES.get(v), figures));
            }
            total.add(section);
        }
        return List.of(total);
    }

    /**
     * A catalogue line: the sum of its children, or a leaf. A line with figures of its own and none under it (a sheet
     * that did not split a project into its sub-projects) is a leaf, so that its figures are on the form.
     */
    private AnnexLine line(ProjectCatalogue.Project project, String stt, String vintage, Figures figures) {
        List<ProjectCatalogue.Project> children = children(project.code());
        String label = Catalogues.levelWord(project) + ": " + project.nameVi();
        if (children.isEmpty() || (figures.hasLine(vintage + "|" + project.code()) && !anyFigures(children, vintage, figures))) {
            return AnnexLine.leaf(stt, label, vintage + "|" + project.code());
        }
        AnnexLine group = AnnexLine.sum(stt, label, AnnexLine.Role.GROUP);
        for (ProjectCatalogue.Project child : children) {
            String childStt = child.level().equals("content") ? "-" : stt + "." + child.ordinal();
            group.add(line(child, childStt, vintage, figures));
        }
        return group;
    }

    private boolean anyFigures(List<ProjectCatalogue.Project> lines, String vintage, Figures figures) {
        for (ProjectCatalogue.Project p : lines) {
            if (figures.hasLine(vintage + "|" + p.code()) || anyFigures(children(p.code()), vintage, figures)) return true;
        }
        return false;
    }

    private List<ProjectCatalogue.Project> children(String code) {
        return projects.all().stream().filter(p -> code.equals(p.parentCode())).toList();
    }
}
