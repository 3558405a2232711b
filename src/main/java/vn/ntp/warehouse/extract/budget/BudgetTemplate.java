package vn.ntp.warehouse.extract.budget;

import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.extract.template.AnnexTemplate;
import vn.ntp.warehouse.extract.template.FamilyTemplate;

/** {@code jobs/templates/bieu01-budget.yaml}: the Biểu 01 descriptor (see the file's comments). */
public record BudgetTemplate(String family, String formCode, List<String> formCodeAliases,
                             List<List<String>> titleKeywords, AnnexTemplate.Metadata metadata,
                             AnnexTemplate.Header header, Columns columns, Rows rows) implements FamilyTemplate {

    public static final String FAMILY = "budget";

    public record Columns(List<String> rate, List<String> note, List<String> ignored,
                          Map<String, List<String>> measure,
                          Map<String, List<String>> budgetLevel,
                          Map<String, List<String>> capitalType) {
    }

    public record Rows(List<String> total, List<String> sectionStt, List<String> carryover,
                       List<String> current, List<String> skip) {
    }
}
