package vn.ntp.warehouse.extract.template;

import java.util.List;

/**
 * The sections every template of {@code jobs/templates/*.yaml} shares: the family, how to recognise it, where its
 * metadata and header are. What a family's columns and rows mean is its own descriptor record, read from the same
 * file ({@link TemplateCatalog#descriptor}). Extraction code reads labels only through these, never from Java literals.
 */
public record AnnexTemplate(
        String family,
        String nameVi,
        String formCode,
        List<String> formCodeAliases,
        List<List<String>> titleKeywords,
        Metadata metadata,
        Header header) {

    public record Metadata(List<String> formCode, List<String> unit, List<String> unitCode,
                           List<String> period, List<String> moneyUnit, int maxRows) {
    }

    public record Header(List<String> labelColumn, List<String> sttColumn, int maxSearchRows) {
    }
}
