package vn.ntp.warehouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The run report's escaping and folded sections, as text. */
class HtmlTest {

    @Test
    void aFoldedSectionHasItsSummaryEscapedAndAnIdWhenGiven() {
        assertThat(Html.folded("Theo tỉnh (3)", false, "<p>x</p>"))
                .isEqualTo("<details><summary>Theo tỉnh (3)</summary><p>x</p></details>");
        assertThat(Html.folded("Đơn vị <chưa> nộp", true, ""))
                .isEqualTo("<details open><summary>Đơn vị &lt;chưa&gt; nộp</summary></details>");
        assertThat(Html.folded("run-files-section", "Các tệp của lần chạy này (1.234)", false, "<table></table>"))
                .isEqualTo("<details id=\"run-files-section\"><summary>Các tệp của lần chạy này (1.234)</summary><table></table></details>");
        assertThat(Html.folded("a\"b", "S", true, "")).isEqualTo("<details id=\"a&quot;b\" open><summary>S</summary></details>");
    }
}
