package vn.ntp.warehouse.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;

/**
 * Compares a published warehouse with what the season generator wrote: per year, period and province
 * (and nationally) the money allocated and disbursed (the province's {@code rolled_up} row, exact; the
 * communes' {@code reported} rows, exact), households and poverty rates recomputed from the counts,
 * deprived households and rates per indicator and group, the submissions loaded, and the exact list
 * of findings of every injected rule. Each difference is one line of {@link Result#mismatches()}.
 */
public final class SeasonChecks {

    /** Rates compare to this (they are doubles recomputed from exact counts). */
    private static final double RATE_TOLERANCE = 1e-9;
    private static final int SHOWN = 8;

    public record Result(List<String> mismatches, Map<String, Long> submissionsByStatus, Map<String, Long> findingsByRule,
                         int checks) {
        public boolean ok() {
            return mismatches.isEmpty();
        }
    }

    private final List<String> mismatches = new ArrayList<>();
    private int checks;

    private SeasonChecks() {
    }

    public static Result verify(Path warehouseFile, SeasonTruth truth) throws SQLException {
        SeasonChecks c = new SeasonChecks();
        try (Connection db = ReadOnlyWarehouse.open(warehouseFile); Statement s = db.createStatement()) {
            Map<String, Long> statuses = c.counts(s, "select status, count(*) from submission group by status");
            c.same("loaded submissions", truth.files(), statuses.getOrDefault("loaded", 0L));
            c.same("rejected submissions", 0L, statuses.getOrDefault("rejected", 0L));
            c.same("duplicate submissions", 0L, statuses.getOrDefault("duplicate", 0L));
            c.money(s, "province rolled_up (the districts' Biểu 01)", """
                    select year, period_label, unit_code, allocated_mvnd, disbursed_mvnd from mart_disbursement
                    where program_code = 'GNBV' and basis = 'rolled_up' and unit_level = 'tinh'
                      and project_code = program_code and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'
                    """, truth.districtMoney());
            c.money(s, "communes reported, by province", """
                    select m.year, m.period_label, u.province_code, sum(m.allocated_mvnd), sum(m.disbursed_mvnd)
                    from mart_disbursement m join dim_unit u on u.unit_key = m.unit_key
                    where m.program_code = 'GNBV' and m.basis = 'reported' and m.unit_level = 'xa'
                      and m.project_code = m.program_code and m.budget_level = 'ALL' and m.capital_type = 'ALL' and m.vintage = 'ALL'
                    group by all
                    """, truth.communeMoney());
            c.nationalMoney(s, truth);
            c.households(s, truth);
            c.deprivation(s, truth);
            Map<String, Long> rules = c.counts(s, "select rule_code, count(*) from dq_issue where submission_status = 'loaded' group by rule_code");
            c.findings(s, truth);
            return new Result(List.copyOf(c.mismatches), statuses, rules, c.checks);
        }
    }

    // ---------- money

    private void money(Statement s, String what, String sql, Map<SeasonTruth.Key, SeasonTruth.Money> expected) throws SQLException {
        Map<SeasonTruth.Key, SeasonTruth.Money> actual = new TreeMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                actual.put(new SeasonTruth.Key(rs.getInt(1), rs.getString(2), rs.getString(3)),
                        new SeasonTruth.Money(decimal(rs, 4), decimal(rs, 5)));
            }
        }
        compareKeys(what, expected.keySet(), actual.keySet());
        for (Map.Entry<SeasonTruth.Key, SeasonTruth.Money> e : expected.entrySet()) {
            SeasonTruth.Money got = actual.get(e.getKey());
            if (got == null) continue;
            same(what + " allocated " + e.getKey(), e.getValue().allocated(), got.allocated());
            same(what + " disbursed " + e.getKey(), e.getValue().disbursed(), got.disbursed());
        }
    }

    private void nationalMoney(Statement s, SeasonTruth truth) throws SQLException {
        Map<String, SeasonTruth.Money> actual = new TreeMap<>();
        try (ResultSet rs = s.executeQuery("""
                select year, period_label, sum(allocated_mvnd), sum(disbursed_mvnd) from mart_disbursement
                where program_code = 'GNBV' and basis = 'rolled_up' and unit_level = 'tinh'
                  and project_code = program_code and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'
                group by all""")) {
            while (rs.next()) actual.put(rs.getInt(1) + " / " + rs.getString(2), new SeasonTruth.Money(decimal(rs, 3), decimal(rs, 4)));
        }
        compareKeys("national money", truth.nationalMoney().keySet(), actual.keySet());
        truth.nationalMoney().forEach((k, m) -> {
            SeasonTruth.Money got = actual.get(k);
            if (got == null) return;
            same("national allocated " + k, m.allocated(), got.allocated());
            same("national disbursed " + k, m.disbursed(), got.disbursed());
        });
    }

    // ---------- households

    private void households(Statement s, SeasonTruth truth) throws SQLException {
        Map<SeasonTruth.Key, double[]> actual = new TreeMap<>();
        try (ResultSet rs = s.executeQuery("""
                select year, period_label, unit_code, total_households, poor_start, near_poor_start, poor_end, near_poor_end,
                       poor_rate_start_pct, near_poor_rate_start_pct, poor_rate_end_pct, near_poor_rate_end_pct
                from mart_poverty where program_code = 'GNBV' and basis = 'rolled_up' and unit_level = 'tinh'""")) {
            while (rs.next()) {
                double[] v = new double[9];
                for (int i = 0; i < 9; i++) v[i] = rs.getDouble(4 + i);
                actual.put(new SeasonTruth.Key(rs.getInt(1), rs.getString(2), rs.getString(3)), v);
            }
        }
        compareKeys("province poverty", truth.households().keySet(), actual.keySet());
        for (Map.Entry<SeasonTruth.Key, SeasonTruth.Households> e : truth.households().entrySet()) {
            double[] got = actual.get(e.getKey());
            SeasonTruth.Households h = e.getValue();
            if (got != null) {
                String at = " " + e.getKey();
                same("households" + at, h.total(), (long) got[0]);
                same("poor at the start" + at, h.poorStart(), (long) got[1]);
                same("near-poor at the start" + at, h.nearPoorStart(), (long) got[2]);
                same("poor at the end" + at, h.poorEnd(), (long) got[3]);
                same("near-poor at the end" + at, h.nearPoorEnd(), (long) got[4]);
                rate("poor rate at the start" + at, SeasonTruth.Households.rate(h.poorStart(), h.total()), got[5]);
                rate("near-poor rate at the start" + at, SeasonTruth.Households.rate(h.nearPoorStart(), h.total()), got[6]);
                rate("poor rate at the end" + at, SeasonTruth.Households.rate(h.poorEnd(), h.total()), got[7]);
                rate("near-poor rate at the end" + at, SeasonTruth.Households.rate(h.nearPoorEnd(), h.total()), got[8]);
            }
        }
        // the national rate, recomputed from the provinces' counts as an analyst would
        Map<String, double[]> nationalActual = new TreeMap<>();
        try (ResultSet rs = s.executeQuery("""
                select year, period_label, sum(total_households), sum(poor_start), sum(poor_end),
                       100.0 * sum(poor_start) / sum(total_households), 100.0 * sum(poor_end) / sum(total_households)
                from mart_poverty where program_code = 'GNBV' and basis = 'rolled_up' and unit_level = 'tinh'
                group by all""")) {
            while (rs.next()) {
                nationalActual.put(rs.getInt(1) + " / " + rs.getString(2), new double[] {rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)});
            }
        }
        compareKeys("national poverty", truth.nationalHouseholds().keySet(), nationalActual.keySet());
        truth.nationalHouseholds().forEach((k, h) -> {
            double[] got = nationalActual.get(k);
            if (got == null) return;
            same("national households " + k, h.total(), (long) got[0]);
            rate("national poor rate at the start " + k, SeasonTruth.Households.rate(h.poorStart(), h.total()), got[3]);
            rate("national poor rate at the end " + k, SeasonTruth.Households.rate(h.poorEnd(), h.total()), got[4]);
        });
    }

    // ---------- deprivation

    private void deprivation(Statement s, SeasonTruth truth) throws SQLException {
        Map<SeasonTruth.Key, Map<String, double[]>> actual = new TreeMap<>();
        try (ResultSet rs = s.executeQuery("""
                select year, period_label, unit_code, indicator_code, household_group, deprived_households, base_households, rate_pct
                from mart_deprivation where program_code = 'GNBV' and basis = 'rolled_up' and unit_level = 'tinh'""")) {
            while (rs.next()) {
                actual.computeIfAbsent(new SeasonTruth.Key(rs.getInt(1), rs.getString(2), rs.getString(3)), k -> new TreeMap<>())
                        .put(rs.getString(4) + "|" + rs.getString(5), new double[] {rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)});
            }
        }
        compareKeys("province deprivation", truth.deprivation().keySet(), actual.keySet());
        for (Map.Entry<SeasonTruth.Key, Map<String, SeasonTruth.Deprivation>> e : truth.deprivation().entrySet()) {
            Map<String, double[]> got = actual.get(e.getKey());
            if (got == null) continue;
            compareKeys("indicators of " + e.getKey(), e.getValue().keySet(), got.keySet());
            for (Map.Entry<String, SeasonTruth.Deprivation> d : e.getValue().entrySet()) {
                double[] g = got.get(d.getKey());
                if (g == null) continue;
                String at = " " + d.getKey() + " " + e.getKey();
                same("deprived" + at, d.getValue().deprived(), (long) g[0]);
                same("base" + at, d.getValue().base(), (long) g[1]);
                rate("deprivation rate" + at, SeasonTruth.Households.rate(d.getValue().deprived(), d.getValue().base()), g[2]);
            }
        }
    }

    // ---------- findings

    private void findings(Statement s, SeasonTruth truth) throws SQLException {
        Set<String> rules = new TreeSet<>();
        Set<String> expected = new HashSet<>();
        for (SeasonWorkbooks.InjectedFinding f : truth.findings()) {
            rules.add(f.ruleCode());
            expected.add(f.ruleCode() + " " + f.sourceFile() + " " + f.sheet() + "!" + f.cellRef());
        }
        rules.add("STATED_PCT");
        rules.add("SUM_TOTAL_ROW");
        Set<String> actual = new HashSet<>();
        String in = String.join(", ", rules.stream().map(r -> "'" + r + "'").toList());
        try (ResultSet rs = s.executeQuery("select rule_code, source_file, sheet, cell_ref from dq_issue "
                + "where submission_status = 'loaded' and rule_code in (" + in + ")")) {
            while (rs.next()) actual.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + "!" + rs.getString(4));
        }
        compareKeys("findings of " + rules, expected, actual);
        for (String rule : rules) {
            long want = expected.stream().filter(x -> x.startsWith(rule + " ")).count();
            long got = actual.stream().filter(x -> x.startsWith(rule + " ")).count();
            same("number of " + rule + " findings", want, got);
        }
    }

    // ---------- comparing

    private <K> void compareKeys(String what, Set<K> expected, Set<K> actual) {
        checks++;
        Set<K> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<K> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        if (!missing.isEmpty()) mismatches.add(what + ": " + missing.size() + " missing, e.g. " + first(missing));
        if (!extra.isEmpty()) mismatches.add(what + ": " + extra.size() + " not generated, e.g. " + first(extra));
    }

    private static <K> String first(Set<K> set) {
        return set.stream().limit(SHOWN).map(String::valueOf).toList().toString();
    }

    private void same(String what, BigDecimal expected, BigDecimal actual) {
        checks++;
        if (actual == null || expected.compareTo(actual) != 0) mismatches.add(what + ": generated " + expected.toPlainString() + ", warehouse " + actual);
    }

    private void same(String what, long expected, long actual) {
        checks++;
        if (expected != actual) mismatches.add(what + ": generated " + expected + ", warehouse " + actual);
    }

    private void rate(String what, double expected, double actual) {
        checks++;
        if (!(Math.abs(expected - actual) <= RATE_TOLERANCE)) {
            mismatches.add(String.format(Locale.ROOT, "%s: recomputed %.10f, warehouse %.10f", what, expected, actual));
        }
    }

    private static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) return null;
        return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }

    private Map<String, Long> counts(Statement s, String sql) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
    }

    public static Map<String, Long> countsOf(Path warehouseFile, String sql) throws SQLException {
        try (Connection db = ReadOnlyWarehouse.open(warehouseFile); Statement s = db.createStatement()) {
            return new SeasonChecks().counts(s, sql);
        }
    }
}
