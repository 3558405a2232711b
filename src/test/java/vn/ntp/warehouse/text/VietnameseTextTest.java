package vn.ntp.warehouse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tiểu dự án 2:        | tieu du an 2",
            "TIEU DU AN 2         | tieu du an 2",
            "tiểu  dự án 2        | tieu du an 2",
            "Đơn vị tính: Triệu đồng | don vi tinh trieu dong",
            "Tỷ lệ giải ngân (%)  | ty le giai ngan %",
            "Biểu số 01/GNBV      | bieu so 01 gnbv",
            "NS Trung ương        | ns trung uong",
            "Bieu01               | bieu01",
            "'  -STT-  '          | stt",
            "3=4+5                | 3 4 5",
    })
    void labelsFold(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    /** The ASCII fast path gives what the general path gives. */
    @ParameterizedTest
    @ValueSource(strings = {
            "", " ", "STT", "  Du an 1: Ho tro  ", "TDA 2", "Tieu DA2", "1.1", "(1.250)", "30,43%", "A+B", "a_b",
            "Bieu01", "BM-01", "x", "\t\nTong cong\t", "!!!", "%", "100 %", "Sheet1", "NSDP / NSTW",
    })
    void asciiFoldMatchesTheGeneralFold(String text) {
        assertThat(VietnameseText.fold(text)).isEqualTo(referenceFold(text));
    }

    /** The per-character table gives what the definition gives, on every name of the unit master. */
    @Test
    void tableFoldEqualsTheDefinitionOnEveryUnitName() throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("jobs/reference/units/units.csv"))) {
            String name = line.split(",")[2];
            assertThat(VietnameseText.fold(name)).as(name).isEqualTo(VietnameseText.foldSlowly(name));
        }
        for (String text : new String[] {"Thành phố  Hồ Chí Minh!", "Xã Ea H'Leo", "TỈNH ĐẮK LẮK", "Ḿ e\u0301 50%", "", "Dù ¸n 1"}) {
            assertThat(VietnameseText.fold(text)).isEqualTo(VietnameseText.foldSlowly(text));
        }
    }

    @Test
    void slugIsTheFoldedTextWithDashes() {
        assertThat(VietnameseText.slug("6 tháng đầu năm 2024")).isEqualTo("6-thang-dau-nam-2024");
        assertThat(VietnameseText.slug(" Huyện Phong Thổ, (Lai Châu) ")).isEqualTo("huyen-phong-tho-lai-chau");
        assertThat(VietnameseText.slug(null)).isEmpty();
    }

    @Test
    void cleanCollapsesSpacesAndComposes() {
        String nfd = Normalizer.normalize("Dự án 1", Normalizer.Form.NFD);
        assertThat(VietnameseText.clean("  " + nfd + "\u00A0\u00A0 ghi   chú ")).isEqualTo("Dự án 1 ghi chú");
        assertThat(VietnameseText.clean(null)).isEmpty();
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    /** The fast paths of clean (text returned as it is) and fold (a table, a buffer) give what the definitions give. */
    @Test
    void cleanEqualsTheDefinitionOnTrickyTexts() throws java.io.IOException {
        String[] parts = {"Dự án", " ", "  ", "\u00A0", "\t", "\n", "e\u0301", "\u0301", "Ấp", "Ḿ", "\u2000", "\u2007",
                "\u202F", "–", "“x”", "ǅ", "ǆǆ", "Ǳ", "ß", "\u0001", "Ω", "\u2126", "ắ", "A", "1,5", "ờ", "ﬁ"};
        java.util.Random random = new java.util.Random(20261204);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) text.append(parts[random.nextInt(parts.length)]);
            assertThat(VietnameseText.clean(text.toString())).as(text.toString()).isEqualTo(referenceClean(text.toString()));
            assertThat(VietnameseText.fold(text.toString())).as(text.toString()).isEqualTo(VietnameseText.foldSlowly(text.toString()));
        }
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("jobs/reference/units/units.csv"))) {
            assertThat(VietnameseText.clean(line)).isEqualTo(referenceClean(line));
        }
    }

    /** What the fast paths of NFC rely on (Nfc.staysComposed): any sequence of these characters is NFC (pair by pair). */
    @Test
    void latinAndComposedVietnameseLettersStayNfcInAnyOrder() {
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (Nfc.staysComposed(c) && !Character.isSurrogate(c)) chars.append(c);
        }
        assertThat(chars.length()).isEqualTo(0x300 + 0x100);
        for (int i = 0; i < chars.length(); i++) {
            for (int j = 0; j < chars.length(); j++) {
                String pair = "" + chars.charAt(i) + chars.charAt(j);
                if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) throw new AssertionError("not NFC: " + pair);
            }
        }
    }

    @Test
    void labelPrefixesMatch() {
        List<String> prefixes = List.of("du an", "bieu");
        assertThat(LabelMatcher.startsWithAny("bieu01", prefixes)).isTrue();
        assertThat(LabelMatcher.startsWithAny("du an 1", prefixes)).isTrue();
        assertThat(LabelMatcher.startsWithAny("tieu du an 1", prefixes)).isFalse();
        assertThat(LabelMatcher.startsWithAny(null, prefixes)).isFalse();
        assertThat(LabelMatcher.startsWithWordsAny("du an 1", prefixes)).isTrue();
        assertThat(LabelMatcher.startsWithWordsAny("du an", prefixes)).isTrue();
        assertThat(LabelMatcher.startsWithWordsAny("bieu01", prefixes)).isFalse();
        assertThat(LabelMatcher.startsWithWordsAny("du and", prefixes)).isFalse();
    }

    private static String referenceClean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        return s.replaceAll("[\\p{javaWhitespace}\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    private static String referenceFold(String text) {
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
    }
}
