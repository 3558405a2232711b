package vn.ntp.warehouse.extract.budget;

import java.util.List;
import java.util.Optional;

import java.util.function.Supplier;

import vn.ntp.warehouse.extract.FamilyForm;
import vn.ntp.warehouse.extract.FormSheetReader;
import vn.ntp.warehouse.extract.HeaderLayout;
import vn.ntp.warehouse.extract.IdentityResolver;
import vn.ntp.warehouse.extract.SheetMetadata;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.reference.ProjectCatalogue;
import vn.ntp.warehouse.text.VietnameseText;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * Biểu 01: recognised by a header whose columns read as allocations by budget level; its header, metadata and
 * identity go through the same {@link FormHead} as every family.
 */
public final class BudgetForm extends FamilyForm<BudgetTemplate, BudgetColumnClassifier.Classified> {
    private final BudgetColumnClassifier columns;
    private final ProjectCatalogue projects;

    public BudgetForm(BudgetTemplate template, IdentityResolver identities, ProjectCatalogue projects, FindingCatalogue checks) {
        super(template, identities, checks);
        this.columns = new BudgetColumnClassifier(template.columns());
        this.projects = projects;
    }

    /**
     * Recognised when the header mentions allocations; one without allocations split by source is still this
     * family's (to be refused) when its title or form code names it.
     */
    @Override
    protected Optional<BudgetColumnClassifier.Classified> columns(HeaderLayout layout, Supplier<SheetMetadata> metadata) {
        BudgetColumnClassifier.Classified classified = columns.classify(layout);
        if (!classified.mentionsAllocation()) return Optional.empty();
        if (!classified.hasAllocation() && !namesThisForm(metadata.get())) return Optional.empty();
        return Optional.of(classified);
    }

    @Override
    protected Optional<Recognized> refusal(String sheet, BudgetColumnClassifier.Classified classified) {
        if (classified.hasAllocation()) return Optional.empty();
        return Optional.of(missingAllocation(classified, columnFindings(sheet, classified)));
    }

    @Override
    protected FormSheetReader reader(Sheet sheet, BudgetColumnClassifier.Classified classified) {
        BudgetLineClassifier lineClassifier = new BudgetLineClassifier(template.rows(), projects,
                sheet.identified().identity().programCode());
        BudgetSheetParser parser = new BudgetSheetParser(sheet.layout(), classified, lineClassifier);
        return new BudgetSheetReader(sheet.withFirst(columnFindings(sheet.name(), classified)), parser, checks);
    }

    private static List<Finding> columnFindings(String sheet, BudgetColumnClassifier.Classified classified) {
        return classified.missing().stream()
                .map(m -> new Finding(m.code(), sheet, m.cellRef(), "", null, m.label(), ""))
                .toList();
    }

    /** The title or the form code says this is Biểu 01 (a header alone could be another family's). */
    private boolean namesThisForm(SheetMetadata meta) {
        String title = VietnameseText.fold(meta.title());
        for (List<String> group : template.titleKeywords()) {
            if (!group.isEmpty() && group.stream().allMatch(k -> title.contains(VietnameseText.fold(k)))) {
                return true;
            }
        }
        String code = VietnameseText.fold(meta.formCode());
        return !code.isEmpty() && template.formCodeAliases().stream()
                .anyMatch(a -> code.startsWith(VietnameseText.fold(a)));
    }

    /** A Biểu 01 whose allocations are not split by source cannot be loaded: the reason names the sheet and the cell. */
    private static Recognized missingAllocation(BudgetColumnClassifier.Classified classified, List<Finding> findings) {
        String where = classified.missing().stream().filter(m -> m.measure().equals("allocated"))
                .map(BudgetColumnClassifier.MissingColumn::cellRef).findFirst().orElse("");
        return Recognized.refused("MISSING_COLUMN",
                List.of(Finding.about("NO_ALLOCATION_SPLIT", "", "").with("column_cell", where)), findings);
    }
}
