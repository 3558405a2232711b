package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;

/**
 * The warehouse's public contract (spec/warehouse-contract.md, "Tables and views" and its rounds), as the spec writes
 * it, held against a warehouse the demo built: every table and view with at least its columns, money and rates in
 * the types and units the contract names, and the coded columns within the values it lists. Names may be added,
 * never renamed or dropped.
 */
class PublicContractTest {
    @TempDir
    static Path tmp;

    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("dim_unit", List.of("unit_code", "unit_name", "unit_level", "parent_code", "province_code", "province_name",
                "valid_from", "valid_to", "successor_code"));
        COLUMNS.put("dim_project", List.of("program_code", "project_code", "parent_code", "project_level", "name_vi"));
        COLUMNS.put("dim_period", List.of("year", "period_type", "period_label", "start_date", "end_date"));
        COLUMNS.put("dim_source", List.of("budget_level", "capital_type", "vintage"));
        COLUMNS.put("fact_budget", List.of("unit_code", "project_code", "budget_level", "capital_type", "vintage", "period_label",
                "submission_id", "allocated_mvnd", "disbursed_mvnd", "source_file", "sheet", "cell_ref"));
        COLUMNS.put("fact_households", List.of("unit_code", "period_label", "stage", "total_households", "poor", "near_poor", "escaped_poverty", "new_poor",
                "ethnic_minority_poor", "target_reduction_pct"));
        COLUMNS.put("fact_deprivation", List.of("unit_code", "period_label", "indicator_code", "household_group", "deprived_households", "base_households", "stated_pct"));
        COLUMNS.put("fact_output", List.of("unit_code", "period_label", "project_code", "indicator", "unit_of_measure", "planned", "achieved", "stated_pct", "planned_mvnd", "disbursed_mvnd"));
        COLUMNS.put("submission", List.of("submission_id", "source_file", "sha256", "program_code", "form_code", "unit_code", "year",
                "period_label", "received_at", "status"));
        COLUMNS.put("dq_issue", List.of("submission_id", "rule_code", "severity", "unit_code", "project_code", "sheet", "cell_ref",
                "expected", "actual", "message"));
        COLUMNS.put("mart_disbursement", List.of("program_code", "year", "period_label", "unit_code", "unit_name", "basis",
                "project_code", "budget_level", "capital_type", "vintage", "allocated_mvnd", "disbursed_mvnd", "disbursement_pct",
                "approval_status"));
        COLUMNS.put("mart_poverty", List.of("year", "unit_code", "unit_name", "basis", "total_households", "poor_start",
                "poor_rate_start_pct", "poor_end", "poor_rate_end_pct", "near_poor_start", "near_poor_rate_start_pct", "near_poor_end",
                "near_poor_rate_end_pct", "poor_rate_reduction_pct", "target_reduction_pct", "target_met", "approval_status"));
        COLUMNS.put("mart_deprivation", List.of("year", "unit_code", "unit_name", "basis", "indicator_code", "indicator_name",
                "household_group", "deprived_households", "base_households", "rate_pct", "approval_status"));
        COLUMNS.put("mart_output", List.of("year", "unit_code", "project_code", "indicator", "unit_of_measure", "planned", "achieved",
                "achievement_pct", "disbursement_pct", "approval_status"));
        COLUMNS.put("mart_completeness", List.of("program_code", "form_code", "year", "period_label", "parent_code", "expected_units",
                "received_units", "completeness_pct", "on_time_units"));
        // round 2: the contract names these in words (unit, form, period, state, by, at, comment; who, when, action,
        // object, detail; mart keys, submission, file, sheet, cell, value as typed, money unit): the names that carry them
        COLUMNS.put("approval", List.of("program_code", "form_code", "unit_code", "year", "period_label", "approval_status",
                "status_by", "status_at", "comment"));
        COLUMNS.put("audit_log", List.of("event_at", "username", "action", "unit_code", "form_code", "period_label", "comment"));
        COLUMNS.put("lineage", List.of("mart", "program_code", "year", "period_label", "unit_code", "basis", "project_code",
                "measure", "value", "submission_id", "source_file", "sheet", "cell_ref", "original_text", "original_unit"));
    }

    private static Connection warehouse;

    @BeforeAll
    static void demo() throws SQLException {
        Path home = tmp.resolve("home");
        assertThat(CommandLineTest.ntp("demo", "--home", home.toString()).exit()).isZero();
        warehouse = ReadOnlyWarehouse.open(home.resolve("warehouse.duckdb"));
    }

    @AfterAll
    static void close() throws SQLException {
        warehouse.close();
    }

    @Test
    void everyTableAndViewHasAtLeastTheColumnsTheContractNames() throws SQLException {
        Map<String, Map<String, String>> found = columns();
        List<String> missing = new ArrayList<>();
        COLUMNS.forEach((table, columns) -> {
            if (!found.containsKey(table)) missing.add(table);
            else for (String c : columns) if (!found.get(table).containsKey(c)) missing.add(table + "." + c);
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void moneyIsMillionDongInDecimalOrDoubleAndRatesAreDoubles() throws SQLException {
        List<String> wrong = new ArrayList<>();
        columns().forEach((table, columns) -> columns.forEach((column, type) -> {
            if (!COLUMNS.containsKey(table)) return;
            if (column.endsWith("_mvnd") && !(type.equals("DECIMAL(18,6)") || type.equals("DOUBLE"))) wrong.add(table + "." + column + " " + type);
            if (column.endsWith("_pct") && !type.equals("DOUBLE") && !type.startsWith("DECIMAL")) wrong.add(table + "." + column + " " + type);
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void codedColumnsHoldOnlyTheValuesTheContractLists() throws SQLException {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        allowed.put("dim_unit.unit_level", Set.of("tinh", "huyen", "xa"));
        allowed.put("dim_project.project_level", Set.of("program", "project", "subproject", "content"));
        allowed.put("dim_period.period_type", Set.of("year", "half", "quarter", "nine_months", "month"));
        allowed.put("dim_source.budget_level", Set.of("NSTW", "NSDP", "HUY_DONG"));
        allowed.put("dim_source.capital_type", Set.of("DTPT", "SN", "NA"));
        allowed.put("dim_source.vintage", Set.of("current", "carryover"));
        allowed.put("submission.status", Set.of("loaded", "rejected", "superseded", "duplicate", "held"));
        allowed.put("dq_issue.severity", Set.of("error", "warning", "info"));
        allowed.put("mart_disbursement.basis", Set.of("reported", "rolled_up"));
        allowed.put("mart_disbursement.budget_level", Set.of("NSTW", "NSDP", "HUY_DONG", "ALL"));
        allowed.put("mart_disbursement.capital_type", Set.of("DTPT", "SN", "NA", "ALL"));
        allowed.put("mart_disbursement.vintage", Set.of("current", "carryover", "ALL"));
        allowed.put("fact_households.stage", Set.of("start", "end"));
        allowed.put("mart_disbursement.approval_status", Set.of("none", "approved", "returned", "withdrawn"));
        allowed.put("fact_deprivation.household_group", Set.of("poor", "near_poor"));
        allowed.put("mart_deprivation.household_group", Set.of("poor", "near_poor"));
        Map<String, Set<String>> outside = new LinkedHashMap<>();
        try (Statement s = warehouse.createStatement()) {
            for (var e : allowed.entrySet()) {
                String[] tc = e.getKey().split("\\.");
                Set<String> values = new TreeSet<>();
                try (ResultSet rs = s.executeQuery("select distinct " + tc[1] + " from " + tc[0] + " where " + tc[1] + " is not null")) {
                    while (rs.next()) values.add(rs.getString(1));
                }
                assertThat(values).as(e.getKey() + " has rows in the demo").isNotEmpty();
                values.removeAll(e.getValue());
                if (!values.isEmpty()) outside.put(e.getKey(), values);
            }
        }
        assertThat(outside).isEmpty();
    }

    private static Map<String, Map<String, String>> columns() throws SQLException {
        Map<String, Map<String, String>> found = new HashMap<>();
        try (Statement s = warehouse.createStatement(); ResultSet rs = s.executeQuery(
                "select table_name, column_name, data_type from duckdb_columns() where schema_name = 'main'")) {
            while (rs.next()) found.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
        }
        return found;
    }
}
