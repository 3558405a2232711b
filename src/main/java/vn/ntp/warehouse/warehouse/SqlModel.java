package vn.ntp.warehouse.warehouse;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One model file of {@code sql/}: a single {@code create or replace view|table <name> as ...}
 * statement, or just its query, which is then wrapped as a view in a staging folder and a table
 * elsewhere, named after the file.
 */
record SqlModel(Path file, String name, String statement) {

    private static final Pattern CREATE = Pattern.compile(
            "^\\s*create\\s+(?:or\\s+replace\\s+)?(?:view|table)\\s+([A-Za-z_][A-Za-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");
    /** {@code ${finding_catalogue}}, {@code ${lake:budget}}: filled in by the build, not models read. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");

    static SqlModel parse(Path file, String text, boolean staging) {
        String body = stripTrailingSemicolon(text);
        String code = withoutComments(body);
        Matcher create = CREATE.matcher(code);
        if (create.find()) {
            return new SqlModel(file, create.group(1).toLowerCase(Locale.ROOT), body);
        }
        String name = fileStem(file);
        String kind = staging ? "view" : "table";
        return new SqlModel(file, name, "create or replace " + kind + " " + name + " as\n" + body);
    }

    /** The layer folder the model belongs to ({@code 02_core}). */
    String layer() {
        return file.getParent() == null ? "" : file.getParent().getFileName().toString();
    }

    /** Creates (or replaces) the model's view or table, the lake scans written as {@code scans} says. */
    void build(Statement statement, SqlPlaceholders scans) throws SQLException {
        try {
            statement.execute(scans.apply(statement()));
        } catch (SQLException e) {
            throw new ModelFailure(file, name, e);
        }
    }

    /** The model's SQL without comments and string literals: what names it reads. */
    String code() {
        String code = STRING_LITERAL.matcher(withoutComments(statement)).replaceAll("''");
        return PLACEHOLDER.matcher(code).replaceAll("");
    }

    boolean reads(String otherModel) {
        return !otherModel.equals(name)
                && Pattern.compile("\\b" + Pattern.quote(otherModel) + "\\b", Pattern.CASE_INSENSITIVE)
                        .matcher(code()).find();
    }

    static String fileStem(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return (dot < 0 ? fileName : fileName.substring(0, dot)).toLowerCase(Locale.ROOT);
    }

    private static String withoutComments(String sql) {
        return LINE_COMMENT.matcher(sql).replaceAll("");
    }

    private static String stripTrailingSemicolon(String sql) {
        String trimmed = sql.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }
}
