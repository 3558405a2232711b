package vn.ntp.warehouse.extract;

import vn.ntp.warehouse.text.ReportPeriod;

/** Who reported what for which period, as resolved from a sheet's metadata. unitCode is null when the unit is unknown. */
public record SheetIdentity(String programCode, String formCode, ReportPeriod period, String unitCode, String unitName) {
}
