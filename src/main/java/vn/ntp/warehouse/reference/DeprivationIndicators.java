package vn.ntp.warehouse.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ntp.warehouse.text.VietnameseText;

/** The 12 deprivation indicators 1.1 … 6.2 of Nghị định 07/2021/NĐ-CP, from {@code deprivation_indicators.csv}. */
public final class DeprivationIndicators {
    public static final String FILE_NAME = "deprivation_indicators.csv";
    /** "1.1", "1.1.", "1.1 Việc làm", "1,1 - Việc làm": the code at the start of a label. */
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*([1-6])\\s*[.,]\\s*([12])(?![0-9])[.)]?\\s*(.*)$");

    public record Indicator(String code, String dimensionCode, String dimensionNameVi, String nameVi,
                            List<String> aliases) {
        public Indicator {
            aliases = List.copyOf(aliases);
        }
    }

    private final List<Indicator> all;
    private final Map<String, Indicator> byCode = new HashMap<>();
    private final Map<String, Indicator> byFoldedName = new HashMap<>();

    private DeprivationIndicators(List<Indicator> indicators) {
        for (Indicator indicator : indicators) {
            byCode.put(indicator.code(), indicator);
            List<String> names = new ArrayList<>(indicator.aliases());
            names.add(indicator.nameVi());
            for (String name : names) byFoldedName.putIfAbsent(VietnameseText.fold(name), indicator);
        }
        this.all = List.copyOf(indicators);
    }

    public static DeprivationIndicators load(Path referenceDir) {
        var table = ReferenceCsv.read(referenceDir.resolve(FILE_NAME),
                "indicator_code", "dimension_code", "dimension_name_vi", "indicator_name_vi", "aliases");
        return new DeprivationIndicators(table.rows().stream().map(r -> new Indicator(table.value(r, "indicator_code"),
                table.value(r, "dimension_code"), table.value(r, "dimension_name_vi"), table.value(r, "indicator_name_vi"),
                ReferenceCsv.splitAliases(table.value(r, "aliases")))).toList());
    }

    public List<Indicator> all() {
        return all;
    }

    public Optional<Indicator> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The indicator a row label names: by its leading code ("1.1 Việc làm", "2.2.") or, without
     * one, by name or alias ("Việc làm", "BHYT", "Bảo hiểm y tế"), diacritics and case ignored.
     */
    public Optional<Indicator> match(String label) {
        if (label == null) return Optional.empty();
        String text = VietnameseText.clean(label);
        Matcher m = LEADING_CODE.matcher(text);
        if (m.matches()) {
            Indicator byNumber = byCode.get(m.group(1) + "." + m.group(2));
            if (byNumber != null) return Optional.of(byNumber);
            text = m.group(3);
        }
        String folded = VietnameseText.fold(text);
        Indicator byName = byFoldedName.get(folded);
        if (byName == null && folded.startsWith("thieu hut ")) byName = byFoldedName.get(folded.substring(10));
        return Optional.ofNullable(byName);
    }
}
