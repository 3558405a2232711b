package vn.ntp.warehouse.extract.output;

import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.FormHead;
import vn.ntp.warehouse.extract.FormReader;
import vn.ntp.warehouse.extract.HeaderResolver;
import vn.ntp.warehouse.extract.IdentityResolver;
import vn.ntp.warehouse.extract.SheetRow;
import vn.ntp.warehouse.reference.ProjectCatalogue;
import vn.ntp.warehouse.validate.FindingCatalogue;

/** Biểu 04: recognised by a project column, an output-indicator column and planned and achieved columns. */
public final class OutputForm implements FormReader {
    private final OutputTemplate template;
    private final FormHead head;
    private final OutputColumns columns;
    private final ProjectCatalogue projects;
    private final FindingCatalogue checks;

    public OutputForm(OutputTemplate template, IdentityResolver identities, ProjectCatalogue projects, FindingCatalogue checks) {
        this.template = template;
        this.head = new FormHead(template.metadata(), template.header(), template.formCode(), template.defaultProgram(),
                identities);
        this.columns = new OutputColumns(template.columns());
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
    public Optional<Recognized> recognize(String sheet, List<SheetRow> rows) {
        Optional<HeaderResolver.Resolved> resolved = head.header(rows);
        if (resolved.isEmpty()) return Optional.empty();
        OutputColumns.Layout layout = columns.classify(resolved.get().layout());
        if (!layout.recognizable()) return Optional.empty();
        FormHead.Identified identified = head.identify(sheet, rows, resolved.get().layout());
        if (!identified.known()) return Optional.of(identified.unloadable());
        OutputSheetReader reader = new OutputSheetReader(sheet, identified, resolved.get().layout(), layout,
                new OutputLines(template.rows(), projects, identified.identity().programCode()), checks);
        return Optional.of(Recognized.reading(reader, resolved.get().nextRowPosition()));
    }
}
