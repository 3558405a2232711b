package vn.ntp.warehouse.extract;

import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.template.AnnexTemplate;
import vn.ntp.warehouse.extract.template.LabelSet;
import vn.ntp.warehouse.text.VietnameseText;
import vn.ntp.warehouse.extract.workbook.CellAddress;

/**
 * Finds the metadata block by its labels, anywhere in the rows above the header and in any
 * column: "Đơn vị báo cáo: Huyện Phong Thổ", or the label in one cell and the value in the next.
 * The title is the longest other text of the block.
 */
public final class MetadataScanner {
    private final LabelSet formCode;
    private final LabelSet unit;
    private final LabelSet unitCode;
    private final LabelSet period;
    private final LabelSet moneyUnit;

    public MetadataScanner(AnnexTemplate.Metadata labels) {
        this.formCode = LabelSet.of("form", labels.formCode());
        this.unit = LabelSet.of("unit", labels.unit());
        this.unitCode = LabelSet.of("unitCode", labels.unitCode());
        this.period = LabelSet.of("period", labels.period());
        this.moneyUnit = LabelSet.of("money", labels.moneyUnit());
    }

    private static final class Found {
        String value = "";
        String ref = "";

        void set(String v, String r) {
            if (value.isEmpty() && !v.isEmpty()) {
                value = v;
                ref = r;
            }
        }
    }

    public SheetMetadata scan(List<SheetRow> rows) {
        Found form = new Found(), title = new Found(), unitF = new Found(), code = new Found(),
                periodF = new Found(), money = new Found();
        for (SheetRow row : rows) {
            for (int col = 0; col < row.width(); col++) {
                String text = row.text(col);
                if (text.isEmpty()) continue;
                String folded = VietnameseText.fold(text);
                String ref = CellAddress.of(row.index(), col);
                // order matters: "Mã đơn vị" and "Đơn vị tính" before "Đơn vị báo cáo"
                if (unitCode.startsWith(folded)) {
                    code.set(valueAfterLabel(row, col, text), ref);
                } else if (moneyUnit.startsWith(folded) && !unit.startsWith(folded)) {
                    money.set(text, ref);
                } else if (unit.startsWith(folded)) {
                    unitF.set(valueAfterLabel(row, col, text), ref);
                } else if (period.startsWith(folded)) {
                    periodF.set(valueAfterLabel(row, col, text), ref);
                } else if (formCode.startsWith(folded) && text.length() <= 40) {
                    form.set(text, ref);
                } else if (text.length() > title.value.length() && folded.split(" ").length >= 4) {
                    title.value = text;
                    title.ref = ref;
                }
            }
        }
        return new SheetMetadata(form.value, form.ref, title.value, title.ref, unitF.value, unitF.ref,
                code.value, code.ref, periodF.value, periodF.ref, money.value, money.ref);
    }

    /** "Đơn vị báo cáo: Huyện X" gives "Huyện X"; a label alone takes the next non-empty cell. */
    static String valueAfterLabel(SheetRow row, int col, String text) {
        int colon = text.indexOf(':');
        if (colon >= 0 && colon < text.length() - 1) {
            String v = text.substring(colon + 1).strip();
            if (!v.isEmpty()) return v;
        }
        return nextText(row, col).orElse("");
    }

    private static Optional<String> nextText(SheetRow row, int col) {
        for (int c = col + 1; c < row.width(); c++) {
            String t = row.text(c);
            if (!t.isEmpty()) return Optional.of(t);
        }
        return Optional.empty();
    }
}
