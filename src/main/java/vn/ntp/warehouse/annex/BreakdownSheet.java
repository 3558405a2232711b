package vn.ntp.warehouse.annex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;

/** Sheet "Chi tiết theo địa phương": who contributed what, one row per unit × line of the form, and a total row. */
final class BreakdownSheet {
    static final String NAME = "Chi tiết theo địa phương";

    private BreakdownSheet() {
    }

    static void write(Tables t, AnnexFamily family, FormLayout layout, List<LineageRow> rows,
                      Map<String, AnnexLine> leaves, Map<String, String> labels) {
        List<FormLayout.Column> values = layout.valueColumns();
        Sheet sheet = t.sheet(NAME, "SỐ LIỆU THEO TỪNG ĐỊA PHƯƠNG ĐÓNG GÓP VÀO BIỂU",
                "Mỗi dòng: số liệu của một địa phương trên một dòng của biểu (đơn vị tính như trên biểu); dòng cuối cộng lại bằng biểu.");
        t.widths(sheet, 10, 28, 22, 6, 44);
        List<String> header = new ArrayList<>(List.of("Mã số", "Địa phương", "Cơ sở số liệu", "STT", "Dòng của biểu"));
        for (FormLayout.Column c : values) header.add(layout.headerPath(layout.columnOf(c.key())));
        int r = t.header(sheet, 3, header);
        int first = r;
        Map<String, Map<String, BigDecimal>> grouped = new LinkedHashMap<>();
        Map<String, LineageRow> firstRow = new HashMap<>();
        List<String> order = new ArrayList<>(leaves.keySet());
        rows.stream()
                .filter(row -> family.lineKey(row) != null && family.columnKey(row) != null && leaves.containsKey(family.lineKey(row)))
                .sorted(Comparator.comparing(LineageRow::sourceUnitCode)
                        .thenComparing(row -> order.indexOf(family.lineKey(row))))
                .forEach(row -> {
                    String key = row.sourceUnitCode() + "\u0000" + family.lineKey(row);
                    firstRow.putIfAbsent(key, row);
                    grouped.computeIfAbsent(key, k -> new HashMap<>()).merge(family.columnKey(row), row.value(), BigDecimal::add);
                });
        for (Map.Entry<String, Map<String, BigDecimal>> e : grouped.entrySet()) {
            LineageRow row = firstRow.get(e.getKey());
            AnnexLine line = leaves.get(family.lineKey(row));
            List<Object> cells = new ArrayList<>(List.of(row.sourceUnitCode(), row.sourceUnitName(),
                    Texts.basis(row.sourceBasis()), line.stt, labels.get(line.key)));
            for (FormLayout.Column c : values) cells.add(e.getValue().get(c.key()));
            t.row(sheet, r++, cells);
        }
        t.sumRow(sheet, r, first, r - 1, 5, 5 + values.size() - 1, "TỔNG CỘNG");
    }
}
