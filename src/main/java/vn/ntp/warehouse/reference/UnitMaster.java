package vn.ntp.warehouse.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import vn.ntp.warehouse.text.VietnameseText;

/**
 * The administrative units of {@code units/units.csv}: provinces, districts and communes of the list
 * before 1 July 2025 and of the list after it, each row one unit version ({@code code@valid_from}),
 * with the old-to-new commune mapping of {@code units/unit_successors.csv}.
 */
public final class UnitMaster {
    public static final String UNITS_FILE = "units/units.csv";
    public static final String SUCCESSORS_FILE = "units/unit_successors.csv";

    /** One unit version. {@code level} is tinh, huyen or xa; {@code validTo} is null while in force. */
    public record Unit(String unitKey, String code, String name, String type, String level, String parentCode,
                       String provinceCode, String provinceName, LocalDate validFrom, LocalDate validTo,
                       String successorCode) {

        public boolean validOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
        }

        /** The key of the parent version, in the same list; null for a province. */
        public String parentKey() {
            return parentCode.isEmpty() ? null : parentCode + "@" + validFrom;
        }
    }

    /** What a reporting-unit text resolves to. */
    public sealed interface MatchResult {
        /** One unit fits. It may belong to the other list when none of {@code asOf}'s list fits. */
        record Matched(Unit unit) implements MatchResult {
        }

        /** Several units fit and the text names no parent that tells them apart. */
        record Ambiguous(List<Unit> candidates) implements MatchResult {
        }

        /** No unit has that name, or none of those that have it lies in the parent the text names. */
        record NotFound(String unitText, List<Unit> sameNameElsewhere) implements MatchResult {
        }
    }

    private final Map<String, Unit> byKey;
    private final Map<String, List<Unit>> versionsByCode;
    private final Map<String, List<Unit>> byNameKey;
    private final Map<String, List<Unit>> byLooseNameKey;
    private final Map<String, List<Unit>> childrenByParentKey;
    private final Path successorFile;
    private volatile Map<String, List<String>> successorKeysByKey;

    private UnitMaster(List<Unit> units, Path successorFile) {
        this.byKey = new HashMap<>(units.size() * 2);
        this.versionsByCode = new HashMap<>(units.size() * 2);
        this.byNameKey = new HashMap<>(units.size() * 2);
        this.byLooseNameKey = new HashMap<>(units.size() * 2);
        this.childrenByParentKey = new HashMap<>(units.size());
        for (Unit u : units) {
            if (byKey.put(u.unitKey(), u) != null) throw new IllegalStateException("Duplicate unit_key " + u.unitKey());
            versionsByCode.computeIfAbsent(u.code(), k -> new ArrayList<>(2)).add(u);
            String nameKey = UnitText.named(u.name()).nameKey();
            byNameKey.computeIfAbsent(nameKey, k -> new ArrayList<>(2)).add(u);
            byLooseNameKey.computeIfAbsent(UnitText.looseKey(nameKey), k -> new ArrayList<>(2)).add(u);
            if (u.parentKey() != null) childrenByParentKey.computeIfAbsent(u.parentKey(), k -> new ArrayList<>()).add(u);
        }
        this.successorFile = successorFile;
    }

    /** Reads {@code units/units.csv} and {@code units/unit_successors.csv} under the reference directory. */
    public static UnitMaster load(Path referenceDir) {
        var table = ReferenceCsv.read(referenceDir.resolve(UNITS_FILE), "unit_key", "unit_code", "unit_name",
                "unit_type", "unit_level", "parent_code", "province_code", "province_name", "valid_from",
                "valid_to", "successor_code");
        List<Unit> units = new ArrayList<>(table.rows().size());
        Map<String, LocalDate> dates = new HashMap<>();
        for (var r : table.rows()) {
            units.add(new Unit(table.value(r, "unit_key"), table.value(r, "unit_code"), table.value(r, "unit_name"), table.value(r, "unit_type"),
                    table.value(r, "unit_level"), table.value(r, "parent_code"), table.value(r, "province_code"), table.value(r, "province_name"),
                    date(table.value(r, "valid_from"), dates), date(table.value(r, "valid_to"), dates),
                    table.value(r, "successor_code")));
        }
        return new UnitMaster(units, referenceDir.resolve(SUCCESSORS_FILE));
    }

    /** Parses an ISO date, once per distinct text (a unit list has two or three dates). */
    private static LocalDate date(String text, Map<String, LocalDate> parsed) {
        return text == null || text.isBlank() ? null : parsed.computeIfAbsent(text, LocalDate::parse);
    }

    public int size() {
        return byKey.size();
    }

    public Optional<Unit> byKey(String unitKey) {
        return Optional.ofNullable(byKey.get(unitKey));
    }

    /** The version of the unit with this official code that is in force on {@code asOf}. */
    public Optional<Unit> byCode(String code, LocalDate asOf) {
        return versionsByCode.getOrDefault(code, List.of()).stream().filter(u -> u.validOn(asOf)).findFirst();
    }

    /** All units of every list version, in file order per code. */
    public Collection<Unit> all() {
        return byKey.values();
    }

    /** The units directly under a unit version (districts of a province, communes of a district or new province). */
    public List<Unit> children(String unitKey) {
        return List.copyOf(childrenByParentKey.getOrDefault(unitKey, List.of()));
    }

    /** The new communes an old commune went to (many where it was split), from unit_successors.csv. */
    public List<Unit> successors(String unitKey) {
        return successorKeys().getOrDefault(unitKey, List.of()).stream()
                .map(byKey::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The commune mapping, read on first use: most runs only need the units themselves. */
    private Map<String, List<String>> successorKeys() {
        Map<String, List<String>> loaded = successorKeysByKey;
        if (loaded != null) return loaded;
        synchronized (this) {
            if (successorKeysByKey == null) {
                Map<String, List<String>> successors = new HashMap<>();
                if (Files.isRegularFile(successorFile)) {
                    var pairs = ReferenceCsv.read(successorFile, "old_unit_key", "new_unit_key");
                    for (var r : pairs.rows()) {
                        successors.computeIfAbsent(pairs.value(r, "old_unit_key"), k -> new ArrayList<>(1))
                                .add(pairs.value(r, "new_unit_key"));
                    }
                }
                successorKeysByKey = successors;
            }
            return successorKeysByKey;
        }
    }

    public Optional<Unit> parent(Unit unit) {
        return unit.parentKey() == null ? Optional.empty() : byKey(unit.parentKey());
    }

    /**
     * Resolves what a file says after "Đơn vị báo cáo:" ("Huyện Phong Thổ, tỉnh Lai Châu", "UBND xã Ma Li
     * Pho, huyện Phong Thổ", "Phong Tho - Lai Chau", "TP Lai Châu") to a unit in force on {@code asOf}.
     * Diacritics, case and type words are optional; the parents the text names tell same-name units
     * apart. When no unit of {@code asOf}'s list fits, units of the other list are tried (a 2025 report
     * that still names an old district).
     */
    public MatchResult match(String unitText, LocalDate asOf) {
        UnitText text = joinHyphenatedNames(UnitText.parse(unitText == null ? "" : unitText));
        if (text.parts().isEmpty()) return new MatchResult.NotFound(unitText, List.of());
        UnitText.NamedUnit target = text.parts().get(0);
        List<UnitText.NamedUnit> parents = text.parts().subList(1, text.parts().size());

        List<Unit> sameName = List.of();
        for (boolean typeWordBinds : List.of(true, false)) {
            for (Predicate<Unit> era : List.<Predicate<Unit>>of(u -> u.validOn(asOf), u -> true)) {
                List<Unit> candidates = candidates(target, era, typeWordBinds);
                if (candidates.isEmpty()) continue;
                List<Unit> inParents = withinNamedParents(candidates, parents);
                if (!inParents.isEmpty()) return decide(spelledAsTyped(inParents, target));
                if (sameName.isEmpty()) sameName = candidates;
            }
        }
        return new MatchResult.NotFound(unitText, sameName);
    }

    /**
     * A few official names hold a dash ("Tỉnh Bà Rịa - Vũng Tàu", "Phường Cam Ly - Đà Lạt") that the
     * text splitter takes for a separator between a unit and its parent: two neighbouring parts
     * whose joined name is a known unit name are one part.
     */
    private UnitText joinHyphenatedNames(UnitText text) {
        List<UnitText.NamedUnit> parts = new ArrayList<>(text.parts());
        for (int i = 0; i + 1 < parts.size(); i++) {
            UnitText.NamedUnit left = parts.get(i);
            UnitText.NamedUnit right = parts.get(i + 1);
            String joined = left.nameKey() + " " + right.foldedWithType();
            if (right.types().isEmpty() && byNameKey.containsKey(joined)) {
                parts.set(i, new UnitText.NamedUnit(joined, left.foldedWithType() + " " + right.foldedWithType(),
                        left.types(), left.typed() + " - " + right.typed()));
                parts.remove(i + 1);
            }
        }
        return new UnitText(List.copyOf(parts));
    }

    /**
     * Among units whose names differ only by tone marks ("Sa Pa" and "Sa Pả", "Minh Quân" and "Minh
     * Quán" under one district), the one spelled exactly as typed; all of them when none is.
     */
    private static List<Unit> spelledAsTyped(List<Unit> candidates, UnitText.NamedUnit target) {
        if (candidates.size() < 2) return candidates;
        String typed = spelling(target.typed());
        List<Unit> exact = candidates.stream()
                .filter(u -> { String name = spelling(u.name()); return name.equals(typed) || name.endsWith(" " + typed); })
                .toList();
        return exact.isEmpty() ? candidates : exact;
    }

    private static String spelling(String text) {
        return VietnameseText.clean(text).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * One candidate is the match; so is one that contains all the others ("Phong Thổ" alone is the
     * district, not its town of the same name; "Lai Châu" alone is the province, not its city).
     */
    private MatchResult decide(List<Unit> candidates) {
        if (candidates.size() == 1) return new MatchResult.Matched(candidates.get(0));
        for (Unit outer : candidates) {
            Set<String> outerKey = Set.of(outer.unitKey());
            if (candidates.stream().allMatch(u -> u == outer || hasAncestorIn(u, outerKey))) {
                return new MatchResult.Matched(outer);
            }
        }
        return new MatchResult.Ambiguous(candidates.stream()
                .sorted(Comparator.comparing(Unit::validFrom).reversed().thenComparing(Unit::code)).toList());
    }

    /**
     * Units of the era carrying the name, exact spelling first, then i/y variants. When the type word
     * binds, only units of that type qualify, or units whose name starts with the word ("Quan Hóa" is
     * a name, not "Quận Hóa"); otherwise the type word is ignored ("Thị trấn Phong Thổ" is now a xã).
     */
    private List<Unit> candidates(UnitText.NamedUnit named, Predicate<Unit> era, boolean typeWordBinds) {
        for (Map<String, List<Unit>> index : List.of(byNameKey, byLooseNameKey)) {
            boolean loose = index == byLooseNameKey;
            String key = loose ? UnitText.looseKey(named.nameKey()) : named.nameKey();
            if (named.types().isEmpty() || !typeWordBinds) {
                List<Unit> any = filter(index.get(key), era);
                if (!any.isEmpty()) return any;
                continue;
            }
            List<Unit> typed = filter(index.get(key), era.and(u -> named.types().contains(u.type())));
            if (!typed.isEmpty()) return typed;
            String whole = UnitText.nameKey(named.foldedWithType());
            List<Unit> wordIsName = filter(index.get(loose ? UnitText.looseKey(whole) : whole), era);
            if (!wordIsName.isEmpty()) return wordIsName;
        }
        return List.of();
    }

    private static List<Unit> filter(List<Unit> units, Predicate<Unit> keep) {
        if (units == null) return List.of();
        return units.stream().filter(keep).toList();
    }

    /**
     * Candidates lying inside every named parent that exists; among them, those directly under a named
     * parent are preferred ("Phong Thổ - Lai Châu" is the district, not the town of the same name).
     */
    private List<Unit> withinNamedParents(List<Unit> candidates, List<UnitText.NamedUnit> parents) {
        List<Unit> kept = candidates;
        Set<String> directParentKeys = new LinkedHashSet<>();
        for (UnitText.NamedUnit parent : parents) {
            List<Unit> parentUnits = candidates(parent, u -> true, true);
            if (parentUnits.isEmpty()) parentUnits = candidates(parent, u -> true, false);
            if (parentUnits.isEmpty()) continue; // a word that names no unit ("Lai Chau Province" typos) is ignored
            Set<String> parentKeys = new LinkedHashSet<>();
            parentUnits.forEach(p -> parentKeys.add(p.unitKey()));
            kept = kept.stream().filter(u -> hasAncestorIn(u, parentKeys)).toList();
            directParentKeys.addAll(parentKeys);
        }
        if (kept.size() > 1 && !directParentKeys.isEmpty()) {
            List<Unit> direct = kept.stream().filter(u -> directParentKeys.contains(u.parentKey())).toList();
            if (!direct.isEmpty()) return direct;
        }
        return kept;
    }

    private boolean hasAncestorIn(Unit unit, Set<String> ancestorKeys) {
        String key = unit.parentKey();
        while (key != null) {
            if (ancestorKeys.contains(key)) return true;
            Unit parent = byKey.get(key);
            key = parent == null ? null : parent.parentKey();
        }
        return false;
    }
}
