package vn.ntp.warehouse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.extract.workbook.Cell;
import vn.ntp.warehouse.extract.workbook.CellKind;
import vn.ntp.warehouse.extract.workbook.CellStyle;

class ColumnNumberRowTest {

    /** At least two cells filled, at most one in five not a column number (cells separated by |, numbers typed as #n). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "#1|#2|#3|3=4+5|6;               true",
            "(1)|(2)|(3);                    true",
            "A|B|1|2|3;                      true",
            "I|II|III|IV;                    true",
            "A|B|C|D|Ghi chú;                true",
            "A|B|C|Tổng|Ghi chú;             false",
            "STT|Nội dung|1|2|3;             false",
            "STT|Nội dung dự án|Kế hoạch|Giải ngân; false",
            "#1;                             false",
            "|#1||#2;                        true",
    })
    void numbersTheColumns(String cells, boolean numbering) {
        List<Cell> row = new ArrayList<>();
        String[] texts = cells.split("\\|", -1);
        for (int col = 0; col < texts.length; col++) {
            String text = texts[col].strip();
            if (text.isEmpty()) continue;
            row.add(text.startsWith("#")
                    ? new Cell(9, col, CellKind.NUMBER, Double.parseDouble(text.substring(1)), null, false, CellStyle.NONE)
                    : new Cell(9, col, CellKind.TEXT, Double.NaN, text, false, CellStyle.NONE));
        }
        assertThat(HeaderResolver.isColumnNumberRow(new SheetRow(9, false, row))).isEqualTo(numbering);
    }
}
