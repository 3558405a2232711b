package vn.ntp.warehouse.warehouse;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import vn.ntp.warehouse.lake.LakePartition;
import vn.ntp.warehouse.lake.SqlText;

/**
 * The table work of an incremental build: which tables are partitioned (they have {@code program_code}
 * and {@code year} columns) and which span partitions, copying the previous year's published rows into
 * the delta for the rules that compare years, and replacing the rebuilt partitions' rows in the copy of
 * the published file.
 */
final class PartitionTables {

    private static final Pattern VIEW = Pattern.compile("^\\s*create\\s+(?:or\\s+replace\\s+)?view\\b", Pattern.CASE_INSENSITIVE);

    private PartitionTables() {
    }

    /** Base tables of the main schema with both a program_code and a year column. */
    static List<String> partitioned(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("""
                select t.table_name
                from duckdb_tables() t
                join duckdb_columns() c on c.database_name = t.database_name and c.schema_name = t.schema_name
                                        and c.table_name = t.table_name
                where t.database_name = current_database() and t.schema_name = 'main'
                  and c.column_name in ('program_code', 'year')
                group by t.table_name
                having count(distinct c.column_name) = 2
                order by t.table_name""")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        return tables;
    }

    /**
     * Table models without partition columns that read the lake or the engine tables, directly or through
     * other models (dim_period, loaded_submission), in build order: after the partitions are replaced they
     * are recomputed over the whole warehouse.
     */
    static List<SqlModel> spanning(List<SqlModel> models, List<String> partitioned) {
        Set<String> dataDependent = new HashSet<>(List.of(EngineTables.FINDINGS, EngineTables.BLOCKED));
        List<SqlModel> spanning = new ArrayList<>();
        for (SqlModel model : models) {
            boolean readsData = model.statement().contains("${lake}") || dataDependent.stream().anyMatch(model::reads);
            if (!readsData) continue;
            dataDependent.add(model.name());
            if (!isView(model) && !partitioned.contains(model.name())) spanning.add(model);
        }
        return spanning;
    }

    /** The models a query reads, directly or through the views it reads. */
    static Set<String> readBy(Collection<String> queries, List<SqlModel> models) {
        Set<String> read = new HashSet<>();
        List<String> pending = new ArrayList<>(queries);
        while (!pending.isEmpty()) {
            SqlModel query = SqlModel.parse(Path.of("query.sql"), pending.remove(pending.size() - 1), false);
            for (SqlModel model : models) {
                if (query.reads(model.name()) && read.add(model.name()) && isView(model)) {
                    pending.add(model.statement());
                }
            }
        }
        return read;
    }

    /**
     * Adds to the delta being built the published rows of the {@code before} partitions of the partitioned
     * tables in {@code tables}, and the published rows of the spanning tables in {@code tables} that the
     * delta lacks: what a rule comparing a year with the year before reads.
     */
    static void copyPublishedRows(Statement statement, Path published, Set<String> tables, List<String> partitioned,
                                  List<SqlModel> spanning, Set<LakePartition> before) throws SQLException {
        statement.execute("attach " + SqlText.literal(SqlText.path(published.toAbsolutePath())) + " as published (read_only)");
        try {
            Set<String> publishedTables = new HashSet<>();
            try (ResultSet rs = statement.executeQuery(
                    "select table_name from duckdb_tables() where database_name = 'published' and schema_name = 'main'")) {
                while (rs.next()) publishedTables.add(rs.getString(1));
            }
            String inBefore = PartitionPredicate.of(before);
            for (String table : partitioned) {
                if (tables.contains(table) && publishedTables.contains(table)) {
                    statement.execute("insert into " + SqlText.identifier(table) + " by name select * from published.main." + SqlText.identifier(table)
                            + " where " + inBefore);
                }
            }
            for (SqlModel model : spanning) {
                String table = SqlText.identifier(model.name());
                if (tables.contains(model.name()) && publishedTables.contains(model.name())) {
                    statement.execute("insert into " + table + " by name (select * from published.main." + table
                            + " except select * from " + table + ")");
                }
            }
        } finally {
            statement.execute("detach published");
        }
    }

    /** In the copy of the published file: every partitioned table's rows of {@code rebuilt} replaced by the delta's. */
    static void replace(Statement statement, Path delta, List<String> partitioned, Set<LakePartition> rebuilt,
                        Consumer<String> progress) throws SQLException {
        String inRebuilt = PartitionPredicate.of(rebuilt);
        statement.execute("attach " + SqlText.literal(SqlText.path(delta.toAbsolutePath())) + " as delta (read_only)");
        try {
            for (String table : partitioned) {
                progress.accept("replacing the rebuilt partitions of " + table);
                statement.execute("delete from " + SqlText.identifier(table) + " where " + inRebuilt);
                statement.execute("insert into " + SqlText.identifier(table) + " by name select * from delta.main." + SqlText.identifier(table)
                        + " where " + inRebuilt);
            }
        } finally {
            statement.execute("detach delta");
        }
    }

    private static boolean isView(SqlModel model) {
        return VIEW.matcher(model.code()).find();
    }
}
