package vn.ntp.warehouse.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Arrays;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import vn.ntp.warehouse.lake.SqlText;

/**
 * Tables the build itself fills, beside the SQL models: {@code config_form_schedule} (from
 * {@code jobs/schedule/forms.yaml}, before the models), {@code config_code_word} (the words for coded values,
 * {@code jobs/dictionary/codes.csv}: what the warehouse rules name a measure by in their findings' parameters,
 * so that no rule writes a word of its own), {@code warehouse_finding} (the warehouse rules'
 * findings, which {@code dq_issue} reads) and {@code blocked_submission} (submissions kept out of the
 * facts under {@code block_on_error}). The models read them like any table.
 */
final class EngineTables {

    static final String SCHEDULE = "config_form_schedule";
    static final String WORDS = "config_code_word";
    private static final String CODES = "dictionary/codes.csv";
    static final String FINDINGS = "warehouse_finding";
    static final String BLOCKED = "blocked_submission";

    private EngineTables() {
    }

    static void create(Statement statement) throws SQLException {
        statement.execute("""
                create or replace table config_form_schedule (
                    program_code varchar, form_code varchar, unit_level varchar, period_kind varchar,
                    due_day integer, due_month integer, due_days_after_end integer,
                    valid_from date, valid_to date, province_codes varchar, on_time_by varchar)""");
        statement.execute("""
                create or replace table warehouse_finding (
                    program_code varchar, year integer, submission_id varchar, rule_code varchar, unit_code varchar, project_code varchar,
                    source_file varchar, sheet varchar, cell_ref varchar, expected varchar, actual varchar,
                    params varchar)""");
        statement.execute("create or replace table config_code_word (column_name varchar, code varchar, label_vi varchar)");
        statement.execute("create or replace table blocked_submission (program_code varchar, year integer, submission_id varchar)");
    }

    /**
     * {@code jobs/dictionary/codes.csv} into {@code config_code_word}; a jobs folder without one (a test's) takes the
     * shipped {@code jobs/dictionary/} of the working directory, as the findings catalogue does.
     */
    static void writeWords(Statement statement, Path jobsDir) throws SQLException {
        Path beside = jobsDir == null ? null : jobsDir.resolve(CODES);
        Path codes = beside != null && Files.isRegularFile(beside) ? beside : Path.of("jobs").resolve(CODES);
        if (!Files.isRegularFile(codes)) return;
        statement.execute("insert into config_code_word select column_name, code, label_vi from read_csv("
                + SqlText.literal(codes.toAbsolutePath().toString()) + ", header = true, all_varchar = true)");
    }

    static void writeSchedule(Connection connection, FormSchedule schedule) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into config_form_schedule values (?, ?, ?, ?, ?, ?, ?, cast(? as date), cast(? as date), ?, ?)")) {
            for (FormSchedule.Line line : schedule.lines()) {
                insert.setString(1, line.programCode());
                insert.setString(2, line.formCode());
                insert.setString(3, line.unitLevel());
                insert.setString(4, line.periodKind());
                setInteger(insert, 5, line.dueDay());
                setInteger(insert, 6, line.dueMonth());
                setInteger(insert, 7, line.dueDaysAfterEnd());
                insert.setString(8, line.validFrom() == null ? null : line.validFrom().toString());
                insert.setString(9, line.validTo() == null ? null : line.validTo().toString());
                insert.setString(10, line.provinceCodes());
                insert.setString(11, line.onTimeBy());
                insert.executeUpdate();
            }
        }
    }

    /** An appender to {@code warehouse_finding}: one row per finding, written as the rules return them. */
    static final class FindingsAppender implements AutoCloseable {
        private final DuckDBAppender appender;

        FindingsAppender(Connection connection) throws SQLException {
            this.appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, FINDINGS);
        }

        void add(RuleFinding f) {
            try {
                appender.beginRow();
                append(f.programCode());
                if (f.year() == null) {
                    appender.appendNull();
                } else {
                    appender.append(f.year().intValue());
                }
                for (String value : Arrays.asList(f.submissionId(), f.ruleCode(), f.unitCode(),
                        f.projectCode(), f.sourceFile(), f.sheet(), f.cellRef(), f.expected(), f.actual(), f.params())) {
                    append(value);
                }
                appender.endRow();
            } catch (SQLException e) {
                throw new WarehouseBuildException("cannot write a finding of " + f.ruleCode() + ": " + e.getMessage(), e);
            }
        }

        private void append(String value) throws SQLException {
            if (value == null) {
                appender.appendNull();
            } else {
                appender.append(value);
            }
        }

        @Override
        public void close() throws SQLException {
            appender.close();
        }
    }

    /** Marks every loaded submission with an error finding in dq_issue as blocked; returns how many. */
    static long blockSubmissionsWithErrors(Statement statement) throws SQLException {
        return statement.executeUpdate("""
                insert into blocked_submission
                select distinct submission.program_code, submission.year, dq_issue.submission_id
                from dq_issue
                join submission on submission.submission_id = dq_issue.submission_id
                where dq_issue.severity = 'error' and submission.status = 'loaded'""");
    }

    private static void setInteger(PreparedStatement insert, int index, Integer value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.INTEGER);
        } else {
            insert.setInt(index, value);
        }
    }
}
