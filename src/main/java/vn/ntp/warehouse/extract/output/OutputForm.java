package vn.ntp.warehouse.extract.output;

import java.util.Optional;
import java.util.function.Supplier;

import vn.ntp.warehouse.extract.FamilyForm;
import vn.ntp.warehouse.extract.FormSheetReader;
import vn.ntp.warehouse.extract.HeaderLayout;
import vn.ntp.warehouse.extract.IdentityResolver;
import vn.ntp.warehouse.extract.SheetMetadata;
import vn.ntp.warehouse.reference.ProjectCatalogue;
import vn.ntp.warehouse.validate.FindingCatalogue;

/** Biểu 04: recognised by a project column, an output-indicator column and planned and achieved columns. */
public final class OutputForm extends FamilyForm<OutputTemplate, OutputColumns.Layout> {
    private final OutputColumns columns;
    private final ProjectCatalogue projects;

    public OutputForm(OutputTemplate template, IdentityResolver identities, ProjectCatalogue projects, FindingCatalogue checks) {
        super(template, identities, checks);
        this.columns = new OutputColumns(template.columns());
        this.projects = projects;
    }

    @Override
    protected Optional<OutputColumns.Layout> columns(HeaderLayout layout, Supplier<SheetMetadata> metadata) {
        return Optional.of(columns.classify(layout)).filter(OutputColumns.Layout::recognizable);
    }

    @Override
    protected FormSheetReader reader(Sheet sheet, OutputColumns.Layout layout) {
        return new OutputSheetReader(sheet, layout,
                new OutputLines(template.rows(), projects, sheet.identified().identity().programCode()), checks);
    }
}
