package vn.ntp.warehouse.extract;

import vn.ntp.warehouse.validate.Finding;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import vn.ntp.warehouse.text.ReportPeriod;
import vn.ntp.warehouse.reference.ProjectCatalogue;
import vn.ntp.warehouse.reference.UnitMaster;

/**
 * Resolves program, period and reporting unit from a sheet's metadata block, its title and its
 * name. A unit that the unit master does not know stays unknown (an UNKNOWN_UNIT finding), it is
 * never created.
 */
public final class IdentityResolver {
    private final ProjectCatalogue projects;
    private final UnitMaster units;

    public IdentityResolver(ProjectCatalogue projects, UnitMaster units) {
        this.projects = projects;
        this.units = units;
    }

    /** What could not be resolved (NO_PROGRAM, NO_PERIOD, NO_UNIT_LINE), for the quarantine reason; empty when all is known. */
    public record Result(Optional<SheetIdentity> identity, List<Finding> missing) {
    }

    public Result resolve(SheetMetadata meta, String sheet, String formCode, Consumer<Finding> findings) {
        return resolve(meta, sheet, formCode, null, findings);
    }

    /**
     * As {@link #resolve(SheetMetadata, String, String, Consumer)}, with the program a form family
     * belongs to when neither its form code nor its title names one (null: none).
     */
    public Result resolve(SheetMetadata meta, String sheet, String formCode, String defaultProgram,
                          Consumer<Finding> findings) {
        String context = meta.formCode() + " " + meta.title() + " " + sheet;
        Optional<String> program = projects.programOf(context);
        if (program.isEmpty() && defaultProgram != null) program = Optional.of(defaultProgram);
        Optional<ReportPeriod> period = ReportPeriod.parse(meta.periodText());
        if (period.isEmpty()) period = ReportPeriod.findInTitle(meta.title());
        if (program.isEmpty() || period.isEmpty() || meta.unitText().isEmpty()) {
            List<Finding> missing = new java.util.ArrayList<>();
            if (program.isEmpty()) missing.add(Finding.about("NO_PROGRAM", "", ""));
            if (period.isEmpty()) missing.add(Finding.about("NO_PERIOD", "", ""));
            if (meta.unitText().isEmpty()) missing.add(Finding.about("NO_UNIT_LINE", "", ""));
            return new Result(Optional.empty(), missing);
        }
        checkAgreement(meta, sheet, period.get(), findings);
        String unitCode = resolveUnit(meta, sheet, period.get(), findings);
        SheetIdentity identity = new SheetIdentity(program.get(), formCode, period.get(), unitCode, meta.unitText());
        return new Result(Optional.of(identity), List.of());
    }

    /**
     * A form code and a title that name different programs (PROGRAM_MISMATCH: the form code, named
     * first, decides), or a "Kỳ báo cáo" line whose year is not the title's (PERIOD_MISMATCH: the
     * "Kỳ báo cáo" line decides). Both are errors the sender must correct; the sheet is still read.
     */
    private void checkAgreement(SheetMetadata meta, String sheet, ReportPeriod period, Consumer<Finding> findings) {
        Optional<String> byCode = projects.programOf(meta.formCode());
        Optional<String> byTitle = projects.programOf(meta.title());
        if (byCode.isPresent() && byTitle.isPresent() && !byCode.get().equals(byTitle.get())) {
            findings.accept(new Finding("PROGRAM_MISMATCH", sheet, meta.formCodeRef(), "", null, byTitle.get(), meta.formCode())
                    .with("title_cell", meta.titleRef()));
        }
        if (meta.periodText().isEmpty() || ReportPeriod.parse(meta.periodText()).isEmpty()) return;
        Optional<Integer> titleYear = ReportPeriod.findYear(meta.title());
        if (titleYear.isPresent() && titleYear.get() != period.year()) {
            findings.accept(new Finding("PERIOD_MISMATCH", sheet, meta.periodRef(), "", null,
                    String.valueOf(titleYear.get()), meta.periodText()).with("title_cell", meta.titleRef()));
        }
    }

    private String resolveUnit(SheetMetadata meta, String sheet, ReportPeriod period, Consumer<Finding> findings) {
        if (!meta.unitCode().isEmpty()) {
            Optional<UnitMaster.Unit> byCode = units.byCode(meta.unitCode().strip(), period.endDate());
            if (byCode.isPresent()) return byCode.get().code();
        }
        UnitMaster.MatchResult match = units.match(meta.unitText(), period.endDate());
        if (match instanceof UnitMaster.MatchResult.Matched matched) return matched.unit().code();
        if (match instanceof UnitMaster.MatchResult.Ambiguous ambiguous) {
            String candidates = ambiguous.candidates().stream().limit(5)
                    .map(u -> u.name() + " (" + u.provinceName() + ", mã " + u.code() + ")")
                    .collect(java.util.stream.Collectors.joining("; "));
            findings.accept(new Finding("AMBIGUOUS_UNIT", sheet, meta.unitRef(), "", null, candidates, meta.unitText()));
            return null;
        }
        findings.accept(Finding.of("UNKNOWN_UNIT", sheet, meta.unitRef(), meta.unitText()));
        return null;
    }
}
