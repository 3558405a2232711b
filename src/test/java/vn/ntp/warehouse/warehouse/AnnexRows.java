package vn.ntp.warehouse.warehouse;

import vn.ntp.warehouse.extract.Figure;
import vn.ntp.warehouse.lake.LakeWriter.Figures;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Figures of Biểu 01–04 as the readers return them (each line one file's figures), for warehouse tests. */
final class AnnexRows {

    private AnnexRows() {
    }

    /** An extracted file of one form for one unit, GNBV. */
    static SubmissionRow submission(String id, String batch, String form, String unitCode, String unitName,
                                    int year, String periodLabel, long receivedAt) {
        return new SubmissionRow(id, batch, "run-1", "inbox/" + unitName + "/" + id + ".xlsx", "sha-" + id, 2048,
                receivedAt, 0L, "GNBV", form, unitCode, unitName, year, null, periodLabel, "extracted", null, null, 0, 0);
    }

    /**
     * One Biểu 02 line: figures as "stage measure value" triples, e.g. {@code "start poor 6687"}, each in its
     * own column from C on.
     */
    static List<Figures> householdLine(SubmissionRow s, String unitCode, String unitName, String lineRole,
                                       int row, String... figures) {
        List<Figure> line = new ArrayList<>();
        char column = 'C';
        for (String figure : figures) {
            String[] parts = figure.split(" ");
            line.add(new Figure("households", s.formCode(), Figure.keys(unitCode, unitName, lineRole, parts[0]),
                    parts[1], new BigDecimal(parts[2]), parts[2].replace('.', ','), null, "Biểu 02",
                    "" + column++ + row, row));
        }
        return List.of(new Figures(s, line));
    }

    /** One Biểu 03 line of the submission's own sheet: deprived (or base) households and the stated rate per group. */
    static List<Figures> deprivationLine(SubmissionRow s, String indicatorCode, int row,
                                         String poor, String poorPct, String nearPoor, String nearPoorPct) {
        String measure = indicatorCode.equals("base") ? "base_households" : "deprived_households";
        String label = indicatorCode.equals("base") ? "Tổng số hộ" : "Chỉ số " + indicatorCode;
        List<Figure> line = new ArrayList<>();
        line.add(deprivation(s, indicatorCode, label, "poor", measure, poor, "C" + row, row));
        if (poorPct != null) {
            line.add(deprivation(s, indicatorCode, label, "poor", "stated_pct", poorPct, "D" + row, row));
        }
        line.add(deprivation(s, indicatorCode, label, "near_poor", measure, nearPoor, "E" + row, row));
        if (nearPoorPct != null) {
            line.add(deprivation(s, indicatorCode, label, "near_poor", "stated_pct", nearPoorPct, "F" + row, row));
        }
        return List.of(new Figures(s, line));
    }

    private static Figure deprivation(SubmissionRow s, String indicatorCode, String label, String group,
                                      String measure, String value, String cellRef, int row) {
        return new Figure("deprivation", s.formCode(), Figure.keys(indicatorCode, label, group), measure,
                new BigDecimal(value), value, null, "Biểu 03", cellRef, row);
    }

    /** One Biểu 04 line: plan, done, stated rate, money planned and disbursed (million VND); null cells are left out. */
    static List<Figures> outputLine(SubmissionRow s, String projectCode, String indicator, String unitOfMeasure,
                                    int row, String planned, String achieved, String statedPct,
                                    String plannedMvnd, String disbursedMvnd) {
        String[] measures = {"planned", "achieved", "stated_pct", "planned_mvnd", "disbursed_mvnd"};
        String[] values = {planned, achieved, statedPct, plannedMvnd, disbursedMvnd};
        List<Figure> line = new ArrayList<>();
        for (int i = 0; i < measures.length; i++) {
            if (values[i] != null) {
                line.add(new Figure("output", s.formCode(), Figure.keys(projectCode,
                        projectCode == null ? "Nội dung lạ" : "Dự án " + projectCode, indicator, unitOfMeasure),
                        measures[i], new BigDecimal(values[i]), values[i], i >= 3 ? "Triệu đồng" : null,
                        "Biểu 04", "" + (char) ('E' + i) + row, row));
            }
        }
        return List.of(new Figures(s, line));
    }

    /** One leaf Biểu 01 line, NSTW SN current: allocated in column C, disbursed in column H. */
    static List<Figures> budgetLeaf(SubmissionRow s, String projectCode, String allocated, String disbursed, int row) {
        return List.of(new Figures(s, List.of(budget(s, projectCode, "allocated", allocated, "C" + row, row),
                budget(s, projectCode, "disbursed", disbursed, "H" + row, row))));
    }

    private static Figure budget(SubmissionRow s, String projectCode, String measure, String value,
                                 String cellRef, int row) {
        return new Figure("budget", s.formCode(), Figure.keys(projectCode, "Dự án " + projectCode, "leaf",
                "current", "NSTW", "SN"), measure, new BigDecimal(value), value, "Triệu đồng", "Biểu 01", cellRef, row);
    }

    @SafeVarargs
    static <T> List<T> concat(List<? extends T>... parts) {
        List<T> all = new ArrayList<>();
        for (List<? extends T> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
