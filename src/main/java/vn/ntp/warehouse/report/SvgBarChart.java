package vn.ntp.warehouse.report;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG: opens offline, needs no script or font. Each bar carries its
 * label and value as {@code data-label}/{@code data-value} (for tests and for copying), a long label is
 * shortened on screen and kept whole in its tooltip ({@code <title>}).
 */
public final class SvgBarChart {

    /** One bar; {@code cssClass} colours it (bar, bar-error, bar-warning, bar-info, bar-good, bar-late). */
    public record Bar(String label, double value, String valueText, String cssClass) {
        public Bar(String label, double value, String valueText) {
            this(label, value, valueText, "bar");
        }
    }

    private static final int ROW_HEIGHT = 22;
    private static final int LABEL_WIDTH = 360;
    private static final int BAR_WIDTH = 420;
    private static final int MAX_LABEL_CHARS = 58;

    private SvgBarChart() {
    }

    /** Bars scaled to the largest value. */
    public static String render(String id, String title, List<Bar> bars) {
        return render(id, title, bars, 0);
    }

    /** Bars scaled to {@code scaleMax} or the largest value, whichever is larger (100 for percentages). */
    public static String render(String id, String title, List<Bar> bars, double scaleMax) {
        int height = 30 + ROW_HEIGHT * Math.max(1, bars.size());
        double max = Math.max(scaleMax, bars.stream().mapToDouble(Bar::value).max().orElse(0));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" class=\"chart\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                Html.escape(id), LABEL_WIDTH + BAR_WIDTH + 110, height, LABEL_WIDTH + BAR_WIDTH + 110, height, Html.escape(title)));
        svg.append("<text x=\"0\" y=\"16\" class=\"chart-title\">").append(Html.escape(title)).append("</text>");
        if (bars.isEmpty()) {
            svg.append("<text x=\"0\" y=\"44\" class=\"empty\">Không có số liệu</text>");
        }
        if (scaleMax > 0) {
            svg.append(String.format(Locale.ROOT, "<line class=\"scale\" x1=\"%d\" y1=\"24\" x2=\"%d\" y2=\"%d\"/>",
                    LABEL_WIDTH + BAR_WIDTH, LABEL_WIDTH + BAR_WIDTH, height));
        }
        int y = 30;
        for (Bar bar : bars) {
            double width = max <= 0 ? 0 : Math.max(0, bar.value()) / max * BAR_WIDTH;
            svg.append("<g><title>").append(Html.escape(bar.label() + ": " + bar.valueText())).append("</title>");
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"label\">%s</text>", y + 15,
                    Html.escape(shorten(bar.label()))));
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" data-label=\"%s\" data-value=\"%s\"/>",
                    Html.escape(bar.cssClass()), LABEL_WIDTH, y + 2, width, Html.escape(bar.label()),
                    Html.escape(plain(bar.value()))));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>",
                    LABEL_WIDTH + width + 6, y + 15, Html.escape(bar.valueText())));
            svg.append("</g>");
            y += ROW_HEIGHT;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
    }

    private static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return java.math.BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
