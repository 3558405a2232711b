package vn.ntp.warehouse.annex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Sheet "So sánh", when the unit also sent its own report: its stated figure, the roll-up from its subordinate units
 * and the difference, line by line and column by column.
 */
final class ComparisonSheet {
    static final String NAME = "So sánh";

    private ComparisonSheet() {
    }

    /** {@code rows} are of {@code basis}, {@code other} of the other basis. */
    static void write(Tables t, AnnexFamily family, FormLayout layout, List<LineageRow> rows, List<LineageRow> other,
                      String basis, Map<String, AnnexLine> leaves, List<AnnexLine> lines, Map<String, String> labels) {
        List<LineageRow> reported = basis.equals("rolled_up") ? other : rows;
        List<LineageRow> rolledUp = basis.equals("rolled_up") ? rows : other;
        Map<String, Map<String, BigDecimal[]>> pairs = new LinkedHashMap<>();
        for (int side = 0; side < 2; side++) {
            for (LineageRow row : side == 0 ? reported : rolledUp) {
                String line = family.comparisonKey(row);
                String column = family.columnKey(row);
                if (line == null || column == null || family.lineKey(row) == null) continue;
                BigDecimal[] pair = pairs.computeIfAbsent(line, k -> new LinkedHashMap<>())
                        .computeIfAbsent(column, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                pair[side] = pair[side].add(row.value());
            }
        }
        Sheet sheet = t.sheet(NAME, "SO SÁNH BÁO CÁO CỦA ĐƠN VỊ VỚI SỐ TỔNG HỢP TỪ CẤP DƯỚI",
                "Số đơn vị tự báo cáo, số cộng từ báo cáo của các đơn vị cấp dưới và chênh lệch (báo cáo − tổng hợp), từng dòng, từng cột.");
        t.widths(sheet, 6, 44, 36, 16, 16, 14);
        int r = t.header(sheet, 3, List.of("STT", "Dòng của biểu", "Cột", "Đơn vị báo cáo", "Tổng hợp từ cấp dưới", "Chênh lệch"));
        List<String> order = new ArrayList<>(leaves.keySet());
        List<String> keys = new ArrayList<>(pairs.keySet());
        keys.sort(Comparator.comparingInt(order::indexOf));
        for (String key : keys) {
            AnnexLine line = leaves.getOrDefault(key, lines.get(0));
            String label = labels.getOrDefault(key, labels.get("\u0000" + lines.get(0).label));
            for (FormLayout.Column c : layout.valueColumns()) {
                BigDecimal[] pair = pairs.get(key).get(c.key());
                if (pair == null) continue;
                t.row(sheet, r++, List.of(line.stt, label, layout.headerPath(layout.columnOf(c.key())),
                        pair[0], pair[1], pair[0].subtract(pair[1])));
            }
        }
    }
}
