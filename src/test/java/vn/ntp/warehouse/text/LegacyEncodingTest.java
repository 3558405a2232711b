package vn.ntp.warehouse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ntp.warehouse.fixtures.LegacyFont;
import vn.ntp.warehouse.text.LegacyEncoding.Charset;

class LegacyEncodingTest {

    // ------------------------------------------------------------------ the alphabet

    private static final String[] BASE_VOWELS = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
    /** no tone, huyền, hỏi, ngã, sắc, nặng */
    private static final String[] TONES = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};

    /** The 67 lower-case Vietnamese letters that are not plain ASCII (12 vowels × 6 tones − 6 ASCII vowels, plus đ). */
    static List<String> lowerCaseLetters() {
        List<String> letters = new ArrayList<>();
        for (String vowel : BASE_VOWELS) {
            for (String tone : TONES) {
                String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                if (letter.charAt(0) >= 0x80) letters.add(letter);
            }
        }
        letters.add("đ");
        return letters;
    }

    static List<String> upperCaseLetters() {
        return lowerCaseLetters().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }

    @Test
    void theAlphabetHas134NonAsciiLetters() {
        assertThat(lowerCaseLetters()).hasSize(67).doesNotHaveDuplicates();
        assertThat(upperCaseLetters()).hasSize(67).doesNotHaveDuplicates();
        assertThat(lowerCaseLetters()).allMatch(s -> s.length() == 1);
    }

    // ------------------------------------------------------------------ test-only encoders

    /**
     * Unicode to TCVN3 and VNI as a keyboard driver would type it: the fixtures' encoders, written
     * from the published code charts independently of the production decoder under test.
     */
    static String encodeTcvn3(String unicode) {
        return LegacyFont.encodeTcvn3(unicode);
    }

    /** What a user typing capitals with an {@code .VnTimeH} font stores: the lower-case codes. */
    static String encodeTcvn3UpperCaseFont(String unicodeCapitals) {
        return encodeTcvn3(unicodeCapitals.toLowerCase(Locale.ROOT));
    }

    static String encodeVni(String unicode) {
        return LegacyFont.encodeVni(unicode);
    }

    // ------------------------------------------------------------------ round trips over the full alphabet

    static Stream<String> tcvn3Letters() {
        Stream<String> capitalsWithCodes = Stream.of("Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ");
        return Stream.concat(lowerCaseLetters().stream(), capitalsWithCodes);
    }

    @ParameterizedTest
    @MethodSource("tcvn3Letters")
    void everyTcvn3LetterRoundTrips(String letter) {
        String legacy = encodeTcvn3(letter);
        assertThat(legacy).hasSize(1);
        assertThat(LegacyEncoding.toUnicode(legacy, Charset.TCVN3)).isEqualTo(letter);
        assertThat(LegacyEncoding.decode(legacy, ".VnTime")).isEqualTo(letter);
        assertThat(LegacyEncoding.decode("x" + legacy + "y", ".VnArial")).isEqualTo("x" + letter + "y");
    }

    @ParameterizedTest
    @MethodSource("upperCaseLetters")
    void everyCapitalTypedInAnUpperCaseTcvn3FontRoundTrips(String capital) {
        String legacy = encodeTcvn3UpperCaseFont(capital);
        assertThat(LegacyEncoding.decode(legacy, ".VnTimeH")).isEqualTo(capital);
        assertThat(LegacyEncoding.decode(legacy, ".VnArialH")).isEqualTo(capital);
    }

    @ParameterizedTest
    @MethodSource({"lowerCaseLetters", "upperCaseLetters"})
    void everyVniLetterRoundTrips(String letter) {
        String legacy = encodeVni(letter);
        assertThat(LegacyEncoding.toUnicode(legacy, Charset.VNI)).isEqualTo(letter);
        assertThat(LegacyEncoding.decode(legacy, "VNI-Times")).isEqualTo(letter);
        assertThat(LegacyEncoding.decode("b" + legacy + "n", "VNI-Helve")).isEqualTo("b" + letter + "n");
    }

    @Test
    void theWholeAlphabetRoundTripsAsOneText() {
        String lower = String.join("", lowerCaseLetters());
        String upper = String.join("", upperCaseLetters());
        assertThat(LegacyEncoding.toUnicode(encodeTcvn3(lower), Charset.TCVN3)).isEqualTo(lower);
        assertThat(LegacyEncoding.decode(encodeTcvn3UpperCaseFont(upper), ".VnTimeH")).isEqualTo(upper);
        assertThat(LegacyEncoding.toUnicode(encodeVni(lower + upper), Charset.VNI)).isEqualTo(lower + upper);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo",
            "Tiểu dự án 2: Triển khai Đề án hỗ trợ giảm nghèo đa chiều",
            "Nâng cao năng lực và giám sát, đánh giá Chương trình",
            "Hộ nghèo, hộ cận nghèo thoát nghèo bền vững",
            "Huyện Phong Thổ, tỉnh Lai Châu",
            "Cải thiện dinh dưỡng; Bảo hiểm y tế",
            "Nước sinh hoạt và vệ sinh",
    })
    void realLabelsRoundTripAndAreDetected(String label) {
        String tcvn3 = encodeTcvn3(label);
        String vni = encodeVni(label);
        assertThat(LegacyEncoding.detect(tcvn3)).isEqualTo(Charset.TCVN3);
        assertThat(LegacyEncoding.detect(vni)).isEqualTo(Charset.VNI);
        assertThat(LegacyEncoding.decode(tcvn3, null)).isEqualTo(label);
        assertThat(LegacyEncoding.decode(vni, "Times New Roman")).isEqualTo(label);
        assertThat(LegacyEncoding.detect(label)).isEqualTo(Charset.UNICODE);
    }

    // ------------------------------------------------------------------ the spec's literal examples

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dù ¸n 1          | Dự án 1",
            "TiÓu dù ¸n 2     | Tiểu dự án 2",
            "Hé nghÌo         | Hộ nghèo",
            "Ph©n bæ          | Phân bổ",
            "Gi¶i ng©n        | Giải ngân",
            "Tæng céng        | Tổng cộng",
            "§¬n vÞ tÝnh: TriÖu ®ång | Đơn vị tính: Triệu đồng",
            "Kú b¸o c¸o: 6 th¸ng ®Çu n¨m 2024 | Kỳ báo cáo: 6 tháng đầu năm 2024",
    })
    void tcvn3MojibakeFromTheSpecIsDecodedFromTheFontAndFromTheTextAlone(String mojibake, String unicode) {
        assertThat(LegacyEncoding.decode(mojibake, ".VnTime")).isEqualTo(unicode);
        assertThat(LegacyEncoding.detect(mojibake)).isEqualTo(Charset.TCVN3);
        assertThat(LegacyEncoding.decode(mojibake, "Arial")).isEqualTo(unicode);
        assertThat(LegacyEncoding.decode(mojibake, null)).isEqualTo(unicode);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Döï aùn 1                | Dự án 1",
            "Tieåu döï aùn 2          | Tiểu dự án 2",
            "Hoä ngheøo               | Hộ nghèo",
            "Phaân boå                | Phân bổ",
            "Giaûi ngaân              | Giải ngân",
            "Ñôn vò tính: Trieäu ñoàng | Đơn vị tính: Triệu đồng",
            "DÖÏ AÙN 1                | DỰ ÁN 1",
            "TOÅNG COÄNG              | TỔNG CỘNG",
    })
    void vniMojibakeIsDecodedFromTheFontAndFromTheTextAlone(String mojibake, String unicode) {
        assertThat(LegacyEncoding.decode(mojibake, "VNI-Times")).isEqualTo(unicode);
        assertThat(LegacyEncoding.detect(mojibake)).isEqualTo(Charset.VNI);
        assertThat(LegacyEncoding.decode(mojibake, "Calibri")).isEqualTo(unicode);
    }

    @Test
    void upperCaseFontTurnsLowerCaseCodesAndAsciiIntoCapitals() {
        assertThat(LegacyEncoding.decode("tæng céng", ".VnTimeH")).isEqualTo("TỔNG CỘNG");
        assertThat(LegacyEncoding.decode("dù ¸n 1", ".VnArialH")).isEqualTo("DỰ ÁN 1");
        assertThat(LegacyEncoding.decode("Tæng céng", ".VnTime")).isEqualTo("Tổng cộng");
    }

    // ------------------------------------------------------------------ conservative detection

    @ParameterizedTest
    @ValueSource(strings = {
            "", "STT", "Total 2024", "1.234,5", "Ghi chú", "Lào Cai", "Thái Bình", "Bình Thuận",
            "Tổng cộng", "Dự án 1", "Hà Nội", "Café", "Nội dung – chi tiết", "“Tiểu dự án”",
            "Mường Tè", "Thanh Hóa", "Hòa Bình", "Điện Biên", "Sơn La",
            "Lê Văn Tám", "Đà Nẵng", "Bà Rịa – Vũng Tàu", "Tỷ lệ (%)", "x", "3×4", "25 m²",
            "São Paulo", "Zürich", "Ñandú",
            // Unicode Vietnamese that only uses Latin-1 letters: the hardest to tell from mojibake
            "Chính sách", "Tây Ninh", "Yên Bái", "Hà Giang", "Tuyên Quang", "Trà Vinh", "Xã Tân Hòa", "Chi tiêu",
            "Ghi chú", "Tên", "Hoà Bình", "Toàn huyện", "Toàn tỉnh", "Khoá học", "Thuý", "Cà Mau", "Gia Lai",
            "Kon Tum", "Tây Giang", "Bình Phú", "Nhà", "Bể", "Công trình", "Người", "Lớp", "Mô hình", "Hộ",
            "Vốn", "Năm", "Dân tộc", "Miền núi", "Tài chính", "Hành chính", "Tiêu chí", "Thành phố", "Thôn Bản Công",
            "Mã đơn vị", "Vân Hồ", "Xuân Hòa", "Chiềng Sinh", "Sìn Hồ", "Mù Cang Chải", "Pá Tần", "Mường Nhé",
            "Nậm Pồ", "Sì Lở Lầu", "Dào San", "Mồ Sì San", "Vàng Ma Chải", "Tông Qua Lìn", "Hoang Thèn",
    })
    void unicodeAndAsciiTextIsUnicode(String text) {
        assertThat(LegacyEncoding.detect(text)).isEqualTo(Charset.UNICODE);
        assertThat(LegacyEncoding.decode(text, null)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Chính sách", "Tây Ninh", "Yên Bái", "Hà Giang", "Tuyên Quang", "Trà Vinh", "Xã Tân Hòa", "Chi tiêu",
            "Tên", "Hoà Bình", "Toàn huyện", "Toàn tỉnh", "Khoá học", "Cà Mau", "Nhà",
            "Công trình", "Người", "Mô hình", "Năm", "Dân tộc", "Miền núi", "Mã đơn vị",
            "Mường Nhé", "Nậm Pồ", "Sì Lở Lầu", "Tổng số", "Giải ngân", "Kế hoạch", "Đầu tư", "Sự nghiệp",
            "Việc làm", "Y tế", "Giáo dục", "Nhà ở", "Thông tin", "Nước sinh hoạt", "Số hộ thiếu hụt",
    })
    void shortLegacyLabelsAreDetected(String label) {
        assertThat(LegacyEncoding.decode(encodeTcvn3(label), null)).isEqualTo(label);
        assertThat(LegacyEncoding.decode(encodeVni(label), null)).isEqualTo(label);
    }

    /** Words whose TCVN3 bytes also spell a real word in Unicode: alone, only the font can tell. */
    @ParameterizedTest
    @CsvSource({"Ghi chú, Ghi chó", "Bể, BÓ", "Lớp, Líp", "Hộ, Hé", "Vốn, Vèn"})
    void tcvn3WordsThatSpellAnotherWordAreLeftAloneWithoutTheFont(String unicode, String tcvn3) {
        assertThat(encodeTcvn3(unicode)).isEqualTo(tcvn3);
        assertThat(LegacyEncoding.detect(tcvn3)).isEqualTo(Charset.UNICODE);
        assertThat(LegacyEncoding.decode(tcvn3, ".VnTime")).isEqualTo(unicode);
    }

    @Test
    void decomposedUnicodeIsUnicodeAndComesBackComposed() {
        String nfd = Normalizer.normalize("Dự án 1", Normalizer.Form.NFD);
        assertThat(LegacyEncoding.detect(nfd)).isEqualTo(Charset.UNICODE);
        assertThat(LegacyEncoding.decode(nfd, null)).isEqualTo("Dự án 1");
    }

    @Test
    void unicodeTextLeftInALegacyFontIsNotDecodedTwice() {
        assertThat(LegacyEncoding.decode("Dự án 1", ".VnTime")).isEqualTo("Dự án 1");
        assertThat(LegacyEncoding.decode("Tiểu dự án 2", "VNI-Times")).isEqualTo("Tiểu dự án 2");
    }

    @Test
    void punctuationOutsideTheLegacyRangePassesThrough() {
        assertThat(LegacyEncoding.decode("Dù ¸n 1 – “chi tiÕt”", ".VnTime")).isEqualTo("Dự án 1 – “chi tiết”");
        assertThat(LegacyEncoding.toUnicode(null, Charset.TCVN3)).isNull();
        assertThat(LegacyEncoding.decode(null, ".VnTime")).isNull();
    }

    // ------------------------------------------------------------------ fonts

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            ".VnTime, TCVN3", ".VnTimeH, TCVN3", ".VnArial, TCVN3", ".VnArialH, TCVN3",
            ".VnArial Narrow, TCVN3", ".VnCentury Schoolbook, TCVN3", "' .vntime ', TCVN3",
            "VNI-Times, VNI", "VNI-Helve, VNI", "VNI-Helve-Condense, VNI", "vni-times, VNI", "VNI Times, VNI",
            "Times New Roman, UNICODE", "Arial, UNICODE", "Calibri, UNICODE", "VNIX, UNICODE",
            "'', UNICODE", "NULL, UNICODE", ".Vn, UNICODE",
    })
    void fontNamesTellTheCharset(String font, Charset expected) {
        assertThat(LegacyEncoding.fromFontName(font)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            ".VnTimeH, true", ".VnArialH, true", ".VnArial NarrowH, true",
            ".VnTime, false", ".VnArial, false", "VNI-Times, false", "NULL, false", "Arial, false",
    })
    void upperCaseTcvn3FontsAreRecognized(String font, boolean upper) {
        assertThat(LegacyEncoding.isUpperCaseFont(font)).isEqualTo(upper);
    }
}
