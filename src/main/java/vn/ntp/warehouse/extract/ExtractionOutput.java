package vn.ntp.warehouse.extract;

import vn.ntp.warehouse.text.MoneyUnit;
import vn.ntp.warehouse.validate.Finding;

import java.util.ArrayList;
import java.util.List;

/** Collects the figures and findings of one workbook as its sheets are read. */
public final class ExtractionOutput {
    final List<Figure> figures = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    MoneyUnit moneyUnit;

    /** A figure too large for the lake (a damaged cell's 1.2E+245) is a finding, never a crash and never a figure. */
    public void figure(Figure figure) {
        if (Figure.fits(figure.value())) {
            figures.add(figure);
        } else {
            findings.add(new Finding("NUMBER_OUT_OF_RANGE", figure.sheet(), figure.cellRef(), "", null, "",
                    figure.originalText()));
        }
    }

    /** The unit a sheet's amounts were read in; the file's is its first money sheet's. */
    public void moneyUnit(MoneyUnit unit) {
        if (moneyUnit == null) moneyUnit = unit;
    }

    public void finding(Finding finding) {
        findings.add(finding);
    }
}
