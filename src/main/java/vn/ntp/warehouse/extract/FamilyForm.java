package vn.ntp.warehouse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import vn.ntp.warehouse.extract.template.FamilyTemplate;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The recognition path every family goes through: the header ({@link HeaderResolver}), the family's columns in it,
 * then the metadata and identity ({@link FormHead}), then the family's sheet reader. What differs between families
 * is in their template and in the two steps a family gives: {@link #columns} and {@link #reader}.
 *
 * @param <T> the family's template descriptor
 * @param <C> the family's columns as classified from the header
 */
public abstract class FamilyForm<T extends FamilyTemplate, C> implements FormReader {
    private final FormHead head;
    protected final T template;
    protected final FindingCatalogue checks;

    protected FamilyForm(T template, IdentityResolver identities, FindingCatalogue checks) {
        this.head = new FormHead(template.metadata(), template.header(), template.formCode(), template.defaultProgram(),
                identities);
        this.template = template;
        this.checks = checks;
    }

    @Override
    public final String family() {
        return template.family();
    }

    @Override
    public final int headRows() {
        return template.header().maxSearchRows();
    }

    @Override
    public final Optional<Recognized> recognize(String sheet, List<SheetRow> rows) {
        Optional<HeaderResolver.Resolved> resolved = head.header(rows);
        if (resolved.isEmpty()) return Optional.empty();
        HeaderLayout layout = resolved.get().layout();
        Optional<C> columns = columns(layout, () -> head.metadata(rows, layout));
        if (columns.isEmpty()) return Optional.empty();
        Optional<Recognized> refused = refusal(sheet, columns.get());
        if (refused.isPresent()) return refused;
        FormHead.Identified identified = head.identify(sheet, rows, layout);
        if (!identified.known()) return Optional.of(identified.unloadable());
        Sheet read = new Sheet(template.family(), sheet, identified, layout, identified.findings());
        return Optional.of(Recognized.reading(reader(read, columns.get()), resolved.get().nextRowPosition()));
    }

    /**
     * The family's columns in this header, or empty when the header is not this family's; the metadata above the
     * header is there for a family whose header alone could be another's.
     */
    protected abstract Optional<C> columns(HeaderLayout layout, Supplier<SheetMetadata> metadata);

    /** A sheet of this family that cannot be loaded whoever reported it (a required column missing); empty by default. */
    protected Optional<Recognized> refusal(String sheet, C columns) {
        return Optional.empty();
    }

    /** The reader of the rest of a recognised, identified sheet. */
    protected abstract FormSheetReader reader(Sheet sheet, C columns);

    /**
     * A recognised sheet as its reader starts: the family, the sheet's name, who reported it, its header, and the
     * findings already made (the identity's, and the family's own on the header).
     */
    public record Sheet(String family, String name, FormHead.Identified identified, HeaderLayout layout,
                        List<Finding> findings) {

        /** The same sheet with findings made before the identity's. */
        public Sheet withFirst(List<Finding> earlier) {
            List<Finding> all = new ArrayList<>(earlier);
            all.addAll(findings);
            return new Sheet(family, name, identified, layout, List.copyOf(all));
        }
    }
}
