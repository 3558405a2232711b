package vn.ntp.warehouse.extract.workbook;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast number parser agrees with the JDK bit for bit. */
class NumberTextTest {

    private static double parse(String text) {
        return NumberText.parse(text.toCharArray(), text.length());
    }

    @Test
    void agreesWithTheJdkOnWhatWritersProduce() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextInt(100_000_000);
                case 1 -> Math.round(random.nextDouble() * 1e9) / 100.0;
                case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
                default -> Double.longBitsToDouble(random.nextLong());
            };
            String text = Double.toString(value);
            if (Double.isNaN(value) || Double.isInfinite(value)) continue;
            assertThat(Double.doubleToLongBits(parse(text))).as(text).isEqualTo(Double.doubleToLongBits(value));
            String plain = new java.math.BigDecimal(value).round(new java.math.MathContext(17)).toPlainString();
            assertThat(parse(plain)).as(plain).isEqualTo(Double.parseDouble(plain));
        }
    }

    @Test
    void textThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> parse("12a")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> parse("")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> parse("1.2.3")).isInstanceOf(NumberFormatException.class);
    }
}
