package vn.ntp.warehouse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.extract.workbook.CellStyle;

/**
 * What extraction concludes from real Excel number formats (custom formats, id 164, so that only the format
 * string speaks): whether a cell holds a date ({@link CellStyle#isDateFormat}) and how many decimals its number
 * shows ({@link ShownPrecision#formatDecimals}; -1 when the format does not say). Both ignore the literal
 * parts of a format (quoted text, bracketed colours, locales and conditions, escaped characters, padding and fills).
 */
class NumberFormatAnswersTest {
    private static final int CUSTOM = 164;

    @ParameterizedTest(name = "{0}: date {1}, decimals {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `General`                                                         | false | -1
            `0`                                                               | false | 0
            `0.00`                                                            | false | 2
            `#,##0`                                                           | false | 0
            `#,##0.00`                                                        | false | 2
            `#,##0.000`                                                       | false | 3
            `0.0??`                                                           | false | 3
            `#,##0.00;[Red](#,##0.00)`                                        | false | 2
            `#,##0.00_);[Red]\\(#,##0.00\\)`                                  | false | 2
            `#,##0.0_);(#,##0.0)`                                             | false | 1
            `#,##0;-#,##0;"-"`                                                | false | 0
            `0.00;-0.00;;@`                                                   | false | 2
            `[Red]0.0`                                                        | false | 1
            `[<=9999999]###-####;(###) ###-####`                              | false | 0
            `0.0%`                                                            | false | 1
            `0%`                                                              | false | 0
            `0.00E+00`                                                        | false | -1
            `# ?/?`                                                           | false | 0
            `@`                                                               | false | -1
            `"đ"#,##0`                                                        | false | 0
            `#,##0 "đồng"`                                                    | false | 0
            `#,##0.0" tr.đ"`                                                  | false | 1
            `#,##0.00 "dm"`                                                   | false | 2
            `0" m²"`                                                          | false | 0
            `#,##0\\ "₫"`                                                     | false | 0
            `[$₫-42A]#,##0`                                                   | false | 0
            `#,##0.00 [$USD]`                                                 | false | 2
            `[$-42A]#,##0.0`                                                  | false | 1
            `\\-0.0`                                                          | false | 1
            `*-0`                                                             | false | 0
            `* #,##0`                                                         | false | 0
            `_(* #,##0_);_(* \\(#,##0\\);_(* "-"??_);_(@_)`                   | false | 0
            `_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)`             | false | 2
            `_-* #,##0.00\\ _₫_-;\\-* #,##0.00\\ _₫_-;_-* "-"??\\ _₫_-;_-@_-` | false | 2
            `_-* #,##0\\ "đ"_-;\\-* #,##0\\ "đ"_-;_-* "-"\\ "đ"_-;_-@_-`      | false | 0
            `0\\ \\k\\m`                                                      | false | 0
            `dd/mm/yyyy`                                                      | true  | -1
            `d/m/yyyy`                                                        | true  | -1
            `dd/mm/yy`                                                        | true  | -1
            `dd/mm/yyyy hh:mm`                                                | true  | -1
            `d-mmm-yy`                                                        | true  | -1
            `d\\-mmm\\-yy`                                                    | true  | -1
            `mmm-yy`                                                          | true  | -1
            `mmmm yyyy`                                                       | true  | -1
            `yyyy`                                                            | true  | -1
            `mmm d`                                                           | true  | -1
            `[$-42A]dd/mm/yyyy`                                               | true  | -1
            `[$-409]mmmm d, yyyy`                                             | true  | -1
            `[$-F800]dddd, mmmm dd, yyyy`                                     | true  | -1
            `"Ngày "dd" tháng "mm" năm "yyyy`                                 | true  | -1
            `[h]:mm:ss`                                                       | false | -1
            `h:mm AM/PM`                                                      | false | -1
            `hh:mm:ss`                                                        | false | -1
            `mm:ss.0`                                                         | false | 1
            # letters that are literal (escaped, as Excel stores short text, or padding) are no date parts:
            # isDateFormat said true for these before it ignored escapes and padding as the decimals do
            `0.0\\ \\d\\m`                                                    | false | 1
            `#,##0_d_m`                                                       | false | 0
            """)
    void aFormatSaysWhetherItIsADateAndHowManyDecimalsItShows(String format, boolean date, int decimals) {
        CellStyle style = new CellStyle("Times New Roman", false, CUSTOM, format);
        assertThat(style.isDateFormat()).as("date").isEqualTo(date);
        OptionalInt shown = ShownPrecision.formatDecimals(style);
        assertThat(shown.isPresent() ? shown.getAsInt() : -1).as("decimals").isEqualTo(decimals);
    }
}
