package vn.ntp.warehouse.report.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The cells a feedback workbook marks: per sheet, per cell reference (in the order of the findings), the most
 * severe severity among the cell's findings and their Vietnamese messages, one per line in the comment.
 */
public final class CellMarks {
    /** One marked cell. */
    public record Mark(String severity, List<String> messages) {
        public String comment() {
            return String.join("\n", messages);
        }
    }

    private CellMarks() {
    }

    /**
     * @param sheetOf the workbook's own name of the sheet a finding names (matched as POI matches, ignoring
     *                case), or null when the workbook has no such sheet
     * @return sheet name → cell reference → mark
     */
    public static Map<String, Map<String, Mark>> of(List<Finding> findings, FindingCatalogue checks, UnaryOperator<String> sheetOf) {
        Map<String, Map<String, Mark>> marks = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.cellRef() == null || f.cellRef().isEmpty()) continue;
            String sheet = sheetOf.apply(f.sheet());
            if (sheet == null) continue;
            FindingCatalogue.Rendered r = checks.render(f);
            Map<String, Mark> cells = marks.computeIfAbsent(sheet, k -> new LinkedHashMap<>());
            Mark mark = cells.computeIfAbsent(f.cellRef(), k -> new Mark(r.severity(), new ArrayList<>()));
            mark.messages().add(r.messageVi());
            if (FindingCatalogue.rank(r.severity()) > FindingCatalogue.rank(mark.severity())) {
                cells.put(f.cellRef(), new Mark(r.severity(), mark.messages()));
            }
        }
        return marks;
    }
}
