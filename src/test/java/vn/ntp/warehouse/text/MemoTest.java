package vn.ntp.warehouse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void computesEachTextOnceAndGivesTheFunctionsValue() {
        List<String> computed = new ArrayList<>();
        Memo<String> memo = new Memo<>(t -> {
            computed.add(t);
            return VietnameseText.fold(t);
        }, 100);
        assertThat(memo.apply("Tiểu dự án 2:")).isEqualTo("tieu du an 2");
        assertThat(memo.apply("Tiểu dự án 2:")).isEqualTo("tieu du an 2");
        assertThat(memo.apply("TIEU DU AN 2")).isEqualTo("tieu du an 2");
        assertThat(computed).containsExactly("Tiểu dự án 2:", "TIEU DU AN 2");
    }

    @Test
    void startsAgainEmptyWhenFull() {
        List<String> computed = new ArrayList<>();
        Memo<Integer> memo = new Memo<>(t -> {
            computed.add(t);
            return t.length();
        }, 2);
        memo.apply("a");
        memo.apply("bb");
        memo.apply("ccc"); // full: forgets a and bb
        assertThat(memo.apply("a")).isEqualTo(1);
        assertThat(computed).containsExactly("a", "bb", "ccc", "a");
    }

    @Test
    void titlesGiveTheSamePeriodEveryTime() {
        Optional<ReportPeriod> first = ReportPeriod.findInTitle("BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024");
        assertThat(first).isPresent();
        assertThat(first.get().year()).isEqualTo(2024);
        assertThat(ReportPeriod.findInTitle("BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024")).isEqualTo(first);
        assertThat(ReportPeriod.findInTitle(null)).isEmpty();
    }
}
