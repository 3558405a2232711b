package vn.ntp.warehouse.report;

/** HTML text escaping, and the folded section the run report uses for its long lists. */
public final class Html {
    private Html() {
    }

    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A {@code <details>} section: {@code summary} always shown, {@code content} when unfolded. */
    static String folded(String summary, boolean open, String content) {
        return folded(null, summary, open, content);
    }

    /** The same with an {@code id} (none when null), for a section that tests and links find. */
    static String folded(String id, String summary, boolean open, String content) {
        return "<details" + (id == null ? "" : " id=\"" + escape(id) + "\"") + (open ? " open" : "") + "><summary>" + escape(summary)
                + "</summary>" + content + "</details>";
    }
}
