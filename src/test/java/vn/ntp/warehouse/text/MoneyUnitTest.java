package vn.ntp.warehouse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyUnitTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Đơn vị tính: Triệu đồng      | TRIEU_DONG",
            "Đơn vị tính: triệu đồng      | TRIEU_DONG",
            "ĐVT: nghìn đồng              | NGHIN_DONG",
            "Đvt: đồng                    | DONG",
            "(Đơn vị: Tr.đồng)            | TRIEU_DONG",
            "triệu VNĐ                    | TRIEU_DONG",
            "Tr.đ                         | TRIEU_DONG",
            "Trđ                          | TRIEU_DONG",
            "1.000 đồng                   | NGHIN_DONG",
            "1.000đ                       | NGHIN_DONG",
            "Đơn vị tính: 1.000.000 đồng  | TRIEU_DONG",
            "1000 đồng                    | NGHIN_DONG",
            "Tỷ đồng                      | TY_DONG",
            "Tỉ đồng                      | TY_DONG",
            "Triệu đồng                   | TRIEU_DONG",
            "Nghìn đồng                   | NGHIN_DONG",
            "ngàn đồng                    | NGHIN_DONG",
            "Đồng                         | DONG",
            "VNĐ                          | DONG",
            "đồng Việt Nam                | DONG",
            "Don vi tinh: Trieu dong      | TRIEU_DONG",
            "DVT: nghin dong              | NGHIN_DONG",
            "DON VI TINH: DONG            | DONG",
            "ĐƠN VỊ TÍNH: TRIỆU ĐỒNG      | TRIEU_DONG",
            "Đơn vị tính : Triệu          | TRIEU_DONG",
            "ĐVT: Tr.đ                    | TRIEU_DONG",
            "ĐVT: Tr                      | TRIEU_DONG",
            "Đơn vị tính: Triệu đồng; tỷ lệ: % | TRIEU_DONG",
            "Đơn vị tiền: nghìn đồng      | NGHIN_DONG",
            "\u00A0Đơn  vị tính:\u00A0Đồng  | DONG",
    })
    void unitLabelsAreRecognized(String label, MoneyUnit unit) {
        assertThat(MoneyUnit.parse(label)).contains(unit);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "ĐVT", "ĐVT: Nhà", "Đơn vị tính: Người", "Đơn vị báo cáo: Huyện Phong Thổ", "Dự án 1", "Tỷ lệ (%)",
            "Tỷ lệ giải ngân", "1.000", "Tr", "1.234 đồng", "10 đồng", "Đồng Nai", "Tổng cộng", "Triệu đồng/năm",
            "Kỳ báo cáo: Năm 2024", "   ",
    })
    void otherTextIsNotAUnit(String label) {
        assertThat(MoneyUnit.parse(label)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DONG       | 5000000     | 5",
            "DONG       | 1           | 0.000001",
            "DONG       | 213621      | 0.213621",
            "NGHIN_DONG | 213621,9    | 213.6219",
            "NGHIN_DONG | 2041        | 2.041",
            "TRIEU_DONG | 10618       | 10618",
            "TRIEU_DONG | 0,5         | 0.5",
            "TY_DONG    | 12,5        | 12500",
            "TY_DONG    | 1           | 1000",
            "DONG       | -1250000    | -1.25",
    })
    void amountsConvertExactlyToMillions(MoneyUnit unit, String amount, BigDecimal millions) {
        BigDecimal value = new BigDecimal(amount.replace(',', '.'));
        assertThat(unit.toMillion(value)).isEqualByComparingTo(millions);
        assertThat(unit.toMillion(value).scale()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void conversionIsExactForEveryDigit() {
        BigDecimal dong = new BigDecimal("45632742001");
        assertThat(MoneyUnit.DONG.toMillion(dong)).isEqualTo(new BigDecimal("45632.742001"));
        assertThat(MoneyUnit.NGHIN_DONG.toMillion(new BigDecimal("0.001"))).isEqualTo(new BigDecimal("0.000001"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5000000000 | DONG",
            "10000000   | DONG",
            "9999999    | NGHIN_DONG",
            "350000     | NGHIN_DONG",
            "100000     | NGHIN_DONG",
            "99999      | TRIEU_DONG",
            "10618      | TRIEU_DONG",
            "616        | TRIEU_DONG",
            "0.5        | TRIEU_DONG",
            "-20000000  | DONG",
    })
    void magnitudeGuessesTheUnit(BigDecimal magnitude, MoneyUnit unit) {
        assertThat(MoneyUnit.guessFromMagnitude(magnitude)).isEqualTo(unit);
    }

    @Test
    void guessFromValuesUsesTheMedianOfNonZeroMagnitudes() {
        List<BigDecimal> commune = List.of(bd("0"), bd("250000000"), bd("-80000000"), bd("1200000000"), bd("0"));
        List<BigDecimal> district = List.of(bd("10618"), bd("7688"), bd("3030"), bd("0"), bd("2041"), bd("616"));
        assertThat(MoneyUnit.guessFromValues(commune)).contains(MoneyUnit.DONG);
        assertThat(MoneyUnit.guessFromValues(district)).contains(MoneyUnit.TRIEU_DONG);
        assertThat(MoneyUnit.guessFromValues(List.of(bd("0"), bd("0")))).isEmpty();
        assertThat(MoneyUnit.guessFromValues(List.of())).isEmpty();
    }

    @Test
    void labelsAreVietnamese() {
        assertThat(List.of(MoneyUnit.values()).stream().map(MoneyUnit::labelVi))
                .containsExactly("Đồng", "Nghìn đồng", "Triệu đồng", "Tỷ đồng");
        for (MoneyUnit unit : MoneyUnit.values()) assertThat(MoneyUnit.parse(unit.labelVi())).contains(unit);
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
