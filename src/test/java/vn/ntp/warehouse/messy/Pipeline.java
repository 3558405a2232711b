package vn.ntp.warehouse.messy;

import static vn.ntp.warehouse.lake.LakeRows.key;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.batch.ReferenceData;
import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.fixtures.BudgetWorkbookBuilder;
import vn.ntp.warehouse.fixtures.LeafFact;
import vn.ntp.warehouse.extract.Figure;

/** The real extractor of a run, built from the repository's {@code jobs/}, and ways to look at what it gave. */
final class Pipeline {
    static final ReferenceData REFERENCE = load(Path.of("jobs"));

    private Pipeline() {
    }

    static ReferenceData load(Path jobsDir) {
        return ReferenceData.load(new NtpSettings(Path.of("target", "messy-home"), jobsDir, Path.of("sql"), 0));
    }

    static ExtractedAnnex extract(Path file) {
        return extract(REFERENCE, file);
    }

    static ExtractedAnnex extract(ReferenceData reference, Path file) {
        return reference.extractor().extract(file);
    }

    /** A finding as a person quotes it: {@code CELL_ERROR Biểu 01!E15 #REF!}. */
    /** Why a file was refused, in Vietnamese and English: rendered from the findings catalogue. */
    static String reasonVi(ExtractedAnnex annex) {
        return REFERENCE.checks().render(annex.reason()).messageVi();
    }

    static String reasonEn(ExtractedAnnex annex) {
        return REFERENCE.checks().render(annex.reason()).messageEn();
    }

    static String quote(Finding f) {
        return (f.ruleCode() + " " + f.location() + " " + f.actual()).strip();
    }

    static List<String> findings(ExtractedAnnex annex) {
        return annex.findings().stream().map(Pipeline::quote).toList();
    }

    static List<String> rules(ExtractedAnnex annex) {
        return annex.findings().stream().map(Finding::ruleCode).toList();
    }

    /** Leaf figures as extracted: "E15 allocated NSTW SN" → million VND. */
    static Map<String, BigDecimal> leaves(ExtractedAnnex annex) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Figure r : annex.figures("budget")) {
            if (!key(r, "line_role").equals("leaf") || key(r, "budget_level").equals("TOTAL") || key(r, "capital_type").equals("TOTAL")) continue;
            out.put(r.sheet() + "!" + r.cellRef() + " " + r.measure() + " " + key(r, "budget_level") + " " + key(r, "capital_type"),
                    r.value().stripTrailingZeros());
        }
        return out;
    }

    /** The leaf figures the builder wrote, keyed as {@link #leaves}. */
    static Map<String, BigDecimal> expectedLeaves(BudgetWorkbookBuilder b, String sheet) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (LeafFact f : b.leafFacts()) {
            out.put(sheet + "!" + f.cellRef() + " " + f.measure().name().toLowerCase() + " "
                    + f.source().budgetLevel() + " " + f.source().capitalType(), f.millionVnd().stripTrailingZeros());
        }
        return out;
    }

    static BigDecimal value(ExtractedAnnex annex, String sheet, String cellRef) {
        return annex.figures("budget").stream().filter(r -> r.sheet().equals(sheet) && r.cellRef().equals(cellRef))
                .map(r -> r.value().stripTrailingZeros()).findFirst().orElse(null);
    }

    static Figure row(ExtractedAnnex annex, String sheet, String cellRef) {
        return annex.figures("budget").stream().filter(r -> r.sheet().equals(sheet) && r.cellRef().equals(cellRef))
                .findFirst().orElseThrow(() -> new AssertionError("no lake row for " + sheet + "!" + cellRef));
    }
}
