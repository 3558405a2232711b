package vn.ntp.warehouse.portal.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.ntp.warehouse.lake.SqlText;
import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;

/**
 * Read-only questions to the published {@code warehouse.duckdb}, one read-only connection per call
 * (many readers and a nightly build's rename never block each other). No warehouse yet: no rows.
 * Rows come back as column name → value maps, for the pages and the JSON API alike.
 */
public final class WarehouseQueries {
    private final Path warehouse;

    public WarehouseQueries(Path warehouse) {
        this.warehouse = warehouse;
    }

    public boolean exists() {
        return Files.isRegularFile(warehouse);
    }

    /**
     * Submissions of these units (null: every unit, rejected files without a unit included), newest first. A
     * duplicate has no unit of its own: it counts for the unit of the file whose bytes it repeats, or for the
     * unit its portal inbox name records.
     */
    public List<Map<String, Object>> submissions(Collection<String> unitCodes, int limit) {
        return query(SUBMISSIONS.formatted(unitFilter("scope_unit", unitCodes)) + " order by received_at desc, source_file limit " + limit);
    }

    /** One submission, as {@link #submissions} shows it. */
    public List<Map<String, Object>> submission(String submissionId) {
        return query(SUBMISSIONS.formatted("submission_id = ?") + " limit 1", submissionId);
    }

    private static final String SUBMISSIONS = """
            with originals as (
                select sha256, any_value(unit_code) as unit_code, any_value(unit_name) as unit_name
                from submission where unit_code is not null group by sha256
            ),
            scoped as (
                select s.*, coalesce(s.unit_code, originals.unit_code,
                                     nullif(regexp_extract(s.source_file, '^[A-Za-z0-9]+_[A-Za-z0-9]+_([A-Za-z0-9]+)_[0-9]{4}_', 1), '')) as scope_unit,
                       coalesce(s.unit_name, originals.unit_name) as shown_unit_name
                from submission s left join originals on originals.sha256 = s.sha256
            )
            select submission_id, source_file, program_code, form_code, scope_unit as unit_code, shown_unit_name as unit_name,
                   year, period_label, cast(received_at as varchar) as received_at, status, reason_vi, finding_count, fact_rows,
                   superseded_by
            from scoped where %s""";

    /** The first file received with these bytes (not itself a duplicate): its name and state; empty when none. */
    public Optional<Map<String, Object>> sameContent(String sha256) {
        return query("""
                select source_file, status from submission where sha256 = ? and status <> 'duplicate'
                order by received_at, source_file limit 1""", sha256).stream().findFirst();
    }

    /** Which of these inbox names the warehouse already knows. */
    public java.util.Set<String> knownFiles(Collection<String> sourceFiles) {
        if (sourceFiles.isEmpty()) return java.util.Set.of();
        return query("select source_file from submission where " + unitFilter("source_file", sourceFiles)).stream()
                .map(r -> (String) r.get("source_file")).collect(Collectors.toSet());
    }

    public List<Map<String, Object>> findings(String submissionId) {
        return query("select rule_code, severity, sheet, cell_ref, message as message_vi, message_en from dq_issue where submission_id = ?"
                + " order by case severity when 'error' then 0 when 'warning' then 1 else 2 end, sheet, cell_ref", submissionId);
    }

    /** The figures a submission holds in the facts, per family (budget sums in million VND), when it is loaded. */
    public List<Map<String, Object>> figures(String submissionId) {
        return query("""
                select * from (
                    select 1 as ord, 'Biểu 01: vốn (triệu đồng)' as family, count(*) as lines,
                           sum(allocated_mvnd) as allocated_mvnd, sum(disbursed_mvnd) as disbursed_mvnd
                    from fact_budget where submission_id = ?
                    union all
                    select 2, 'Biểu 02: hộ nghèo, hộ cận nghèo', count(*), null, null from fact_households where submission_id = ?
                    union all
                    select 3, 'Biểu 03: thiếu hụt dịch vụ xã hội cơ bản', count(*), null, null from fact_deprivation where submission_id = ?
                    union all
                    select 4, 'Biểu 04: kết quả thực hiện', count(*), null, null from fact_output where submission_id = ?
                ) where lines > 0 order by ord""", submissionId, submissionId, submissionId, submissionId);
    }

    /** The periods any unit must report for (expected_submission), newest first. */
    public List<Map<String, Object>> periods() {
        return query("""
                select distinct program_code, year, period_label, max(due_date) as due_date from expected_submission
                group by all order by year desc, due_date desc, program_code""");
    }

    /**
     * One row per subordinate unit × form (mart_approval) under a parent, for a program and period, with the
     * number of error findings (dq_issue) of the file in use.
     */
    public List<Map<String, Object>> completeness(String programCode, int year, String periodLabel, Collection<String> unitCodes) {
        return query("""
                select program_code, form_code, year, period_label, cast(due_date as varchar) as due_date, parent_code, parent_name,
                       unit_code, unit_name, unit_level, received, on_time, blocked, loaded_finding_count,
                       coalesce(errors.error_count, 0) as loaded_error_count, approval_status,
                       cast(approval_at as varchar) as approval_at, approval_by, approval_comment, held_files
                from mart_approval
                left join (select submission_id, count(*) as error_count from dq_issue where severity = 'error' group by all) as errors
                    on errors.submission_id = mart_approval.loaded_submission_id
                where program_code = coalesce(?, program_code) and year = ? and period_label = ? and %s
                order by unit_name, form_code""".formatted(unitFilter("unit_code", unitCodes)), programCode, year, periodLabel);
    }

    /** Disbursement of each unit (reported figures where it reported, else rolled up), all projects of the program. */
    public List<Map<String, Object>> disbursement(String programCode, int year, String periodLabel, Collection<String> unitCodes) {
        return query("""
                select unit_code, any_value(unit_name) as unit_name,
                       arg_min(allocated_mvnd, basis) as allocated_mvnd, arg_min(disbursed_mvnd, basis) as disbursed_mvnd,
                       arg_min(disbursement_pct, basis) as disbursement_pct, min(basis) as basis
                from mart_disbursement
                where project_code = program_code and program_code = ? and year = ? and period_label = ?
                  and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL' and %s
                group by unit_code order by unit_name""".formatted(unitFilter("unit_code", unitCodes)), programCode, year, periodLabel);
    }

    /** Poverty rates at the end of the period of each unit (reported where it reported, else rolled up). */
    public List<Map<String, Object>> poverty(int year, String periodLabel, Collection<String> unitCodes) {
        return query("""
                select unit_code, any_value(unit_name) as unit_name,
                       arg_min(total_households, basis) as total_households, arg_min(poor_end, basis) as poor_end,
                       arg_min(poor_rate_end_pct, basis) as poor_rate_end_pct, arg_min(near_poor_rate_end_pct, basis) as near_poor_rate_end_pct,
                       min(basis) as basis
                from mart_poverty
                where year = ? and period_label = ? and %s
                group by unit_code order by unit_name""".formatted(unitFilter("unit_code", unitCodes)), year, periodLabel);
    }

    private static String unitFilter(String column, Collection<String> unitCodes) {
        if (unitCodes == null) return "true";
        if (unitCodes.isEmpty()) return "false";
        return column + " in (" + unitCodes.stream().map(SqlText::literal).collect(Collectors.joining(", ")) + ")";
    }

    private List<Map<String, Object>> query(String sql, Object... params) {
        if (!exists()) return List.of();
        try (Connection c = ReadOnlyWarehouse.open(warehouse); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.put(meta.getColumnLabel(i), v instanceof java.math.BigDecimal d ? d.doubleValue() : v);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("warehouse query failed: " + e.getMessage(), e);
        }
    }
}
