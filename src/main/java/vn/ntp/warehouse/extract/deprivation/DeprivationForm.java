package vn.ntp.warehouse.extract.deprivation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.ColumnPath;
import vn.ntp.warehouse.extract.FormHead;
import vn.ntp.warehouse.extract.FormReader;
import vn.ntp.warehouse.extract.HeaderLayout;
import vn.ntp.warehouse.extract.HeaderResolver;
import vn.ntp.warehouse.extract.IdentityResolver;
import vn.ntp.warehouse.extract.SheetRow;
import vn.ntp.warehouse.extract.template.LabelSet;
import vn.ntp.warehouse.reference.DeprivationIndicators;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * Biểu 03: recognised by an indicator column ("Chiều / Chỉ số thiếu hụt") and deprived-household
 * columns per household group ("Hộ nghèo: Số hộ thiếu hụt").
 */
public final class DeprivationForm implements FormReader {
    private final DeprivationTemplate template;
    private final FormHead head;
    private final LabelSet group;
    private final LabelSet rate;
    private final DeprivationIndicators indicators;
    private final FindingCatalogue checks;

    public DeprivationForm(DeprivationTemplate template, IdentityResolver identities, DeprivationIndicators indicators,
                           FindingCatalogue checks) {
        this.template = template;
        this.head = new FormHead(template.metadata(), template.header(), template.formCode(), template.defaultProgram(),
                identities);
        this.group = LabelSet.of(template.columns().householdGroup());
        this.rate = LabelSet.of("rate", template.columns().rate());
        this.indicators = indicators;
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
        List<DeprivationColumn> columns = classify(resolved.get().layout());
        if (columns.stream().noneMatch(c -> !c.rate())) return Optional.empty();
        FormHead.Identified identified = head.identify(sheet, rows, resolved.get().layout());
        if (!identified.known()) return Optional.of(identified.unloadable());
        DeprivationSheetReader reader = new DeprivationSheetReader(sheet, identified, resolved.get().layout(), columns,
                new DeprivationLines(template.rows(), indicators), checks);
        return Optional.of(Recognized.reading(reader, resolved.get().nextRowPosition()));
    }

    private List<DeprivationColumn> classify(HeaderLayout layout) {
        List<DeprivationColumn> columns = new ArrayList<>();
        for (ColumnPath path : ColumnPath.of(layout)) {
            path.deepest(group).ifPresent(g -> columns.add(
                    new DeprivationColumn(path.col(), g, path.names(rate), path.headerRef())));
        }
        return columns;
    }
}
