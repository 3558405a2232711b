package vn.ntp.warehouse.extract.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A number format's codes: its quoted text, brackets, escapes, padding and fills left out. */
class NumberFormatTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "General                                     | General",
            "#,##0.00                                    | #,##0.00",
            "#,##0.00;[Red](#,##0.00)                    | #,##0.00;(#,##0.00)",
            "#,##0.00_);[Red]\\(#,##0.00\\)              | #,##0.00;#,##0.00",
            "[$-42A]dd/mm/yyyy                           | dd/mm/yyyy",
            "[h]:mm:ss                                   | :mm:ss",
            "\"Ngày \"dd\" tháng \"mm\" năm \"yyyy       | ddmmyyyy",
            "#,##0\\ \"₫\"                               | #,##0",
            "_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"??_);_(@_) | #,##0;#,##0;??;@",
            "d\\-mmm\\-yy                                | dmmmyy",
            "0.0%                                        | 0.0%",
            "@                                           | @"})
    void literalPartsAreLeftOut(String format, String codes) {
        assertThat(NumberFormatText.codes(format)).isEqualTo(codes);
    }
}
