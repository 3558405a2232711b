package vn.ntp.warehouse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.template.AnnexTemplate;
import vn.ntp.warehouse.extract.template.LabelSet;

/**
 * The top of a form sheet, shared by the families whose unit or label column has a short name
 * ("Đơn vị", "Dự án"): the table header is the first row that holds that label <em>and</em> at
 * least two other labels, so that a metadata line such as "Đơn vị báo cáo: Huyện Phong Thổ" is
 * never taken for it; the header rows are then resolved by {@link HeaderResolver}, the metadata
 * block above them by {@link MetadataScanner}, and who reported what by {@link IdentityResolver}.
 */
public final class FormHead {
    private static final int MIN_HEADER_LABELS = 3;
    private static final int MAX_LABEL_LENGTH = 60;

    private final LabelSet labelColumn;
    private final HeaderResolver headers;
    private final MetadataScanner metadata;
    private final IdentityResolver identities;
    private final String formCode;
    private final String defaultProgram;

    public FormHead(AnnexTemplate.Metadata metadata, AnnexTemplate.Header header, String formCode,
                    String defaultProgram, IdentityResolver identities) {
        this.labelColumn = LabelSet.of("label", header.labelColumn());
        this.headers = new HeaderResolver(header);
        this.metadata = new MetadataScanner(metadata);
        this.identities = identities;
        this.formCode = formCode;
        this.defaultProgram = defaultProgram;
    }

    /** The table header: its layout and where data starts within the head rows. */
    public Optional<HeaderResolver.Resolved> header(List<SheetRow> head) {
        for (int i = 0; i < head.size(); i++) {
            if (!looksLikeHeaderRow(head.get(i))) continue;
            Optional<HeaderResolver.Resolved> resolved = headers.resolve(head.subList(i, head.size()));
            if (resolved.isEmpty()) return Optional.empty();
            return Optional.of(new HeaderResolver.Resolved(resolved.get().layout(), i + resolved.get().nextRowPosition()));
        }
        return Optional.empty();
    }

    private boolean looksLikeHeaderRow(SheetRow row) {
        boolean label = false;
        int texts = 0;
        for (int col = 0; col < row.width(); col++) {
            String folded = row.folded(col);
            if (folded.isEmpty()) continue;
            texts++;
            if (folded.length() <= MAX_LABEL_LENGTH && labelColumn.startsWith(folded)) label = true;
        }
        return label && texts >= MIN_HEADER_LABELS;
    }

    /**
     * The metadata above the header and the identity it gives; findings (an unknown reporting unit)
     * are for the sheet reader to write with its own.
     */
    public Identified identify(String sheet, List<SheetRow> head, HeaderLayout layout) {
        List<SheetRow> above = head.stream().filter(r -> r.index() < layout.firstRow()).toList();
        SheetMetadata meta = metadata.scan(above);
        List<Finding> findings = new ArrayList<>();
        IdentityResolver.Result result = identities.resolve(meta, sheet, formCode, defaultProgram, findings::add);
        return new Identified(meta, result, findings);
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
            return new FormReader.Recognized(null, 0, result.missingVi(), result.missingEn());
        }
    }
}
