package vn.ntp.warehouse.extract.deprivation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import vn.ntp.warehouse.extract.ColumnPath;
import vn.ntp.warehouse.extract.FamilyForm;
import vn.ntp.warehouse.extract.FormSheetReader;
import vn.ntp.warehouse.extract.HeaderLayout;
import vn.ntp.warehouse.extract.IdentityResolver;
import vn.ntp.warehouse.extract.SheetMetadata;
import vn.ntp.warehouse.extract.template.LabelSet;
import vn.ntp.warehouse.reference.DeprivationIndicators;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * Biểu 03: recognised by an indicator column ("Chiều / Chỉ số thiếu hụt") and deprived-household
 * columns per household group ("Hộ nghèo: Số hộ thiếu hụt").
 */
public final class DeprivationForm extends FamilyForm<DeprivationTemplate, List<DeprivationColumn>> {
    private final LabelSet group;
    private final LabelSet rate;
    private final DeprivationIndicators indicators;

    public DeprivationForm(DeprivationTemplate template, IdentityResolver identities, DeprivationIndicators indicators,
                           FindingCatalogue checks) {
        super(template, identities, checks);
        this.group = LabelSet.of(template.columns().householdGroup());
        this.rate = LabelSet.of("rate", template.columns().rate());
        this.indicators = indicators;
    }

    /** Recognised when at least one column counts deprived households (a rate alone is not enough). */
    @Override
    protected Optional<List<DeprivationColumn>> columns(HeaderLayout layout, Supplier<SheetMetadata> metadata) {
        List<DeprivationColumn> columns = new ArrayList<>();
        for (ColumnPath path : ColumnPath.of(layout)) {
            path.deepest(group).ifPresent(g -> columns.add(
                    new DeprivationColumn(path.col(), g, path.names(rate), path.headerRef())));
        }
        return Optional.of(columns).filter(cs -> cs.stream().anyMatch(c -> !c.rate()));
    }

    @Override
    protected FormSheetReader reader(Sheet sheet, List<DeprivationColumn> columns) {
        return new DeprivationSheetReader(sheet, columns, new DeprivationLines(template.rows(), indicators), checks);
    }
}
