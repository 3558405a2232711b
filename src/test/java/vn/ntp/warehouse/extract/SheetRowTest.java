package vn.ntp.warehouse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SheetRowTest {

    /** A number's text as typed (the lake's original_text): the integer fast path writes what BigDecimal writes. */
    @Test
    void plainWritesWhatBigDecimalWrites() {
        double[] numbers = {0, -0.0, 1, -1, 5.0, 1234.5, 0.1, 1e15, 1e15 - 1, -1e15 + 1, 999_999_999_999_999.0, 1e16, 123456789.123,
                2.5e-7, 28.2766, -4.25, 1e300, Double.MIN_VALUE, 12_500_000_000.0};
        for (double d : numbers) {
            assertThat(SheetRow.plain(d)).as("%s", d).isEqualTo(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
        }
        java.util.Random random = new java.util.Random(4);
        for (int i = 0; i < 10_000; i++) {
            double d = Math.rint(random.nextDouble() * 2e15 - 1e15) / (i % 3 == 0 ? 1 : 1000);
            assertThat(SheetRow.plain(d)).as("%s", d).isEqualTo(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
        }
    }
}
