package vn.ntp.warehouse.report;

import java.util.List;
import java.util.Locale;

/** A horizontal bar chart as inline SVG: opens offline, needs no script. */
public final class SvgBarChart {
    public record Bar(String label, double value, String valueText) {
    }

    private SvgBarChart() {
    }

    public static String render(String title, List<Bar> bars) {
        int rowHeight = 22;
        int labelWidth = 260;
        int barWidth = 380;
        int height = 30 + rowHeight * Math.max(1, bars.size());
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
                labelWidth + barWidth + 120, height, Html.escape(title)));
        svg.append("<text x=\"0\" y=\"16\" class=\"chart-title\">").append(Html.escape(title)).append("</text>");
        int y = 30;
        for (Bar bar : bars) {
            double w = max <= 0 ? 0 : bar.value() / max * barWidth;
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"label\">%s</text>", y + 15, Html.escape(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\"/>", labelWidth, y + 2, w));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>", labelWidth + w + 6, y + 15, Html.escape(bar.valueText())));
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }
}
