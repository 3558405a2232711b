package vn.ntp.warehouse.warehouse;

import vn.ntp.warehouse.extract.Figure;
import vn.ntp.warehouse.lake.FindingRow;
import vn.ntp.warehouse.lake.LakeWriter.Figures;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Lake rows for the warehouse-rule tests: Biểu 01 files with real dates, leaves of any source. */
final class RuleRows {

    private RuleRows() {
    }

    /** A Biểu 01 (form "01") of GNBV received and saved at {@code receivedAt} (ISO instant, UTC). */
    static SubmissionRow budgetFile(String id, String batch, String unitCode, String unitName, int year, String periodLabel,
                                    String receivedAt) {
        return file(id, batch, "01", unitCode, unitName, year, periodLabel, receivedAt, receivedAt);
    }

    static SubmissionRow file(String id, String batch, String form, String unitCode, String unitName, int year,
                              String periodLabel, String receivedAt, String savedAt) {
        long received = Instant.parse(receivedAt).toEpochMilli();
        long saved = savedAt == null ? 0L : Instant.parse(savedAt).toEpochMilli();
        return new SubmissionRow(id, batch, "run-1", unitName + "-" + id + ".xlsx", "sha-" + id, 2048, received, saved,
                "GNBV", form, unitCode, unitName, year, null, periodLabel, "extracted", null, null, 0, 0);
    }

    /**
     * One leaf line of sheet "Biểu 01": allocated in column C, disbursed in column H; {@code source} is
     * "LEVEL CAPITAL VINTAGE", e.g. "NSDP SN current". A null amount leaves its cell out.
     */
    static List<Figures> leaf(SubmissionRow s, String projectCode, String source, String allocated, String disbursed,
                              int row) {
        String[] parts = source.split(" ");
        List<Figure> line = new ArrayList<>();
        if (allocated != null) {
            line.add(budget(s, projectCode, "leaf", parts, "allocated", allocated, "C" + row, row));
        }
        if (disbursed != null) {
            line.add(budget(s, projectCode, "leaf", parts, "disbursed", disbursed, "H" + row, row));
        }
        return List.of(new Figures(s, line));
    }

    /** The grand-total line's stated cell for one source and measure. */
    static Figures total(SubmissionRow s, String source, String measure, String value, String cellRef) {
        return new Figures(s, List.of(budget(s, null, "total", source.split(" "), measure, value, cellRef,
                Integer.parseInt(cellRef.substring(1)))));
    }

    static FindingRow error(SubmissionRow s, String ruleCode, String cellRef) {
        return new FindingRow(s.submissionId(), s.batchId(), ruleCode, s.unitCode(), null, s.sourceFile(),
                "Biểu 01", cellRef, "", null, "#REF!", null);
    }

    private static Figure budget(SubmissionRow s, String projectCode, String lineRole, String[] source, String measure,
                                 String value, String cellRef, int row) {
        return new Figure("budget", s.formCode(), Figure.keys(projectCode,
                projectCode == null ? "Tổng cộng" : "Dự án " + projectCode, lineRole, source[2], source[0], source[1]),
                measure, new BigDecimal(value), value, "Triệu đồng", "Biểu 01", cellRef, row);
    }
}
