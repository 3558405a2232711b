package vn.ntp.warehouse.extract.template;

/**
 * What every family's descriptor record ({@code BudgetTemplate}, {@code HouseholdTemplate}, ...) says about the top
 * of its sheet; the shared recognition path ({@code FamilyForm}) reads only this.
 */
public interface FamilyTemplate {

    String family();

    String formCode();

    AnnexTemplate.Metadata metadata();

    AnnexTemplate.Header header();

    /** The program a sheet belongs to when its metadata names none; null when the metadata must name it. */
    default String defaultProgram() {
        return null;
    }
}
