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

    /**
     * Whether a leaf value is one the form shows; false for values the form states once though the mart counts them
     * twice (Biểu 02: households stated without a stage are the start's and the end's count; Biểu 03: the "Tổng số hộ"
     * line is the base of every indicator).
     */
    default boolean shows(LineageRow row) {
        return true;
    }

    /** The line of the form a leaf value belongs on; null: none (listed as a value the form cannot place). */
    String lineKey(LineageRow row);

    /** The column of the form a leaf value belongs in; null: none (listed as a value the form cannot place). */
    String columnKey(LineageRow row);

    /** Lines compared between the unit's own report and the roll-up; by default the form's lines. */
    default String comparisonKey(LineageRow row) {
        return lineKey(row);
    }

    /** The lines of the form, from the catalogues and what the figures hold. */
    List<AnnexLine> lines(AnnexSubject subject, Figures figures, List<LineageRow> rows);

    /** Figures of STATED columns, each line's own (none by default). */
    default void addStated(WarehouseRows warehouse, AnnexSubject subject, List<AnnexLine> lines) throws java.sql.SQLException {
    }

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
