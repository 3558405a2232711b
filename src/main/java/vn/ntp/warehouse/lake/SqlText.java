package vn.ntp.warehouse.lake;

import java.nio.file.Path;

/** Text put into DuckDB SQL: string literals, file paths, identifiers. */
public final class SqlText {

    private SqlText() {
    }

    /** {@code text} as a SQL string literal, quotes doubled. */
    public static String literal(String text) {
        return "'" + escaped(text) + "'";
    }

    /** {@code text} with its quotes doubled, for a place already inside a string literal. */
    public static String escaped(String text) {
        return text.replace("'", "''");
    }

    /** A path with '/' separators, as DuckDB globs want them on every platform. */
    public static String path(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** A quoted identifier (a table name). */
    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
