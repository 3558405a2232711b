package vn.ntp.warehouse.extract.deprivation;

/** A figure column of Biểu 03: its household group (poor / near_poor) and whether it states a rate. */
record DeprivationColumn(int col, String householdGroup, boolean rate, String headerRef) {
}
