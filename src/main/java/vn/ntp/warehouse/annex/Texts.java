package vn.ntp.warehouse.annex;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The Vietnamese words of the annex sheets and of {@code ./ntp explain}. */
final class Texts {
    private Texts() {
    }

    static String basis(String basis) {
        return switch (basis == null ? "" : basis) {
            case "reported" -> "báo cáo của chính đơn vị";
            case "reported_by_parent" -> "dòng trong báo cáo của cấp trên";
            case "rolled_up" -> "tổng hợp từ báo cáo của cấp dưới";
            default -> basis == null ? "" : basis;
        };
    }

    static String severity(String severity) {
        return switch (severity == null ? "" : severity) {
            case "error" -> "lỗi";
            case "warning" -> "cảnh báo";
            case "info" -> "lưu ý";
            default -> severity == null ? "" : severity;
        };
    }

    static String date(String isoDate) {
        if (isoDate == null) return "";
        return LocalDate.parse(isoDate).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    static String measure(String measure) {
        return switch (measure) {
            case "allocated" -> "kế hoạch vốn";
            case "disbursed" -> "giải ngân";
            case "total_households_start" -> "tổng số hộ đầu kỳ";
            case "total_households_end" -> "tổng số hộ cuối kỳ";
            case "poor_start" -> "hộ nghèo đầu kỳ";
            case "poor_end" -> "hộ nghèo cuối kỳ";
            case "near_poor_start" -> "hộ cận nghèo đầu kỳ";
            case "near_poor_end" -> "hộ cận nghèo cuối kỳ";
            case "escaped_poverty" -> "hộ thoát nghèo";
            case "new_poor" -> "hộ nghèo phát sinh";
            case "ethnic_minority_poor" -> "hộ nghèo là hộ DTTS";
            case "deprived_households" -> "hộ thiếu hụt";
            case "base_households" -> "tổng số hộ (mẫu số)";
            case "planned" -> "kế hoạch";
            case "achieved" -> "thực hiện";
            case "planned_mvnd" -> "kinh phí kế hoạch";
            case "disbursed_mvnd" -> "kinh phí giải ngân";
            default -> measure;
        };
    }

    /** What a leaf value is, in words: measure, project or indicator, source of money. */
    static String describe(LineageRow row) {
        StringBuilder s = new StringBuilder(measure(row.measure()));
        if (row.leafProjectCode() != null) s.append(", ").append(row.leafProjectCode());
        if (row.budgetLevel() != null) s.append(", ").append(row.budgetLevel()).append('/').append(row.capitalType())
                .append('/').append(row.vintage().equals("current") ? "năm nay" : "chuyển nguồn");
        if (row.indicatorCode() != null) s.append(", chỉ số ").append(row.indicatorCode());
        if (row.householdGroup() != null) s.append(row.householdGroup().equals("poor") ? ", hộ nghèo" : ", hộ cận nghèo");
        if (row.indicator() != null) s.append(", ").append(row.indicator());
        if (row.unitOfMeasure() != null && !row.unitOfMeasure().isEmpty()) s.append(" (").append(row.unitOfMeasure()).append(')');
        return s.toString();
    }
}
