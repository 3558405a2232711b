package vn.ntp.warehouse.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * What every family's sheet reader does the same way: it knows its sheet and who reported it, and at the end of the
 * sheet it reads the numbers of its lines ({@link TableLine#readNumbers}: the sheet's convention), lets the family
 * check and emit them ({@link #finish(ExtractionOutput, List)}), and writes the findings after the figures.
 */
public abstract class FamilySheetReader implements FormSheetReader {
    protected final String sheet;
    protected final FormHead.Identified identified;
    protected final HeaderLayout layout;
    protected final FindingCatalogue checks;
    private final String family;
    private final List<Finding> pending;
    private final Set<Integer> percentColumns;

    /** {@code percentColumns}: the columns whose numbers are percentages. */
    protected FamilySheetReader(FamilyForm.Sheet sheet, Set<Integer> percentColumns, FindingCatalogue checks) {
        this.sheet = sheet.name();
        this.percentColumns = percentColumns;
        this.identified = sheet.identified();
        this.layout = sheet.layout();
        this.family = sheet.family();
        this.pending = sheet.findings();
        this.checks = checks;
    }

    @Override
    public final SheetIdentity identity() {
        return identified.identity();
    }

    @Override
    public final void finish(ExtractionOutput output) {
        List<Finding> findings = new ArrayList<>(pending);
        TableLine.readNumbers(sheet, tables(), percentColumns, findings::add);
        finish(output, findings);
        findings.forEach(output::finding);
    }

    /** The lines kept from the sheet, in order. */
    protected abstract List<TableLine> tables();

    /** Checks the lines, whose numbers are read, into findings, and writes their figures. */
    protected abstract void finish(ExtractionOutput output, List<Finding> findings);

    /** A line whose label the family does not know, its figures kept without a code. */
    protected final Finding unknownLabel(String rule, TableLine line) {
        return new Finding(rule, sheet, line.labelRef(), line.display(), null, "", line.display());
    }

    /** The figure of one cell of a line. */
    protected final Figure figure(List<String> keys, String measure, BigDecimal value, String originalUnit,
                                  TableLine line, int col) {
        return new Figure(family, identified.identity().formCode(), keys, measure, value, line.originalText(col),
                originalUnit, sheet, line.ref(col), line.rowNumber());
    }
}
