package vn.ntp.warehouse.extract.workbook;

/**
 * Bounds that protect a run from hostile or broken files: total inflated bytes, the inflate ratio
 * of any zip entry, the number of zip entries, and the size of the file on disk.
 */
public record ReadLimits(long maxFileBytes, long maxInflatedBytes, double maxInflateRatio, int maxZipEntries) {
    public static final ReadLimits DEFAULT = new ReadLimits(200L << 20, 1L << 30, 200.0, 10_000);
}
