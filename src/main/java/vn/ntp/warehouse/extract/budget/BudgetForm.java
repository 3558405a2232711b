package vn.ntp.warehouse.extract.budget;

import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.extract.FormReader;
import vn.ntp.warehouse.extract.HeaderResolver;
import vn.ntp.warehouse.extract.IdentityResolver;
import vn.ntp.warehouse.extract.FormHead;
import vn.ntp.warehouse.extract.SheetMetadata;
import vn.ntp.warehouse.extract.SheetRow;
import vn.ntp.warehouse.reference.ProjectCatalogue;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * Biểu 01: recognised by a header whose columns read as allocations by budget level; its header, metadata and
 * identity go through the same {@link FormHead} as every family.
 */
public final class BudgetForm implements FormReader {
    private final BudgetTemplate template;
    private final FormHead form;
    private final BudgetColumnClassifier columns;
    private final ProjectCatalogue projects;
    private final FindingCatalogue checks;

    public BudgetForm(BudgetTemplate template, IdentityResolver identities, ProjectCatalogue projects, FindingCatalogue checks) {
        this.template = template;
        this.form = new FormHead(template.metadata(), template.header(), template.formCode(), null, identities);
        this.columns = new BudgetColumnClassifier(template.columns());
        this.projects = projects;
        this.checks = checks;
    }

    @Override
    public String family() {
        return template.family();
    }

    @Override
    public int headRows() {
        return template.header().maxSearchRows();
    }

    @Override
    public Optional<Recognized> recognize(String sheet, List<SheetRow> head) {
        Optional<HeaderResolver.Resolved> resolved = form.header(head);
        if (resolved.isEmpty()) return Optional.empty();
        BudgetColumnClassifier.Classified classified = columns.classify(resolved.get().layout());
        if (!classified.mentionsAllocation()) return Optional.empty();
        List<Finding> columnFindings = classified.missing().stream()
                .map(m -> new Finding(m.code(), sheet, m.cellRef(), "", null, m.label(), ""))
                .toList();
        if (!classified.hasAllocation()) {
            if (!namesThisForm(form.metadata(head, resolved.get().layout()))) return Optional.empty();
            return Optional.of(missingAllocation(sheet, classified, columnFindings));
        }
        FormHead.Identified identified = form.identify(sheet, head, resolved.get().layout());
        if (!identified.known()) return Optional.of(identified.unloadable());
        List<Finding> findings = new java.util.ArrayList<>(columnFindings);
        findings.addAll(identified.findings());
        BudgetLineClassifier lineClassifier = new BudgetLineClassifier(template.rows(), projects,
                identified.identity().programCode());
        BudgetSheetParser parser = new BudgetSheetParser(resolved.get().layout(), classified, lineClassifier);
        BudgetSheetReader reader = new BudgetSheetReader(sheet, identified, parser, checks, findings);
        return Optional.of(Recognized.reading(reader, resolved.get().nextRowPosition()));
    }

    /** The title or the form code says this is Biểu 01 (a header alone could be another family's). */
    private boolean namesThisForm(SheetMetadata meta) {
        String title = vn.ntp.warehouse.text.VietnameseText.fold(meta.title());
        for (List<String> group : template.titleKeywords()) {
            if (!group.isEmpty() && group.stream().allMatch(k -> title.contains(vn.ntp.warehouse.text.VietnameseText.fold(k)))) {
                return true;
            }
        }
        String code = vn.ntp.warehouse.text.VietnameseText.fold(meta.formCode());
        return !code.isEmpty() && template.formCodeAliases().stream()
                .anyMatch(a -> code.startsWith(vn.ntp.warehouse.text.VietnameseText.fold(a)));
    }

    /** A Biểu 01 whose allocations are not split by source cannot be loaded: the reason names the sheet and the cell. */
    private static Recognized missingAllocation(String sheet, BudgetColumnClassifier.Classified classified, List<Finding> findings) {
        String where = classified.missing().stream().filter(m -> m.measure().equals("allocated"))
                .map(BudgetColumnClassifier.MissingColumn::cellRef).findFirst().orElse("");
        return Recognized.refused("MISSING_COLUMN",
                List.of(Finding.about("NO_ALLOCATION_SPLIT", "", "").with("column_cell", where)), findings);
    }
}
