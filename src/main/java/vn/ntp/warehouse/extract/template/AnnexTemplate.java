package vn.ntp.warehouse.extract.template;

import java.util.List;
import java.util.Map;

/**
 * A form family as described by {@code jobs/templates/*.yaml}: how to recognise it, where its
 * metadata and header are, and what its column and row labels mean. Extraction code reads labels
 * only through this descriptor, never from Java literals.
 */
public record AnnexTemplate(
        String family,
        String nameVi,
        String formCode,
        List<String> formCodeAliases,
        List<List<String>> titleKeywords,
        Metadata metadata,
        Header header,
        Columns columns,
        Rows rows) {

    public record Metadata(List<String> formCode, List<String> unit, List<String> unitCode,
                           List<String> period, List<String> moneyUnit, int maxRows) {
    }

    public record Header(List<String> labelColumn, List<String> sttColumn, int maxSearchRows) {
    }

    public record Columns(List<String> rate, List<String> note, List<String> ignored,
                          Map<String, List<String>> measure,
                          Map<String, List<String>> budgetLevel,
                          Map<String, List<String>> capitalType) {
    }

    public record Rows(List<String> total, List<String> sectionStt, List<String> carryover,
                       List<String> current, List<String> skip) {
    }
}
