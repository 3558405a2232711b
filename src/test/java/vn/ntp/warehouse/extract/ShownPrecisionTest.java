package vn.ntp.warehouse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.extract.workbook.Cell;
import vn.ntp.warehouse.extract.workbook.CellKind;
import vn.ntp.warehouse.extract.workbook.CellStyle;

/**
 * The precision a number stored as a number is written with: its own decimals as typed, at most what its number
 * format shows; and a stated figure against a recomputed one at that precision, the catalogue's tolerance a floor.
 */
class ShownPrecisionTest {

    @ParameterizedTest(name = "{0} formatted {1} (id {2}): half unit {3}")
    @CsvSource(delimiter = '|', value = {
            "1234        | General          | 0  | 0.5",
            "1234.5      | General          | 0  | 0.05",
            "5292.19     | General          | 0  | 0.005",
            "5292.024    | General          | 0  | 0.0005",
            "5292.19     | '#,##0'          | 3  | 0.5",
            "5292.19     | '#,##0.0'        | 0  | 0.05",
            "5.9         | 0.00             | 2  | 0.05",
            "28.27659    | '#,##0.00'       | 4  | 0.005",
            "28.27659    | '#,##0.000_);(#,##0.000)' | 0 | 0.0005",
            "28.27659    | ''               | 4  | 0.005",
            "0.3043      | 0.00%            | 10 | 0.005",
            "1234.5      | '\"Tr.đ\" #,##0'   | 0  | 0.5"})
    void aNumberIsWrittenWithItsOwnDecimalsAtMostThoseItsFormatShows(String value, String format, int id, String half) {
        BigDecimal v = new BigDecimal(value);
        Cell cell = new Cell(0, 2, CellKind.NUMBER, v.doubleValue(), null, false,
                new CellStyle("Times New Roman", false, id, format.isEmpty() ? null : format));
        BigDecimal read = format.contains("%") ? v.movePointRight(2) : v;
        assertThat(ShownPrecision.halfUnit(cell, read)).isEqualByComparingTo(half);
    }

    @ParameterizedTest(name = "{0} stated (half unit {1}) for {2}, floor {3}: differs {4}")
    @CsvSource(delimiter = '|', value = {
            "5292.19 | 0.005  | 5292.024 | 0.000001 | true",
            "1234.5  | 0.05   | 1234.46  | 0.000001 | false",
            "1234    | 0.5    | 1234.5   | 0.000001 | false",
            "1234    | 0.5    | 1234.51  | 0.000001 | true",
            "30.43   | 0.005  | 30.43    | 0.000001 | false",
            "5292.19 | 0.005  | 5292.024 | 0.5      | false"})
    void aStatedFigureDiffersWhenTheGapIsMoreThanHalfItsLastUnitAndTheFloor(String stated, String half, String recomputed,
                                                                            String floor, boolean differs) {
        assertThat(ShownPrecision.differs(new BigDecimal(stated), new BigDecimal(half), new BigDecimal(recomputed),
                new BigDecimal(floor))).isEqualTo(differs);
    }
}
