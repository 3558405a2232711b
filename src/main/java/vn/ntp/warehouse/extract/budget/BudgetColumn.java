package vn.ntp.warehouse.extract.budget;

/**
 * A figure column of Biểu 01. measure allocated/disbursed; budgetLevel NSTW/NSDP/HUY_DONG or
 * TOTAL for a stated "Tổng số"; capitalType DTPT/SN/NA or TOTAL for a stated sub-total of a
 * budget level split by capital type.
 */
public record BudgetColumn(int col, String measure, String budgetLevel, String capitalType, String headerRef) {

    public static final String TOTAL = "TOTAL";

    /** A column that holds a fact rather than a stated sum of other columns. */
    public boolean isLeaf() {
        return !TOTAL.equals(budgetLevel) && !TOTAL.equals(capitalType);
    }
}
