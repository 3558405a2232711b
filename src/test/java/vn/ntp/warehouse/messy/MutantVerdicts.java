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
import vn.ntp.warehouse.extract.Finding;

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

    /** The figures of {@code mutant} that differ from {@code original} on a sheet without a new finding. */
    public static List<String> silentlyWrong(ExtractedAnnex original, ExtractedAnnex mutant) {
        if (mutant.rejected()) return List.of();
        Map<String, List<BigDecimal>> expected = figures(original);
        Set<String> originalFindings = new HashSet<>();
        for (Finding f : original.findings()) originalFindings.add(f.ruleCode() + f.sheet() + f.cellRef());
        Set<String> flaggedSheets = new HashSet<>();
        for (Finding f : mutant.findings()) {
            if (!originalFindings.contains(f.ruleCode() + f.sheet() + f.cellRef())) flaggedSheets.add(f.sheet());
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<BigDecimal>> figure : figures(mutant).entrySet()) {
            List<BigDecimal> was = expected.get(figure.getKey());
            if (figure.getValue().equals(was)) continue;
            String sheet = figure.getKey().substring(0, figure.getKey().indexOf('!'));
            if (!flaggedSheets.contains(sheet)) wrong.add(figure.getKey() + " = " + figure.getValue() + ", original " + was);
        }
        return wrong;
    }

    /**
     * Every figure a file gave, keyed by what it is (codes: program, period, unit, project, indicator, measure...)
     * and where it is (sheet!cell first); not by file names or the labels as typed (a damaged byte in a label the
     * catalogue still recognises changes the text kept for lineage, not what the figure is).
     */
    static Map<String, List<BigDecimal>> figures(ExtractedAnnex annex) {
        Map<String, List<BigDecimal>> out = new HashMap<>();
        for (List<? extends Record> rows : List.of(annex.budget(), annex.households(), annex.deprivation(), annex.outputs())) {
            for (Record row : rows) {
                StringBuilder key = new StringBuilder();
                List<BigDecimal> values = new ArrayList<>();
                String sheet = "";
                String cell = "";
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
                        case "submissionId", "batchId", "sourceFile", "originalText" -> { }
                        case "sheet" -> sheet = String.valueOf(value);
                        case "cellRef" -> cell = String.valueOf(value);
                        default -> {
                            if (value instanceof BigDecimal d) values.add(d.stripTrailingZeros());
                            else key.append(name).append('=').append(value).append(' ');
                        }
                    }
                }
                out.put(sheet + "!" + cell + " " + row.getClass().getSimpleName() + " " + key, values);
            }
        }
        return out;
    }
}
