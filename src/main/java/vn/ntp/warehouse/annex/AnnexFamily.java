package vn.ntp.warehouse.annex;

import java.util.List;

/**
 * What differs between the four annex families: the layout, the mart whose figures fill it, how a lineage row finds
 * its line and column, and the lines of the form. Everything else (sheets, formulas, lineage) is shared.
 */
interface AnnexFamily {
    String formNumber();

    String mart();

    /** The title's subject, before the program and the period. */
    String titleSubject();

    FormLayout layout();

    /** The line of the form a leaf value belongs on; null: not on this form. */
    String lineKey(LineageRow row);

    /** The column of the form a leaf value belongs in; null: not on this form. */
    String columnKey(LineageRow row);

    /** Lines compared between the unit's own report and the roll-up; by default the form's lines. */
    default String comparisonKey(LineageRow row) {
        return lineKey(row);
    }

    /** The lines of the form, from the catalogues and what the figures hold. */
    List<AnnexLine> lines(AnnexSubject subject, Figures figures, List<LineageRow> rows);

    static AnnexFamily of(String formNumber, Catalogues catalogues) {
        return switch (formNumber) {
            case "01" -> new BudgetAnnex(catalogues.projects());
            case "02" -> new HouseholdsAnnex();
            case "03" -> new DeprivationAnnex(catalogues.indicators());
            case "04" -> new OutputAnnex(catalogues.projects());
            default -> throw new IllegalArgumentException("form " + formNumber);
        };
    }
}
