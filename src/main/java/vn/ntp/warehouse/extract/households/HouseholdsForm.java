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
public final class HouseholdsForm extends FamilyForm<HouseholdTemplate, List<HouseholdColumn>> {
    private final HouseholdColumns columns;
    private final UnitMaster units;

    public HouseholdsForm(HouseholdTemplate template, IdentityResolver identities, UnitMaster units, FindingCatalogue checks) {
        super(template, identities, checks);
        this.columns = new HouseholdColumns(template.columns());
        this.units = units;
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
