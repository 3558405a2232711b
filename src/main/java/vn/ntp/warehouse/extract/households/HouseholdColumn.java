package vn.ntp.warehouse.extract.households;

/**
 * A figure column of Biểu 02: its measure (a count, a stated rate or the target) and stage
 * ({@code start}, {@code end} or {@code na}). countMeasure is the count a rate column is the rate
 * of (null for other columns).
 */
record HouseholdColumn(int col, String measure, String stage, String countMeasure, String headerRef) {

    boolean isRate() {
        return countMeasure != null;
    }

    boolean isPercent() {
        return isRate() || measure.endsWith("_pct");
    }
}
