package vn.ntp.warehouse.reference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ntp.warehouse.text.Memo;
import vn.ntp.warehouse.text.VietnameseText;

/**
 * What a row label says about its place in a program: the project, sub-project and content
 * numbers it names ("1. Dự án 1", "TDA 2 (Dự án 4)", "Dự án 1 - Nội dung 2: Hỗ trợ nhà ở"), and the
 * folded text left once leading list numbering ("1.", "1.1", "a)", "II.") is dropped.
 * A number is {@code null} when the label does not name that level.
 */
record ProjectLabel(String project, String subproject, String content, String foldedText) {
    private static final Pattern NUMBERED = Pattern.compile(
            "\\b(tieu du an|tieu da|tda|du an|da|noi dung|nd)\\s?(?:so\\s?)?0*(\\d+)\\b");
    private static final Pattern LIST_NUMBERING = Pattern.compile("^(?:(?:\\d+|[ivx]+|[a-z])\\s)+");

    /** The same row labels come back in every file of a template. */
    private static final Memo<ProjectLabel> MEMO = new Memo<>(ProjectLabel::read, 10_000);

    static ProjectLabel parse(String label) {
        return MEMO.apply(label == null ? "" : label);
    }

    private static ProjectLabel read(String label) {
        String folded = VietnameseText.fold(label);
        String project = null;
        String subproject = null;
        String content = null;
        Matcher m = NUMBERED.matcher(folded);
        while (m.find()) {
            String number = m.group(2);
            switch (m.group(1)) {
                case "du an", "da" -> project = project == null ? number : project;
                case "tieu du an", "tieu da", "tda" -> subproject = subproject == null ? number : subproject;
                default -> content = content == null ? number : content;
            }
        }
        String text = LIST_NUMBERING.matcher(folded).replaceFirst("");
        return new ProjectLabel(project, subproject, content, text);
    }

    boolean namesANumber() {
        return project != null || subproject != null || content != null;
    }
}
