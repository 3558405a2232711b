package vn.ntp.warehouse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ntp.warehouse.text.VietnameseNumber.Convention;
import vn.ntp.warehouse.text.VietnameseNumber.Parsed;

class VietnameseNumberTest {

    private static Parsed parse(String text, Convention sheet) {
        return VietnameseNumber.parse(text, sheet).orElseThrow(() -> new AssertionError("not a number: " + text));
    }

    /** text | value | percent | ambiguous | evidence — read on a sheet of unknown convention */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the spec's examples
            "213.621,9        | 213621.9      | false | false | VIETNAMESE",
            "1.234            | 1234          | false | true  | UNKNOWN",
            "45.632.742.000   | 45632742000   | false | false | VIETNAMESE",
            "30,43%           | 30.43         | true  | false | VIETNAMESE",
            "(1.250)          | -1250         | false | true  | UNKNOWN",
            "5.000.000        | 5000000       | false | false | VIETNAMESE",
            "35,48            | 35.48         | false | false | VIETNAMESE",
            "2.041            | 2041          | false | true  | UNKNOWN",
            // plain and signed
            "0                | 0             | false | false | UNKNOWN",
            "46               | 46            | false | false | UNKNOWN",
            "007              | 7             | false | false | UNKNOWN",
            "123456789012345678901234 | 123456789012345678901234 | false | false | UNKNOWN",
            "-1.250           | -1250         | false | true  | UNKNOWN",
            "−7               | -7            | false | false | UNKNOWN",
            "–7               | -7            | false | false | UNKNOWN",
            "+7               | 7             | false | false | UNKNOWN",
            "- 15             | -15           | false | false | UNKNOWN",
            "(45.632.742.000) | -45632742000  | false | false | VIETNAMESE",
            "(5,2%)           | -5.2          | true  | false | VIETNAMESE",
            "(5,2)%           | -5.2          | true  | false | VIETNAMESE",
            // spaces of every kind
            "\" 1.234,5 \"      | 1234.5      | false | false | VIETNAMESE",
            "\"\u00A0213.621,9\u00A0\" | 213621.9 | false | false | VIETNAMESE",
            "1 234 567        | 1234567       | false | false | UNKNOWN",
            "1\u00A0234\u00A0567 | 1234567    | false | false | UNKNOWN",
            "1\u202F234,5     | 1234.5        | false | false | VIETNAMESE",
            "30,43 %          | 30.43         | true  | false | VIETNAMESE",
            // English style and decimals that prove a convention
            "1,234,567.5      | 1234567.5     | false | false | ENGLISH",
            "1,234,567        | 1234567       | false | false | ENGLISH",
            "12.5             | 12.5          | false | false | ENGLISH",
            "12,5             | 12.5          | false | false | VIETNAMESE",
            "0.123            | 0.123         | false | false | ENGLISH",
            "0,123            | 0.123         | false | false | VIETNAMESE",
            "1234.567         | 1234.567      | false | false | ENGLISH",
            "1234,567         | 1234.567      | false | false | VIETNAMESE",
            "1.234.567,891    | 1234567.891   | false | false | VIETNAMESE",
            "1 234.5          | 1234.5        | false | false | ENGLISH",
            "1.234 567        | 1234567       | false | false | VIETNAMESE",
            "12.50%           | 12.50         | true  | false | ENGLISH",
            ",5               | 0.5           | false | false | VIETNAMESE",
            ".5               | 0.5           | false | false | ENGLISH",
            "100%             | 100           | true  | false | UNKNOWN",
            // currency after the figure
            "5.000.000 đ      | 5000000       | false | false | VIETNAMESE",
            "5.000.000đ       | 5000000       | false | false | VIETNAMESE",
            "2.041 đồng       | 2041          | false | true  | UNKNOWN",
            "150 VNĐ          | 150           | false | false | UNKNOWN",
    })
    void textsAreReadExactly(String text, BigDecimal value, boolean percent, boolean ambiguous, Convention evidence) {
        Parsed parsed = parse(text, Convention.UNKNOWN);
        assertThat(parsed.value()).isEqualByComparingTo(value);
        assertThat(parsed.value().toPlainString()).isEqualTo(value.toPlainString());
        assertThat(parsed.percent()).isEqualTo(percent);
        assertThat(parsed.ambiguous()).isEqualTo(ambiguous);
        assertThat(parsed.evidence()).isEqualTo(evidence);
        assertThat(parsed.dash()).isFalse();
    }

    /** text | Vietnamese sheet | English sheet */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.234     | 1234   | 1.234",
            "2,041     | 2.041  | 2041",
            "(1.250)   | -1250  | -1.250",
            "999,999%  | 999.999 | 999999",
    })
    void ambiguousTextsFollowTheSheetAndSaySo(String text, BigDecimal onVietnameseSheet, BigDecimal onEnglishSheet) {
        Parsed vi = parse(text, Convention.VIETNAMESE);
        Parsed en = parse(text, Convention.ENGLISH);
        Parsed unknown = parse(text, Convention.UNKNOWN);
        assertThat(vi.value()).isEqualTo(onVietnameseSheet);
        assertThat(en.value()).isEqualTo(onEnglishSheet);
        assertThat(unknown.value()).as("unknown sheets read the Vietnamese way").isEqualTo(onVietnameseSheet);
        assertThat(List.of(vi, en, unknown)).allMatch(Parsed::ambiguous).allMatch(p -> p.evidence() == Convention.UNKNOWN);
    }

    @Test
    void unambiguousTextsIgnoreTheSheet() {
        assertThat(parse("213.621,9", Convention.ENGLISH).value()).isEqualTo(new BigDecimal("213621.9"));
        assertThat(parse("1,234,567.5", Convention.VIETNAMESE).value()).isEqualTo(new BigDecimal("1234567.5"));
        assertThat(parse("12.5", Convention.VIETNAMESE).value()).isEqualTo(new BigDecimal("12.5"));
        assertThat(parse("45.632.742.000", Convention.ENGLISH).value()).isEqualTo(new BigDecimal("45632742000"));
        assertThat(parse("1.234", null).value()).isEqualTo(new BigDecimal("1234"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "–", "—", "−", "x", "X", "", "   ", "\u00A0", " - ", "--", "-  -"})
    void dashesCrossesAndBlanksAreTheZeroMarker(String text) {
        assertThat(VietnameseNumber.parse(text)).contains(VietnameseNumber.ZERO_DASH);
        Parsed dash = VietnameseNumber.ZERO_DASH;
        assertThat(dash.dash()).isTrue();
        assertThat(dash.value()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @NullSource
    void nullIsTheZeroMarkerToo(String text) {
        assertThat(VietnameseNumber.parse(text, Convention.VIETNAMESE)).contains(VietnameseNumber.ZERO_DASH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Dự án 1", "Tổng cộng", "STT", "1.1.2", "12/05/2024", "2024-05-12", "01.02.2024", "15.05.2024",
            "1.2.3", "1,2,3", "12:30", "1..2", "1.,2", "1.234,567.8", "1,234.567,8", "12,34.5", "1.", "1,",
            "abc", "x1", "1x", "%", "()", "(", "1 2", "2021 2025", "1.5E+07", "#REF!", "#DIV/0!",
            "đ", "1 000 000 000 0", "3=4+5", "1-2", "+", "- x",
    })
    void textsThatAreNotNumbersAreRejected(String text) {
        assertThat(VietnameseNumber.parse(text, Convention.VIETNAMESE)).isEmpty();
        assertThat(VietnameseNumber.parse(text, Convention.ENGLISH)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VIETNAMESE,VIETNAMESE,ENGLISH,UNKNOWN     | VIETNAMESE",
            "ENGLISH,UNKNOWN,UNKNOWN,UNKNOWN           | ENGLISH",
            "VIETNAMESE,ENGLISH                        | UNKNOWN",
            "UNKNOWN,UNKNOWN                           | UNKNOWN",
    })
    void theSheetFollowsTheMajorityOfItsEvidence(String evidence, Convention decided) {
        List<Convention> list = java.util.Arrays.stream(evidence.split(",")).map(Convention::valueOf).toList();
        assertThat(VietnameseNumber.decide(list)).isEqualTo(decided);
        assertThat(VietnameseNumber.decide(List.of())).isEqualTo(Convention.UNKNOWN);
    }

    @Test
    void aSheetsTextsDecideItsConventionThenItsAmbiguousCells() {
        List<String> cells = List.of("213.621,9", "1.234", "45.632.742.000", "2,041", "30,43%");
        Convention sheet = VietnameseNumber.decide(cells.stream()
                .map(c -> VietnameseNumber.parse(c).orElseThrow().evidence()).toList());
        assertThat(sheet).isEqualTo(Convention.VIETNAMESE);
        assertThat(parse("2,041", sheet).value()).isEqualTo(new BigDecimal("2.041"));
    }
}
