package vn.ntp.warehouse.messy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.Figure;
import vn.ntp.warehouse.extract.SheetIdentity;
import vn.ntp.warehouse.lake.FigureDataset;
import vn.ntp.warehouse.validate.Finding;

/**
 * The rule a damaged workbook must keep (issue 14.3): what a loaded mutant holds is the figures of its original,
 * or the sheet of a figure that differs has a finding its original did not have; otherwise it is rejected.
 */
public final class MutantVerdicts {
    private MutantVerdicts() {
    }

    /** The run's extractor on one file (the repository's jobs/). */
    public static ExtractedAnnex extract(java.nio.file.Path file) {
        return Pipeline.extract(file);
    }

    /**
     * The figures of {@code mutant} that its original does not hold (equal to a millionth), when the mutant has no
     * finding its original did not have. A figure is what it is (its codes), not where it is: a deleted row or cell
     * moves the figures after it in a file that counts positions (.ods), a damaged sheet name renames the sheet —
     * what the damaged file really holds — while a figure under another unit, project or column is wrong.
     */
    public static List<String> silentlyWrong(ExtractedAnnex original, ExtractedAnnex mutant) {
        if (mutant.rejected()) return List.of();
        Map<String, List<List<BigDecimal>>> expected = figures(original);
        Set<String> originalFindings = new HashSet<>();
        for (Finding f : original.findings()) originalFindings.add(f.ruleCode() + f.sheet() + f.cellRef());
        boolean flagged = mutant.findings().stream()
                .anyMatch(f -> !originalFindings.contains(f.ruleCode() + f.sheet() + f.cellRef()));
        List<String> wrong = new ArrayList<>();
        if (flagged) return wrong;
        for (Map.Entry<String, List<List<BigDecimal>>> figure : figures(mutant).entrySet()) {
            List<List<BigDecimal>> was = new ArrayList<>(expected.getOrDefault(figure.getKey(), List.of()));
            for (List<BigDecimal> value : figure.getValue()) {
                if (removeSame(was, value)) continue;
                wrong.add(figure.getKey() + " = " + value + ", original " + expected.get(figure.getKey()));
            }
        }
        return wrong;
    }

    /** Removes a value equal to this one to a millionth of it (below any precision a report shows); false when none. */
    private static boolean removeSame(List<List<BigDecimal>> candidates, List<BigDecimal> value) {
        for (int i = 0; i < candidates.size(); i++) {
            List<BigDecimal> c = candidates.get(i);
            if (c.size() != value.size()) continue;
            boolean same = true;
            for (int j = 0; j < c.size() && same; j++) {
                BigDecimal tolerance = c.get(j).abs().max(BigDecimal.ONE).multiply(new BigDecimal("0.000001"));
                same = c.get(j).subtract(value.get(j)).abs().compareTo(tolerance) <= 0;
            }
            if (same) {
                candidates.remove(i);
                return true;
            }
        }
        return false;
    }

    /**
     * Every figure a file gave, keyed by what it is (codes: program, period, unit, project, indicator,
     * measure...); not by its sheet, cell, file names or the labels as typed (a damaged byte in a label the
     * catalogue still recognises changes the text kept for lineage, not what the figure is).
     */
    static Map<String, List<List<BigDecimal>>> figures(ExtractedAnnex annex) {
        Map<String, List<List<BigDecimal>>> out = new HashMap<>();
        SheetIdentity id = annex.identity();
        String file = id == null ? "" : "program=" + id.programCode() + " year=" + id.period().year() + " periodType="
                + id.period().periodType() + " unitCode=" + id.unitCode() + " ";
        for (Figure figure : annex.figures()) {
            StringBuilder key = new StringBuilder(figure.dataset()).append(' ').append(file)
                    .append("form=").append(figure.form()).append(' ');
            for (FigureDataset.Column column : FigureDataset.named(figure.dataset()).columns()) {
                if (column.key() < 0 || column.name().endsWith("_label") || column.name().endsWith("_name")) continue;
                key.append(column.name()).append('=').append(figure.key(column.key())).append(' ');
            }
            key.append("measure=").append(figure.measure()).append(" originalUnit=").append(figure.originalUnit());
            out.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(List.of(figure.value().stripTrailingZeros()));
        }
        return out;
    }
}
