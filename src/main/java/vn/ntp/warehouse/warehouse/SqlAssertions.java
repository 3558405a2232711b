package vn.ntp.warehouse.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The {@code sql/tests/*.sql} assertions: each query returns the rows that break it (no rows = pass), run
 * read-only on a published warehouse file.
 */
public final class SqlAssertions {

    private static final int SAMPLE_ROWS = 3;

    private final SqlProject sql;
    private final SqlPlaceholders placeholders;

    /** The assertions of {@code sqlDir/tests}, their lake and reference placeholders those of {@code home}. */
    public SqlAssertions(Path home, Path sqlDir, Path referenceDir) {
        this.sql = new SqlProject(sqlDir);
        this.placeholders = new SqlPlaceholders(home.toAbsolutePath().resolve("lake"), referenceDir);
    }

    /** One line per failing assertion: file name, row count and the first offending rows. Empty: all pass. */
    public List<String> failures(Path warehouseFile) {
        List<String> failures = new ArrayList<>();
        try (Connection connection = ReadOnlyWarehouse.open(warehouseFile);
             Statement statement = connection.createStatement()) {
            for (Path file : sql.assertionFiles()) {
                String query = placeholders.apply(SqlProject.read(file).strip().replaceAll(";+$", ""));
                String failure = check(statement, file.getFileName().toString(), query);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        } catch (SQLException e) {
            throw new WarehouseBuildException("cannot open " + warehouseFile + " to run assertions", e);
        }
        return failures;
    }

    private static String check(Statement statement, String fileName, String query) {
        try {
            long rows;
            try (ResultSet count = statement.executeQuery("select count(*) from (\n" + query + "\n)")) {
                count.next();
                rows = count.getLong(1);
            }
            if (rows == 0) {
                return null;
            }
            StringJoiner samples = new StringJoiner("; ");
            try (ResultSet sample = statement.executeQuery("select * from (\n" + query + "\n) limit " + SAMPLE_ROWS)) {
                ResultSetMetaData meta = sample.getMetaData();
                while (sample.next()) {
                    StringJoiner row = new StringJoiner(", ", "{", "}");
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.add(meta.getColumnLabel(column) + "=" + sample.getString(column));
                    }
                    samples.add(row.toString());
                }
            }
            return fileName + ": " + rows + " offending row(s), e.g. " + samples;
        } catch (SQLException e) {
            return fileName + ": cannot run: " + e.getMessage();
        }
    }
}
