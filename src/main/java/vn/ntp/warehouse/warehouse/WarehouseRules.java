package vn.ntp.warehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The warehouse rules: the {@code stage: warehouse} entries of the findings catalogue
 * ({@code jobs/rules/findings.yaml}), queries from {@code sql/rules/<CODE>.sql}. Every declared rule
 * needs its query and every query its entry.
 */
public final class WarehouseRules {

    public static final String FILE_NAME = FindingCatalogue.FILE_NAME;

    /** A rule and its query text. */
    public record Loaded(WarehouseRule rule, Path sqlFile, String sql) {
    }

    private final List<Loaded> rules;

    private WarehouseRules(List<Loaded> rules) {
        this.rules = List.copyOf(rules);
    }

    public static WarehouseRules none() {
        return new WarehouseRules(List.of());
    }

    public static WarehouseRules load(Path rulesConfigDir, Path sqlRulesDir) {
        FindingCatalogue catalogue;
        try {
            catalogue = FindingCatalogue.load(rulesConfigDir);
        } catch (RuntimeException e) {
            throw new WarehouseBuildException(e.getMessage(), e);
        }
        List<Loaded> loaded = new ArrayList<>();
        Set<String> declared = new TreeSet<>();
        for (FindingCatalogue.Entry entry : catalogue.ofStage(FindingCatalogue.Stage.WAREHOUSE)) {
            WarehouseRule rule;
            try {
                rule = new WarehouseRule(entry.code(), MissingPolicy.fromYaml(entry.missing()), entry.inputs(),
                        params(entry.params()), entry.condition(), entry.readsPreviousYear());
            } catch (IllegalArgumentException e) {
                throw new WarehouseBuildException(rulesConfigDir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
            }
            declared.add(rule.code());
            Path sqlFile = sqlRulesDir.resolve(rule.code() + ".sql");
            if (!Files.isRegularFile(sqlFile)) {
                throw new WarehouseBuildException("rule " + rule.code() + " has no query " + sqlFile);
            }
            if (entry.enabled()) {
                loaded.add(new Loaded(rule, sqlFile, SqlProject.read(sqlFile)));
            }
        }
        for (String code : queryCodes(sqlRulesDir)) {
            if (!declared.contains(code)) {
                throw new WarehouseBuildException("sql/rules/" + code + ".sql has no warehouse entry in " + FILE_NAME);
            }
        }
        return new WarehouseRules(loaded);
    }

    /** The rules that compare a year with the year before ({@code reads_previous_year: true}). */
    public List<Loaded> readingPreviousYear() {
        return rules.stream().filter(r -> r.rule().readsPreviousYear()).toList();
    }

    /** The rules that look at one program and year at a time. */
    public List<Loaded> withinYear() {
        return rules.stream().filter(r -> !r.rule().readsPreviousYear()).toList();
    }

    public List<Loaded> all() {
        return rules;
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    private static Map<String, String> params(Map<String, Object> raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((name, value) -> params.put(name, String.valueOf(value)));
        }
        return params;
    }

    private static Set<String> queryCodes(Path sqlRulesDir) {
        Set<String> codes = new TreeSet<>();
        if (!Files.isDirectory(sqlRulesDir)) {
            return codes;
        }
        try (Stream<Path> files = Files.list(sqlRulesDir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .forEach(n -> codes.add(n.substring(0, n.length() - 4)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + sqlRulesDir, e);
        }
        return codes;
    }
}
