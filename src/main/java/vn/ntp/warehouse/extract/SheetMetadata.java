package vn.ntp.warehouse.extract;

/**
 * The metadata block above a form's table, as typed, each value with the cell it came from
 * (empty strings when absent).
 */
public record SheetMetadata(
        String formCode, String formCodeRef,
        String title, String titleRef,
        String unitText, String unitRef,
        String unitCode, String unitCodeRef,
        String periodText, String periodRef,
        String moneyUnitText, String moneyUnitRef) {
}
