package vn.ntp.warehouse.extract.workbook;

import java.util.Set;

/** A sheet as listed in the workbook: position, name, visibility and its hidden columns (0-based). */
public record SheetInfo(int index, String name, boolean hidden, Set<Integer> hiddenColumns) {
}
