package vn.ntp.warehouse.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.ntp.warehouse.text.VietnameseText;

/**
 * What a reporting-unit text says, split into named units: the unit itself first, then the
 * parents it names. "UBND xã Ma Li Pho, huyện Phong Thổ" gives [xã "ma li pho"], [huyện "phong tho"].
 */
record UnitText(List<NamedUnit> parts) {

    /** A unit as the text names it: its index key, its folded form with the type word, the type words, and the text as typed. */
    record NamedUnit(String nameKey, String foldedWithType, Set<String> types, String typed) {
    }

    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;()–—]|\\s-\\s?|-\\s)\\s*");
    /** Level words inside one piece without punctuation: "Huyện Phong Thổ tỉnh Lai Châu". */
    private static final Pattern INNER_PARENT_WORDS = Pattern.compile(
            "(?<=\\S)\\s+(?=(?:tỉnh|thành phố|huyện|quận|thị xã|TP\\.?|TX\\.?)\\s)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PREAMBLE = Pattern.compile(
            "^(?:đơn vị báo cáo\\s*:?\\s*|đơn vị\\s*:\\s*|ubnd\\s+|ủy ban nhân dân\\s+|uỷ ban nhân dân\\s+)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEADING_ZEROS = Pattern.compile("\\b0+(\\d)");

    /** Folded type words, longest first, and the unit types each allows. */
    private static final List<Map.Entry<String, Set<String>>> TYPE_WORDS = List.of(
            Map.entry("thanh pho", Set.of("Thành phố")),
            Map.entry("thi tran", Set.of("Thị trấn")),
            Map.entry("thi xa", Set.of("Thị xã")),
            Map.entry("dac khu", Set.of("Đặc khu")),
            Map.entry("tinh", Set.of("Tỉnh")),
            Map.entry("huyen", Set.of("Huyện")),
            Map.entry("quan", Set.of("Quận")),
            Map.entry("phuong", Set.of("Phường")),
            Map.entry("xa", Set.of("Xã")),
            Map.entry("tp", Set.of("Thành phố")),
            Map.entry("tx", Set.of("Thị xã")),
            Map.entry("tt", Set.of("Thị trấn")));
    private static final Map<String, String> NAME_ABBREVIATIONS = Map.of("hcm", "ho chi minh", "hn", "ha noi");

    static UnitText parse(String text) {
        String cleaned = PREAMBLE.matcher(VietnameseText.clean(text)).replaceFirst("");
        List<NamedUnit> parts = new ArrayList<>();
        for (String piece : SEPARATORS.split(cleaned)) {
            for (String inner : INNER_PARENT_WORDS.split(piece)) {
                String unit = PREAMBLE.matcher(inner.strip()).replaceFirst("");
                if (!VietnameseText.fold(unit).isEmpty()) parts.add(named(unit));
            }
        }
        return new UnitText(List.copyOf(parts));
    }

    static NamedUnit named(String text) {
        String folded = VietnameseText.fold(text);
        for (var type : TYPE_WORDS) {
            String word = type.getKey();
            if (folded.startsWith(word + " ") && folded.length() > word.length() + 1) {
                return new NamedUnit(nameKey(folded.substring(word.length() + 1)), folded, type.getValue(), text);
            }
        }
        return new NamedUnit(nameKey(folded), folded, Set.of(), text);
    }

    /** The index key of a folded name without type word: leading zeros of numbers dropped ("05" is "5"). */
    static String nameKey(String foldedBareName) {
        String key = foldedBareName.indexOf('0') < 0 ? foldedBareName : LEADING_ZEROS.matcher(foldedBareName).replaceAll("$1");
        return NAME_ABBREVIATIONS.getOrDefault(key, key);
    }

    /** Looser key for spelling variants of the same sound: "Ma Li Pho" and "Ma Ly Pho". */
    static String looseKey(String nameKey) {
        return nameKey.replace('y', 'i');
    }
}
