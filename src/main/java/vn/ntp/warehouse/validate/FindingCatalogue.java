package vn.ntp.warehouse.validate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The one catalogue of findings, {@code jobs/rules/findings.yaml}: for every code its stage, its
 * severity, its tolerance, its Vietnamese and English messages and, for a warehouse rule, its query
 * and condition. Every place that shows a finding — {@code ./ntp validate}, the feedback workbooks,
 * the quarantine notes, the portal — calls {@link #render}; the warehouse loads the same entries as
 * the table {@code finding_catalogue}, which {@code dq_issue} joins. A code the catalogue does not
 * know is a programming error; a code listed twice, a stage or severity it does not know, or a
 * message missing fails the load.
 */
public final class FindingCatalogue {

    public static final String FILE_NAME = "findings.yaml";
    public static final List<String> SEVERITIES = List.of("error", "warning", "info");

    /** Where a finding is found: while a sheet is read, about a whole file, or by a warehouse query. */
    public enum Stage {
        SHEET, SUBMISSION, WAREHOUSE;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One code of the catalogue. The warehouse fields (query … enabled) are null for other stages. */
    public record Entry(String code, Stage stage, String severity, BigDecimal tolerance, String messageVi, String messageEn,
                        String query, String missing, List<String> inputs, Map<String, Object> params, String condition,
                        boolean readsPreviousYear, boolean enabled) {
    }

    /** A finding as it is shown: its severity and its messages. */
    public record Rendered(String code, String severity, String messageVi, String messageEn) {
    }

    private record Yaml(String stage, String severity, BigDecimal tolerance, String messageVi, String messageEn,
                        String query, String missing, List<String> inputs, Map<String, Object> params, String condition,
                        Boolean readsPreviousYear, Boolean enabled) {
    }

    private record File(LinkedHashMap<String, Yaml> findings) {
    }

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, Entry> byCode;
    private final ExpectedSeason season;

    private FindingCatalogue(Map<String, Entry> byCode, ExpectedSeason season) {
        this.byCode = byCode;
        this.season = season;
    }

    /** {@code rulesDir/findings.yaml}, with the season of {@code rulesDir/season.yaml}. */
    public static FindingCatalogue load(Path rulesDir) {
        return new FindingCatalogue(read(rulesDir.resolve(FILE_NAME)), ExpectedSeason.load(rulesDir));
    }

    private static Map<String, Entry> read(Path file) {
        File parsed;
        try {
            parsed = MAPPER.readValue(file.toFile(), File.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (parsed == null || parsed.findings() == null) throw new IllegalStateException(file + " lists no findings");
        Map<String, Entry> map = new LinkedHashMap<>();
        parsed.findings().forEach((code, y) -> {
            try {
                map.put(code, entry(code, y));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        });
        return map;
    }

    private static Entry entry(String code, Yaml y) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("a code is upper case letters, digits and _: " + code);
        }
        if (y == null) throw new IllegalArgumentException(code + " has no entry");
        Stage stage = stage(code, y.stage());
        if (!SEVERITIES.contains(y.severity())) {
            throw new IllegalArgumentException(code + ": severity must be one of " + SEVERITIES + ", not " + y.severity());
        }
        if (y.messageVi() == null || y.messageVi().isBlank() || y.messageEn() == null || y.messageEn().isBlank()) {
            throw new IllegalArgumentException(code + ": message_vi and message_en are both required");
        }
        boolean warehouse = stage == Stage.WAREHOUSE;
        if (warehouse && (y.condition() == null || y.condition().isBlank())) {
            throw new IllegalArgumentException(code + ": a warehouse rule needs a condition");
        }
        if (warehouse && (y.query() == null || !Path.of(y.query()).getFileName().toString().equals(code + ".sql"))) {
            throw new IllegalArgumentException(code + ": a warehouse rule's query is sql/rules/" + code + ".sql, not " + y.query());
        }
        if (!warehouse && (y.query() != null || y.condition() != null || y.missing() != null || y.params() != null)) {
            throw new IllegalArgumentException(code + ": query, condition, missing and params belong to warehouse rules only");
        }
        return new Entry(code, stage, y.severity(), y.tolerance(), y.messageVi(), y.messageEn(), y.query(), y.missing(),
                y.inputs() == null ? List.of() : List.copyOf(y.inputs()), y.params() == null ? Map.of() : new LinkedHashMap<>(y.params()),
                y.condition(), Boolean.TRUE.equals(y.readsPreviousYear()), y.enabled() == null || y.enabled());
    }

    private static Stage stage(String code, String text) {
        for (Stage s : Stage.values()) {
            if (s.yamlName().equals(text)) return s;
        }
        throw new IllegalArgumentException(code + ": stage must be sheet, submission or warehouse, not " + text);
    }

    /** The reporting season a run expects ({@code season.yaml} beside the catalogue; any when absent). */
    public ExpectedSeason season() {
        return season;
    }

    public Entry entry(String code) {
        Entry e = byCode.get(code);
        if (e == null) throw new IllegalArgumentException("Unknown finding code " + code + " (add it to jobs/rules/" + FILE_NAME + ")");
        return e;
    }

    public boolean knows(String code) {
        return byCode.containsKey(code);
    }

    /** The code's tolerance: the floor below which a difference is floating-point noise (0 when none is set). */
    public BigDecimal tolerance(String code) {
        BigDecimal t = entry(code).tolerance();
        return t == null ? BigDecimal.ZERO : t;
    }

    public String severity(String code) {
        return entry(code).severity();
    }

    public List<Entry> all() {
        return List.copyOf(byCode.values());
    }

    /** The entries of one stage, in the catalogue's order (warehouse rules run in this order). */
    public List<Entry> ofStage(Stage stage) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : byCode.values()) if (e.stage() == stage) out.add(e);
        return out;
    }

    /** The severity and the Vietnamese and English messages of a finding, from its code's entry. */
    public Rendered render(Finding f) {
        Entry e = entry(f.ruleCode());
        return new Rendered(e.code(), e.severity(), MessageTemplate.fill(e.messageVi(), f, true),
                MessageTemplate.fill(e.messageEn(), f, false));
    }

    /** {@code Biểu 01!H14: …}: the Vietnamese message with its place in front when the message does not start with it. */
    public String line(Finding f) {
        String message = render(f).messageVi();
        String where = f.location();
        if (where.isEmpty() || message.startsWith(where + ":")) return message;
        return where + ": " + message;
    }

    /** How serious a severity is, to sort or pick the most serious: error 3, warning 2, info 1. */
    public static int rank(String severity) {
        return switch (severity) {
            case "error" -> 3;
            case "warning" -> 2;
            default -> 1;
        };
    }
}
