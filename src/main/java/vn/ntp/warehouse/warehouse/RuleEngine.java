package vn.ntp.warehouse.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.validate.MessageTemplate;

/**
 * Runs the warehouse rules on a built warehouse: each rule's query is wrapped with its missing-value
 * policy and its condition, and every row it returns becomes a raw {@link RuleFinding} (severity and
 * messages are the findings catalogue's, joined by dq_issue).
 */
final class RuleEngine {

    static final List<String> REQUIRED_COLUMNS =
            List.of("program_code", "year", "submission_id", "unit_code", "project_code", "sheet", "cell_ref", "expected", "actual");
    /** Columns a finding keeps in columns of its own; every other column of the row is a parameter. */
    private static final List<String> OWN_COLUMNS = List.of("sheet", "cell_ref", "expected", "actual", "source_file");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_][a-z0-9_]*)}");
    private static final List<String> BUILD_PLACEHOLDERS = List.of("lake", "reference");

    private final Path rulesConfigDir;
    private final SqlPlaceholders placeholders;

    RuleEngine(Path rulesConfigDir, SqlPlaceholders placeholders) {
        this.rulesConfigDir = rulesConfigDir;
        this.placeholders = placeholders;
    }

    /** Runs the rules in order; each finding goes to {@code findings} as it is read (memory does not grow with them). */
    void run(List<WarehouseRules.Loaded> rules, Statement statement, Consumer<String> progress,
             Consumer<RuleFinding> findings) throws SQLException {
        for (WarehouseRules.Loaded loaded : rules) {
            WarehouseRule rule = loaded.rule();
            String query = placeholders.apply(query(rule, loaded.sql(), rulesConfigDir));
            long count = 0;
            BuildClock clock = BuildClock.start();
            try (ResultSet rs = statement.executeQuery(query)) {
                requireColumns(rule, rs.getMetaData());
                while (rs.next()) {
                    findings.accept(finding(rule, row(rs)));
                    count++;
                }
            } catch (SQLException e) {
                throw new SQLException(loaded.sqlFile().getFileName() + " (rule " + rule.code() + "): " + e.getMessage(), e);
            }
            progress.accept("rule " + rule.code() + ": " + count + " finding(s) in " + clock.elapsed());
        }
    }

    /** The rule's query wrapped with its missing-value policy and condition, parameters filled in. */
    static String query(WarehouseRule rule, String ruleSql, Path rulesConfigDir) {
        String body = ruleSql.strip().replaceAll(";+\\s*$", "");
        String wrapped = "with checked as (\n" + body + "\n),\n"
                + "kept as (\n    select *" + rule.missing().replaceClause(rule.inputs()) + " from checked\n"
                + "    where " + rule.missing().keepCondition(rule.inputs()) + "\n)\n"
                + "select * from kept\nwhere (" + rule.condition() + ")\n"
                + "order by submission_id nulls last, unit_code, project_code, sheet, cell_ref";
        return fillParameters(rule, wrapped, rulesConfigDir);
    }

    private static String fillParameters(WarehouseRule rule, String sql, Path rulesConfigDir) {
        Matcher placeholder = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value;
            if (rule.params().containsKey(name)) {
                value = rule.params().get(name);
            } else if (name.equals("rules")) {
                value = rulesConfigDir.toAbsolutePath().toString().replace('\\', '/').replace("'", "''");
            } else if (BUILD_PLACEHOLDERS.contains(name)) {
                value = placeholder.group();
            } else {
                throw new WarehouseBuildException("rule " + rule.code() + " uses ${" + name
                        + "} but declares no such parameter in " + WarehouseRules.FILE_NAME);
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static void requireColumns(WarehouseRule rule, ResultSetMetaData meta) throws SQLException {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        for (String required : REQUIRED_COLUMNS) {
            if (!labels.contains(required)) {
                throw new WarehouseBuildException("rule " + rule.code() + ": its query returns no column " + required
                        + " (needed: " + REQUIRED_COLUMNS + ")");
            }
        }
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT),
                    value instanceof java.sql.Date || value instanceof java.time.temporal.Temporal || value instanceof java.sql.Timestamp
                            ? value.toString() : value);
        }
        return row;
    }

    /** The row as a raw finding: its place and values, every other column and the rule's parameters as params. */
    private static RuleFinding finding(WarehouseRule rule, Map<String, Object> row) {
        Object year = row.get("year");
        Map<String, String> params = new LinkedHashMap<>(rule.params());
        for (Map.Entry<String, Object> column : row.entrySet()) {
            if (!OWN_COLUMNS.contains(column.getKey())) {
                String value = plain(column.getValue());
                params.put(column.getKey(), value == null ? "" : value);
            }
        }
        return new RuleFinding(text(row.get("program_code")), year == null ? null : ((Number) year).intValue(),
                text(row.get("submission_id")), rule.code(), text(row.get("unit_code")), text(row.get("project_code")),
                text(row.get("source_file")), text(row.get("sheet")), text(row.get("cell_ref")),
                plain(row.get("expected")), plain(row.get("actual")), Finding.paramsJson(params));
    }

    /** Plain text for a finding's values: '.' decimal point, no grouping, at most 6 decimals (half up). */
    static String plain(Object value) {
        BigDecimal number = number(value);
        if (number != null) {
            BigDecimal rounded = number.setScale(Math.min(MessageTemplate.MAX_DECIMALS, Math.max(0, number.scale())), RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        }
        return value == null ? null : value.toString();
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) return d;
        if (value instanceof Double d) return d.isNaN() || d.isInfinite() ? null : BigDecimal.valueOf(d);
        if (value instanceof Float f) return BigDecimal.valueOf(f.doubleValue());
        if (value instanceof Number n) return new BigDecimal(n.toString());
        return null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
