package vn.ntp.warehouse.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.reference.DeprivationIndicators.Indicator;

class DeprivationIndicatorsTest {
    private static DeprivationIndicators indicators;

    @BeforeAll
    static void load() {
        indicators = DeprivationIndicators.load(Path.of("jobs/reference"));
    }

    @Test
    void theTwelveIndicatorsOfDecree07AreCatalogued() {
        assertThat(indicators.all()).extracting(Indicator::code).containsExactly(
                "1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2");
        assertThat(indicators.byCode("6.2").orElseThrow().nameVi()).isEqualTo("Phương tiện phục vụ tiếp cận thông tin");
        assertThat(indicators.byCode("2.2").orElseThrow().dimensionNameVi()).isEqualTo("Y tế");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(nullValues = "null", value = {
            "'1.1 Việc làm', 1.1",
            "'Việc làm', 1.1",
            "'BHYT', 2.2",
            "'Bảo hiểm y tế', 2.2",
            "'bao hiem y te', 2.2",
            "'4.2. Diện tích nhà ở bình quân đầu người', 4.2",
            "'5.2', 5.2",
            "'Thiếu hụt nguồn nước sinh hoạt', 5.1",
            "'Tình trạng đi học của trẻ em', 3.2",
            "'Thu nhập', null",
    })
    void labelsMatchTheirIndicator(String label, String expected) {
        assertThat(indicators.match(label).map(Indicator::code).orElse(null)).isEqualTo(expected);
    }
}
