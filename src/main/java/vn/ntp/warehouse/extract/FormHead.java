package vn.ntp.warehouse.extract;

import vn.ntp.warehouse.validate.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.template.AnnexTemplate;

/**
 * The top of a form sheet, shared by the families whose unit or label column has a short name
 * ("Đơn vị", "Dự án"): the header rows are resolved by {@link HeaderResolver}, the metadata
 * block above them by {@link MetadataScanner}, and who reported what by {@link IdentityResolver}.
 */
public final class FormHead {
    private final HeaderResolver headers;
    private final MetadataScanner metadata;
    private final IdentityResolver identities;
    private final String formCode;
    private final String defaultProgram;

    public FormHead(AnnexTemplate.Metadata metadata, AnnexTemplate.Header header, String formCode,
                    String defaultProgram, IdentityResolver identities) {
        this.headers = new HeaderResolver(header);
        this.metadata = new MetadataScanner(metadata);
        this.identities = identities;
        this.formCode = formCode;
        this.defaultProgram = defaultProgram;
    }

    /** The table header: its layout and where data starts within the head rows. */
    public Optional<HeaderResolver.Resolved> header(List<SheetRow> head) {
        return headers.resolve(head);
    }

    /**
     * The metadata above the header and the identity it gives; findings (an unknown reporting unit)
     * are for the sheet reader to write with its own.
     */
    public Identified identify(String sheet, List<SheetRow> head, HeaderLayout layout) {
        SheetMetadata meta = metadata(head, layout);
        List<Finding> findings = new ArrayList<>();
        IdentityResolver.Result result = identities.resolve(meta, sheet, formCode, defaultProgram, findings::add);
        return new Identified(meta, result, findings);
    }

    /** The metadata block above the header (form code, title, unit, period, money unit, with their cells). */
    public SheetMetadata metadata(List<SheetRow> head, HeaderLayout layout) {
        return metadata.scan(head.stream().filter(r -> r.index() < layout.firstRow()).toList());
    }

    /** What the metadata block said and who it names. */
    public record Identified(SheetMetadata meta, IdentityResolver.Result result, List<Finding> findings) {
        public boolean known() {
            return result.identity().isPresent();
        }

        public SheetIdentity identity() {
            return result.identity().orElseThrow();
        }

        /** The recognition of a sheet that cannot be loaded, with the reasons. */
        public FormReader.Recognized unloadable() {
            return FormReader.Recognized.refused("MISSING_METADATA", result.missing(), List.of());
        }
    }
}
