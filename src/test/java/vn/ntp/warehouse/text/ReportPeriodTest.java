package vn.ntp.warehouse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTest {

    /** text | year | type | label | start | end */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kỳ báo cáo: 6 tháng đầu năm 2024 | 2024 | half        | 6 tháng đầu năm 2024  | 2024-01-01 | 2024-06-30",
            "6 tháng đầu năm 2024             | 2024 | half        | 6 tháng đầu năm 2024  | 2024-01-01 | 2024-06-30",
            "6 tháng năm 2024                 | 2024 | half        | 6 tháng đầu năm 2024  | 2024-01-01 | 2024-06-30",
            "6 THÁNG ĐẦU NĂM 2024             | 2024 | half        | 6 tháng đầu năm 2024  | 2024-01-01 | 2024-06-30",
            "6 thang dau nam 2024             | 2024 | half        | 6 tháng đầu năm 2024  | 2024-01-01 | 2024-06-30",
            "Sáu tháng đầu năm 2024           | 2024 | half        | 6 tháng đầu năm 2024  | 2024-01-01 | 2024-06-30",
            "6 tháng cuối năm 2024            | 2024 | half        | 6 tháng cuối năm 2024 | 2024-07-01 | 2024-12-31",
            "Năm 2022                         | 2022 | year        | Năm 2022              | 2022-01-01 | 2022-12-31",
            "năm 2022                         | 2022 | year        | Năm 2022              | 2022-01-01 | 2022-12-31",
            "NAM 2022                         | 2022 | year        | Năm 2022              | 2022-01-01 | 2022-12-31",
            "Cả năm 2024                      | 2024 | year        | Năm 2024              | 2024-01-01 | 2024-12-31",
            "Kỳ báo cáo: Năm 2022             | 2022 | year        | Năm 2022              | 2022-01-01 | 2022-12-31",
            "Kỳ báo cáo: 2023                 | 2023 | year        | Năm 2023              | 2023-01-01 | 2023-12-31",
            "Quý III/2024                     | 2024 | quarter     | Quý III/2024          | 2024-07-01 | 2024-09-30",
            "Quý 3 năm 2024                   | 2024 | quarter     | Quý III/2024          | 2024-07-01 | 2024-09-30",
            "quy 3/2024                       | 2024 | quarter     | Quý III/2024          | 2024-07-01 | 2024-09-30",
            "QUÝ IV NĂM 2023                  | 2023 | quarter     | Quý IV/2023           | 2023-10-01 | 2023-12-31",
            "Quý I/2025                       | 2025 | quarter     | Quý I/2025            | 2025-01-01 | 2025-03-31",
            "Quý II - 2025                    | 2025 | quarter     | Quý II/2025           | 2025-04-01 | 2025-06-30",
            "9 tháng năm 2023                 | 2023 | nine_months | 9 tháng năm 2023      | 2023-01-01 | 2023-09-30",
            "9 tháng đầu năm 2023             | 2023 | nine_months | 9 tháng năm 2023      | 2023-01-01 | 2023-09-30",
            "9 thang nam 2023                 | 2023 | nine_months | 9 tháng năm 2023      | 2023-01-01 | 2023-09-30",
            "Tháng 5/2024                     | 2024 | month       | Tháng 5/2024          | 2024-05-01 | 2024-05-31",
            "tháng 05 năm 2024                | 2024 | month       | Tháng 5/2024          | 2024-05-01 | 2024-05-31",
            "Tháng 2/2024                     | 2024 | month       | Tháng 2/2024          | 2024-02-01 | 2024-02-29",
            "Tháng 12 năm 2023                | 2023 | month       | Tháng 12/2023         | 2023-12-01 | 2023-12-31",
            "Kỳ báo cáo : tháng 5/2024        | 2024 | month       | Tháng 5/2024          | 2024-05-01 | 2024-05-31",
    })
    void periodTextsAreRead(String text, int year, String type, String label, LocalDate start, LocalDate end) {
        assertThat(ReportPeriod.parse(text)).contains(new ReportPeriod(year, type, label, start, end));
        assertThat(ReportPeriod.parse(label)).as("the canonical label reads back").contains(new ReportPeriod(year, type, label, start, end));
        if (!text.startsWith("Kỳ báo cáo: 2")) { // a bare year is a period only after its label
            assertThat(ReportPeriod.findInTitle("BÁO CÁO KẾT QUẢ " + text.toUpperCase())).map(ReportPeriod::periodLabel).contains(label);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "2024", "Dự án 1", "Tháng 13/2024", "Quý V/2024", "Quý 5/2024", "16 tháng năm 2024", "Năm", "năm 24",
            "Việt Nam 2024", "6 tháng đầu năm", "Kỳ báo cáo:", "Năm 2024 và kế hoạch năm 2025", "Kỳ báo cáo: 2024/2025",
    })
    void otherTextsAreNotPeriods(String text) {
        assertThat(ReportPeriod.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KẾT QUẢ PHÂN BỔ, GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2024 | Năm 2024",
            "KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024                                      | 6 tháng đầu năm 2024",
            "Báo cáo kết quả thực hiện 9 tháng đầu năm 2023 và kế hoạch quý IV/2023      | 9 tháng năm 2023",
            "TÌNH HÌNH THỰC HIỆN QUÝ III/2024                                             | Quý III/2024",
            "ket qua giai ngan von nam 2022                                               | Năm 2022",
            "KẾT QUẢ RÀ SOÁT HỘ NGHÈO CẢ NĂM 2023                                         | Năm 2023",
    })
    void periodPhrasesAreFoundInTitles(String title, String label) {
        assertThat(ReportPeriod.findInTitle(title)).map(ReportPeriod::periodLabel).contains(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KẾT QUẢ PHÂN BỔ, GIẢI NGÂN VỐN ... NĂM 2024                                          | 2024",
            "KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024                                              | 2024",
            "CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2021-2025, NĂM 2023                  | 2023",
            "Theo Thông tư 10/2022/TT-BLĐTBXH, kết quả năm 2024                                    | 2024",
            "BÁO CÁO KẾT QUẢ GIẢI NGÂN 2024                                                       | 2024",
            "BIỂU TỔNG HỢP - Quý III/2024                                                          | 2024",
    })
    void titlesNameTheirYear(String title, int year) {
        assertThat(ReportPeriod.findYear(title)).contains(year);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "KẾT QUẢ PHÂN BỔ, GIẢI NGÂN VỐN",
            "CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2021-2025",
            "Theo Thông tư 10/2022/TT-BLĐTBXH",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số liệu 2023 so với 2024",
    })
    void titlesWithoutOneYearHaveNone(String title) {
        assertThat(ReportPeriod.findYear(title)).isEmpty();
    }

    @Test
    void factoriesBuildTheCanonicalPeriods() {
        assertThat(ReportPeriod.quarter(2024, 1).endDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(ReportPeriod.quarter(2024, 2).periodLabel()).isEqualTo("Quý II/2024");
        assertThat(ReportPeriod.month(2023, 2).endDate()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(ReportPeriod.secondHalf(2024).startDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(ReportPeriod.PERIOD_TYPES).containsExactlyInAnyOrder("year", "half", "quarter", "nine_months", "month");
        assertThatThrownBy(() -> ReportPeriod.quarter(2024, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportPeriod(2024, "week", "x", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
