package vn.ntp.warehouse.reference;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ntp.warehouse.text.Memo;
import vn.ntp.warehouse.text.VietnameseText;

/** Recognizes the program a report title is about; where both are named, the first one named wins. */
final class ProgramTitle {
    private record Marker(Pattern pattern, String programCode) {
    }

    private static final List<Marker> MARKERS = List.of(
            new Marker(Pattern.compile("\\bgiam ngheo ben vung\\b|\\bgnbv\\b|\\bmtqg ?gn\\b|\\bmtqggn\\b"), "GNBV"),
            new Marker(Pattern.compile("\\bdong bao dan toc thieu so\\b|\\bdan toc thieu so va mien nui\\b"
                    + "|\\bdtts\\b|\\b1719\\b"), "DTTS"));

    /** "Chương trình giảm nghèo" without "bền vững": the poverty program unless the other is named. */
    private static final Pattern WEAK_POVERTY_MARKER = Pattern.compile("\\bgiam ngheo\\b");

    private ProgramTitle() {
    }

    /** The same titles come back in every file of a template. */
    private static final Memo<Optional<String>> MEMO = new Memo<>(ProgramTitle::recognize, 10_000);

    static Optional<String> programOf(String titleText) {
        return MEMO.apply(titleText == null ? "" : titleText);
    }

    private static Optional<String> recognize(String titleText) {
        String folded = VietnameseText.fold(titleText);
        String program = null;
        int first = Integer.MAX_VALUE;
        for (Marker marker : MARKERS) {
            Matcher m = marker.pattern().matcher(folded);
            if (m.find() && m.start() < first) {
                first = m.start();
                program = marker.programCode();
            }
        }
        if (program == null && WEAK_POVERTY_MARKER.matcher(folded).find()) program = "GNBV";
        return Optional.ofNullable(program);
    }
}
