package vn.ntp.warehouse.annex;

import java.util.ArrayList;
import java.util.List;

import vn.ntp.warehouse.reference.DeprivationIndicators;

import static vn.ntp.warehouse.annex.FormLayout.Column;
import static vn.ntp.warehouse.annex.FormLayout.HeaderCell;

/**
 * Biểu 03, deprivation in basic social services: the "Tổng số hộ" line (poor and near-poor households, the
 * denominators), then the 6 dimensions with their 12 indicators from the catalogue; rates as formulas over the first line.
 */
final class DeprivationAnnex implements AnnexFamily {
    static final String BASE = "base";

    private final DeprivationIndicators indicators;

    DeprivationAnnex(DeprivationIndicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public String formNumber() {
        return "03";
    }

    @Override
    public String mart() {
        return "mart_deprivation";
    }

    @Override
    public String titleSubject() {
        return "MỨC ĐỘ THIẾU HỤT DỊCH VỤ XÃ HỘI CƠ BẢN CỦA HỘ NGHÈO, HỘ CẬN NGHÈO -";
    }

    @Override
    public FormLayout layout() {
        List<Column> columns = new ArrayList<>(List.of(Column.stt(), Column.label(44)));
        List<HeaderCell> header = new ArrayList<>(List.of(
                new HeaderCell(0, 0, 1, 0, "STT"), new HeaderCell(0, 1, 1, 1, "Chiều / Chỉ số thiếu hụt")));
        for (String group : List.of("poor", "near_poor")) {
            int c = columns.size();
            header.add(new HeaderCell(0, c, 0, c + 1, group.equals("poor") ? "Hộ nghèo" : "Hộ cận nghèo"));
            header.add(new HeaderCell(1, c, 1, c, "Số hộ thiếu hụt"));
            header.add(new HeaderCell(1, c + 1, 1, c + 1, "Tỷ lệ (%)"));
            columns.add(Column.value(group, 14));
            columns.add(Column.rateOnLine(group + "_rate", group, group, BASE));
        }
        columns.add(Column.note());
        header.add(new HeaderCell(0, columns.size() - 1, 1, columns.size() - 1, "Ghi chú"));
        return new FormLayout("03", titleSubject(), false, columns, header, 2);
    }

    /** The base households of the first indicator (1.1) stand for all: the sheet states them once. */
    @Override
    public boolean shows(LineageRow row) {
        return !row.measure().equals("base_households") || row.indicatorCode().equals(indicators.all().get(0).code());
    }

    /** Deprived households on the indicator's line; base households on the "Tổng số hộ" line. */
    @Override
    public String lineKey(LineageRow row) {
        return row.measure().equals("base_households") ? BASE : row.indicatorCode();
    }

    @Override
    public String columnKey(LineageRow row) {
        return row.householdGroup();
    }

    @Override
    public List<AnnexLine> lines(AnnexSubject subject, Figures figures, List<LineageRow> rows) {
        List<AnnexLine> lines = new ArrayList<>();
        lines.add(AnnexLine.leaf("", "Tổng số hộ", BASE));
        AnnexLine dimension = null;
        for (DeprivationIndicators.Indicator indicator : indicators.all()) {
            if (dimension == null || !dimension.stt.equals(indicator.dimensionCode())) {
                dimension = new AnnexLine(indicator.dimensionCode(), indicator.dimensionNameVi(), AnnexLine.Role.HEADING, null);
                lines.add(dimension);
            }
            dimension.add(AnnexLine.leaf(indicator.code(), indicator.nameVi(), indicator.code()));
        }
        return lines;
    }
}
