package vn.ntp.warehouse.extract.households;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import vn.ntp.warehouse.extract.FamilyForm;
import vn.ntp.warehouse.extract.FormSheetReader;
import vn.ntp.warehouse.extract.HeaderLayout;
import vn.ntp.warehouse.extract.IdentityResolver;
import vn.ntp.warehouse.extract.SheetMetadata;
import vn.ntp.warehouse.reference.UnitMaster;
import vn.ntp.warehouse.validate.FindingCatalogue;

/** Biểu 02: recognised by a unit column ("Đơn vị") and a column of poor households. */
public final class HouseholdsForm extends FamilyForm<List<HouseholdColumn>> {
    private final HouseholdTemplate template;
    private final HouseholdColumns columns;
    private final UnitMaster units;
    private final FindingCatalogue checks;

    public HouseholdsForm(HouseholdTemplate template, IdentityResolver identities, UnitMaster units, FindingCatalogue checks) {
        super(template, identities);
        this.template = template;
        this.columns = new HouseholdColumns(template.columns());
        this.units = units;
        this.checks = checks;
    }

    @Override
    protected Optional<List<HouseholdColumn>> columns(HeaderLayout layout, Supplier<SheetMetadata> metadata) {
        return Optional.of(columns.classify(layout)).filter(HouseholdColumns::recognizable);
    }

    @Override
    protected FormSheetReader reader(Sheet sheet, List<HouseholdColumn> figureColumns) {
        return new HouseholdSheetReader(sheet, figureColumns, columns,
                new SubordinateUnits(units, sheet.identified()), template.rows(), checks);
    }
}
