package vn.ntp.warehouse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.ntp.warehouse.extract.workbook.CellStyle;

/**
 * What extraction concludes from real Excel number formats (custom formats, id 164, so that only the format
 * string speaks): whether a cell holds a date ({@link CellStyle#isDateFormat}) and how many decimals its number
 * shows ({@link ShownPrecision#formatDecimals}; -1 when the format does not say). Both ignore the literal
 * parts of a format (quoted text, bracketed colours, locales and conditions, escaped characters, padding and fills).
 */
class NumberFormatAnswersTest {
    private static final int CUSTOM = 164;

    static Stream<Arguments> formats() {
        return Stream.of(
                row("General", false, -1),
                row("0", false, 0),
                row("0.00", false, 2),
                row("#,##0", false, 0),
                row("#,##0.00", false, 2),
                row("#,##0.000", false, 3),
                row("0.0??", false, 3),
                row("#,##0.00;[Red](#,##0.00)", false, 2),
                row("#,##0.00_);[Red]\\(#,##0.00\\)", false, 2),
                row("#,##0.0_);(#,##0.0)", false, 1),
                row("#,##0;-#,##0;\"-\"", false, 0),
                row("0.00;-0.00;;@", false, 2),
                row("[Red]0.0", false, 1),
                row("[<=9999999]###-####;(###) ###-####", false, 0),
                row("0.0%", false, 1),
                row("0%", false, 0),
                row("0.00E+00", false, -1),
                row("# ?/?", false, 0),
                row("@", false, -1),
                row("\"đ\"#,##0", false, 0),
                row("#,##0 \"đồng\"", false, 0),
                row("#,##0.0\" tr.đ\"", false, 1),
                row("#,##0.00 \"dm\"", false, 2),
                row("0\" m²\"", false, 0),
                row("#,##0\\ \"₫\"", false, 0),
                row("[$₫-42A]#,##0", false, 0),
                row("#,##0.00 [$USD]", false, 2),
                row("[$-42A]#,##0.0", false, 1),
                row("\\-0.0", false, 1),
                row("*-0", false, 0),
                row("* #,##0", false, 0),
                row("_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"??_);_(@_)", false, 0),
                row("_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)", false, 2),
                row("_-* #,##0.00\\ _₫_-;\\-* #,##0.00\\ _₫_-;_-* \"-\"??\\ _₫_-;_-@_-", false, 2),
                row("_-* #,##0\\ \"đ\"_-;\\-* #,##0\\ \"đ\"_-;_-* \"-\"\\ \"đ\"_-;_-@_-", false, 0),
                row("0\\ \\k\\m", false, 0),
                row("dd/mm/yyyy", true, -1),
                row("d/m/yyyy", true, -1),
                row("dd/mm/yy", true, -1),
                row("dd/mm/yyyy hh:mm", true, -1),
                row("d-mmm-yy", true, -1),
                row("d\\-mmm\\-yy", true, -1),
                row("mmm-yy", true, -1),
                row("mmmm yyyy", true, -1),
                row("yyyy", true, -1),
                row("mmm d", true, -1),
                row("[$-42A]dd/mm/yyyy", true, -1),
                row("[$-409]mmmm d, yyyy", true, -1),
                row("[$-F800]dddd, mmmm dd, yyyy", true, -1),
                row("\"Ngày \"dd\" tháng \"mm\" năm \"yyyy", true, -1),
                row("[h]:mm:ss", false, -1),
                row("h:mm AM/PM", false, -1),
                row("hh:mm:ss", false, -1),
                row("mm:ss.0", false, 1),
                // letters that are literal (escaped, as Excel stores short text, or padding) are no date parts:
                // isDateFormat said true for these before it ignored escapes and padding as the decimals do
                row("0.0\\ \\d\\m", false, 1),
                row("#,##0_d_m", false, 0));
    }

    private static Arguments row(String format, boolean date, int decimals) {
        return Arguments.of(format, date, decimals);
    }

    @ParameterizedTest(name = "{0}: date {1}, decimals {2}")
    @MethodSource("formats")
    void aFormatSaysWhetherItIsADateAndHowManyDecimalsItShows(String format, boolean date, int decimals) {
        CellStyle style = new CellStyle("Times New Roman", false, CUSTOM, format);
        assertThat(style.isDateFormat()).as("date").isEqualTo(date);
        OptionalInt shown = ShownPrecision.formatDecimals(style);
        assertThat(shown.isPresent() ? shown.getAsInt() : -1).as("decimals").isEqualTo(decimals);
    }
}
