package vn.ntp.warehouse.extract;

import java.nio.file.Path;
import java.util.List;

import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.batch.ReferenceData;

/** The extractor of a run, built once from the repository's {@code jobs/} (templates, checks, catalogues, units). */
public final class Extraction {
    private static ReferenceData reference;

    private Extraction() {
    }

    public static synchronized ReferenceData reference() {
        if (reference == null) {
            reference = ReferenceData.load(new NtpSettings(Path.of("target", "extraction-test-home"), Path.of("jobs"),
                    Path.of("sql"), 0));
        }
        return reference;
    }

    public static ExtractedAnnex extract(Path file) {
        return reference().extractor().extract(file);
    }

    /** Findings as "RULE sheet!cell expected→actual", the way a district officer reads them. */
    public static List<String> findings(ExtractedAnnex annex) {
        return annex.findings().stream()
                .map(f -> f.ruleCode() + " " + f.location() + " " + f.expected() + "→" + f.actual()).toList();
    }
}
