package vn.ntp.warehouse.portal.web;

import java.util.Comparator;
import java.util.List;

import vn.ntp.warehouse.report.Vocabulary;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The one place where the portal turns a finding into its severity and messages: pages, the sheet
 * preview and the JSON API all go through {@link #show}, which renders it from the findings catalogue
 * ({@link FindingCatalogue#render}), as validate, the feedback workbooks and dq_issue do.
 */
public final class FindingMessages {

    /** A finding as the portal shows it; severity is error, warning or info. */
    public record Shown(String ruleCode, String severity, String severityVi, String sheet, String cellRef, String location,
                        String messageVi, String messageEn) {
        /** The message without the place in front ({@code Biểu 01!E14: }), for tables that show the place. */
        public String messageWithoutPlace() {
            return messageVi.startsWith(location + ": ") ? messageVi.substring(location.length() + 2) : messageVi;
        }
    }

    private final FindingCatalogue checks;
    private final Vocabulary words;

    /** @param words the severities' words ({@code jobs/dictionary/codes.csv}, column severity) */
    public FindingMessages(FindingCatalogue checks, Vocabulary words) {
        this.checks = checks;
        this.words = words;
    }

    public Shown show(Finding f) {
        FindingCatalogue.Rendered r = checks.render(f);
        return new Shown(f.ruleCode(), r.severity(), words.word("severity", r.severity()), f.sheet(), f.cellRef(), f.location(), r.messageVi(), r.messageEn());
    }

    /** Why a file names no known reporting unit: the reader's own unit finding, or the catalogue's UNKNOWN_UNIT. */
    public String unknownUnit(List<Shown> findings, String unitName) {
        return findings.stream().filter(f -> f.ruleCode().endsWith("_UNIT")).map(Shown::messageVi).findFirst()
                .orElseGet(() -> show(Finding.about("UNKNOWN_UNIT", "", unitName)).messageVi());
    }

    /** Errors first, then warnings, then notes; in sheet order inside each. */
    public List<Shown> showAll(List<Finding> findings) {
        return findings.stream().map(this::show)
                .sorted(Comparator.comparingInt((Shown s) -> -rank(s.severity()))).toList();
    }

    public static int rank(String severity) {
        return FindingCatalogue.rank(severity);
    }
}
