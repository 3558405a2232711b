package vn.ntp.warehouse.messy;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ntp.warehouse.extract.ExtractedAnnex;
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
        for (List<? extends Record> rows : List.of(annex.budget(), annex.households(), annex.deprivation(), annex.outputs())) {
            for (Record row : rows) {
                StringBuilder key = new StringBuilder();
                List<BigDecimal> values = new ArrayList<>();

                for (RecordComponent component : row.getClass().getRecordComponents()) {
                    Object value;
                    try {
                        value = component.getAccessor().invoke(row);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    String name = component.getName();
                    if (name.endsWith("Label") || name.endsWith("Name")) continue;
                    switch (name) {
                        case "submissionId", "batchId", "sourceFile", "originalText", "sheet", "cellRef", "rowNumber" -> { }
                        default -> {
                            if (value instanceof BigDecimal d) values.add(d.stripTrailingZeros());
                            else key.append(name).append('=').append(value).append(' ');
                        }
                    }
                }
                out.computeIfAbsent(row.getClass().getSimpleName() + " " + key, k -> new ArrayList<>()).add(values);
            }
        }
        return out;
    }
}
