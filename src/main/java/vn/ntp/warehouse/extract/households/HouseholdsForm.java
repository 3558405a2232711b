package vn.ntp.warehouse.extract.households;

import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.FormHead;
import vn.ntp.warehouse.extract.FormReader;
import vn.ntp.warehouse.extract.HeaderResolver;
import vn.ntp.warehouse.extract.IdentityResolver;
import vn.ntp.warehouse.extract.SheetRow;
import vn.ntp.warehouse.reference.UnitMaster;
import vn.ntp.warehouse.validate.FindingCatalogue;

/** Biểu 02: recognised by a unit column ("Đơn vị") and a column of poor households. */
public final class HouseholdsForm implements FormReader {
    private final HouseholdTemplate template;
    private final FormHead head;
    private final HouseholdColumns columns;
    private final UnitMaster units;
    private final FindingCatalogue checks;

    public HouseholdsForm(HouseholdTemplate template, IdentityResolver identities, UnitMaster units, FindingCatalogue checks) {
        this.template = template;
        this.head = new FormHead(template.metadata(), template.header(), template.formCode(), template.defaultProgram(),
                identities);
        this.columns = new HouseholdColumns(template.columns());
        this.units = units;
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
        List<HouseholdColumn> figureColumns = columns.classify(resolved.get().layout());
        if (!HouseholdColumns.recognizable(figureColumns)) return Optional.empty();
        FormHead.Identified identified = head.identify(sheet, rows, resolved.get().layout());
        if (!identified.known()) return Optional.of(identified.unloadable());
        HouseholdSheetReader reader = new HouseholdSheetReader(sheet, identified, resolved.get().layout(),
                figureColumns, columns, new SubordinateUnits(units, identified), template.rows(), checks);
        return Optional.of(Recognized.reading(reader, resolved.get().nextRowPosition()));
    }
}
