package vn.ntp.warehouse.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

import vn.ntp.warehouse.lake.SqlText;

/**
 * The approval events the portal appends to {@code <home>/approval/approval_events.csv} (approve,
 * return, withdraw; one line each, never rewritten), loaded by the build into the table
 * {@code approval_event} before the models, which read it like any table ({@code approval},
 * {@code audit_log}, the {@code held} state of {@code submission}). No file: an empty table. The folder
 * is one of the build's inputs, so a new event makes the next run rebuild the warehouse.
 */
public final class ApprovalEvents {
    public static final String FOLDER = "approval";
    public static final String FILE = "approval_events.csv";
    public static final String[] COLUMNS = {"event_id", "at_epoch_ms", "username", "action", "program_code", "form_code",
            "unit_code", "year", "period_label", "comment"};

    private ApprovalEvents() {
    }

    public static Path file(Path home) {
        return home.resolve(FOLDER).resolve(FILE);
    }

    static void load(Statement statement, Path approvalDir) throws SQLException {
        String columns = """
                event_id varchar, at_epoch_ms bigint, username varchar, action varchar, program_code varchar,
                form_code varchar, unit_code varchar, year integer, period_label varchar, comment varchar""";
        statement.execute("create or replace table approval_event (" + columns + ")");
        Path file = approvalDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return;
        statement.execute("insert into approval_event select * from read_csv(" + SqlText.literal(SqlText.path(file.toAbsolutePath()))
                + ", header = true, auto_detect = false, quote = '\"', escape = '\"', columns = {"
                + "'event_id': 'VARCHAR', 'at_epoch_ms': 'BIGINT', 'username': 'VARCHAR', 'action': 'VARCHAR',"
                + " 'program_code': 'VARCHAR', 'form_code': 'VARCHAR', 'unit_code': 'VARCHAR', 'year': 'INTEGER',"
                + " 'period_label': 'VARCHAR', 'comment': 'VARCHAR'})");
    }
}
