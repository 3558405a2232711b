package vn.ntp.warehouse.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.ntp.warehouse.batch.RunProgress;
import vn.ntp.warehouse.report.Html;
import vn.ntp.warehouse.warehouse.DataDictionary;

/**
 * {@code ./ntp docs [--out FILE]}: the warehouse's catalogue as one self-contained HTML file
 * (default {@code <home>/reports/danh-muc-kho.html}): every table and view with its Vietnamese name,
 * grain, row count and columns (type, Vietnamese name and meaning, from {@code jobs/dictionary}), the
 * models and lake datasets it is built from (read from its {@code sql/} file), and the SQL tests of
 * {@code sql/tests/} run now on the published warehouse, with their result.
 */
final class DocsCommand {
    private static final Pattern LAKE = Pattern.compile("\\$\\{lake}/([a-z_]+)/");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{reference}/([A-Za-z0-9_./-]+)");
    private static final Pattern WORD = Pattern.compile("\\b([a-z][a-z0-9_]*)\\b");

    private DocsCommand() {
    }

    record Model(String layer, Path file, String sql) {
    }

    static int run(Arguments args) {
        Path out = args.option("--out").map(Path::of).orElse(args.home().resolve("reports/danh-muc-kho.html")).toAbsolutePath();
        DataDictionary dictionary = DataDictionary.load(args.jobsDir());
        Map<String, Model> models = models(args.sqlDir());
        try (Connection c = WarehouseAccess.open(args.home()); Statement s = c.createStatement()) {
            Map<String, String> kinds = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("select table_name, table_type from information_schema.tables where table_schema = 'main'")) {
                while (rs.next()) kinds.put(rs.getString(1), rs.getString(2));
            }
            Map<String, List<String[]>> tests = tests(s, args.sqlDir());
            StringBuilder toc = new StringBuilder();
            StringBuilder body = new StringBuilder();
            List<String> layers = new java.util.ArrayList<>(models.values().stream().map(Model::layer).distinct()
                    .sorted(java.util.Comparator.reverseOrder()).toList());
            layers.add("");
            for (String layer : layers) {
                List<String> names = kinds.keySet().stream()
                        .filter(n -> layer.isEmpty() ? !models.containsKey(n) : models.containsKey(n) && models.get(n).layer().equals(layer)).toList();
                if (names.isEmpty()) continue;
                String title = switch (layer) {
                    case "03_marts" -> "Bảng tổng hợp (sql/03_marts)";
                    case "02_core" -> "Bảng lõi: danh mục, dữ kiện, tệp (sql/02_core)";
                    case "01_staging" -> "Lớp đọc vào (sql/01_staging)";
                    case "05_findings" -> "Phát hiện, sau bước kiểm tra chéo (sql/05_findings)";
                    case "" -> "Bảng do chương trình ghi (quy tắc, lịch nộp, trạng thái dựng kho)";
                    default -> "Lớp " + layer.substring(0, 2) + " (sql/" + layer + ")";
                };
                body.append("<h2>").append(Html.escape(title)).append("</h2>");
                toc.append("<li>").append(Html.escape(title)).append(": ");
                for (String name : names) {
                    toc.append("<a href=\"#").append(name).append("\">").append(name).append("</a> ");
                    body.append(table(s, name, kinds.get(name), dictionary, models.get(name), kinds.keySet(), tests.getOrDefault(name, List.of())));
                }
                toc.append("</li>");
            }
            String html = """
                    <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Danh mục kho dữ liệu</title>
                    <style>body{font-family:"Segoe UI",Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
                    h1{font-size:22px} h2{font-size:18px;margin-top:2em;border-bottom:2px solid #ccc} h3{font-size:15px;margin:1.4em 0 .2em}
                    table{border-collapse:collapse;font-size:13px;margin:.4em 0} td,th{border:1px solid #ddd;padding:2px 7px;text-align:left;vertical-align:top}
                    th{background:#f3f5f7} code{font-size:12px} .note{color:#555;font-size:13px} .ok{color:#2e7d32} .fail{color:#c62828;font-weight:bold}
                    </style></head><body><h1>Danh mục kho dữ liệu</h1>
                    <p class="note">Lập lúc %s (giờ Việt Nam) từ %s. Tên và ý nghĩa: jobs/dictionary; cách dựng: sql/.</p><ul>%s</ul>%s</body></html>
                    """.formatted(RunProgress.time(Instant.now()), Html.escape(args.home().resolve("warehouse.duckdb").toString()), toc, body);
            Files.createDirectories(out.getParent());
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("Danh mục kho dữ liệu: " + out);
            return 0;
        } catch (SQLException | IOException | UncheckedIOException e) {
            throw Trouble.of("Không viết được danh mục kho vào " + out, e, args.home());
        }
    }

    private static String table(Statement s, String name, String kind, DataDictionary dictionary, Model model, Set<String> all,
                                List<String[]> tests) throws SQLException {
        StringBuilder h = new StringBuilder("<section id=\"").append(name).append("\" data-table=\"").append(name).append("\"><h3>")
                .append(Html.escape(dictionary.table(name).map(DataDictionary.Table::label).orElse(name))).append(" <code>")
                .append(name).append("</code> (").append(kind.equals("VIEW") ? "khung nhìn" : "bảng").append(")</h3>");
        long rows;
        try (ResultSet rs = s.executeQuery("select count(*) from \"" + name.replace("\"", "\"\"") + "\"")) {
            rs.next();
            rows = rs.getLong(1);
        }
        h.append("<p class=\"note\">Mỗi dòng: ").append(Html.escape(dictionary.table(name).map(DataDictionary.Table::grain).orElse("—")))
                .append(". Số dòng: ").append(rows).append(".");
        if (model != null) {
            h.append(" Dựng từ: <span class=\"from\">").append(Html.escape(String.join(", ", sources(model, name, all))))
                    .append("</span> (<code>sql/").append(model.layer()).append('/').append(model.file().getFileName()).append("</code>).");
        }
        h.append("</p><table class=\"columns\"><tr><th>Cột</th><th>Kiểu</th><th>Tên</th><th>Ý nghĩa</th></tr>");
        try (ResultSet rs = s.executeQuery("select column_name, data_type from information_schema.columns where table_schema = 'main' "
                + "and table_name = '" + name.replace("'", "''") + "' order by ordinal_position")) {
            while (rs.next()) {
                var column = dictionary.column(name, rs.getString(1));
                h.append("<tr><td><code>").append(Html.escape(rs.getString(1))).append("</code></td><td>").append(Html.escape(rs.getString(2)))
                        .append("</td><td>").append(Html.escape(column.map(DataDictionary.Column::label).orElse("")))
                        .append("</td><td>").append(Html.escape(column.map(DataDictionary.Column::description).orElse(""))).append("</td></tr>");
            }
        }
        h.append("</table>");
        if (!tests.isEmpty()) {
            h.append("<p class=\"note\">Kiểm thử SQL (sql/tests), chạy lúc lập danh mục:</p><ul class=\"tests\">");
            for (String[] t : tests) {
                h.append("<li data-test=\"").append(Html.escape(t[0])).append("\"><code>").append(Html.escape(t[0])).append("</code>: ")
                        .append(t[1].equals("0") ? "<span class=\"ok\">đạt</span>" : t[1].startsWith("-")
                                ? "<span class=\"fail\">không chạy được</span>" : "<span class=\"fail\">không đạt, " + t[1] + " dòng sai</span>")
                        .append("</li>");
            }
            h.append("</ul>");
        }
        return h.append("</section>").toString();
    }

    /** The models, lake datasets and reference files a model's SQL names. */
    static List<String> sources(Model model, String self, Set<String> all) {
        Set<String> from = new LinkedHashSet<>();
        Matcher lake = LAKE.matcher(model.sql());
        while (lake.find()) from.add("lake/" + lake.group(1));
        Matcher ref = REFERENCE.matcher(model.sql());
        while (ref.find()) from.add("jobs/reference/" + ref.group(1));
        String code = model.sql().replaceAll("(?m)--.*$", "").replaceAll("'[^']*'", "''");   // comments and text aside
        Matcher word = WORD.matcher(code);
        while (word.find()) {
            String w = word.group(1);
            if (!w.equals(self) && all.contains(w)) from.add(w);
        }
        return new ArrayList<>(from);
    }

    /** Every model file of the layer folders, by the name it creates. */
    static Map<String, Model> models(Path sqlDir) {
        Map<String, Model> models = new LinkedHashMap<>();
        Pattern create = Pattern.compile("(?i)create\\s+(?:or\\s+replace\\s+)?(?:view|table)\\s+([A-Za-z_][A-Za-z0-9_]*)");
        try (Stream<Path> files = Files.walk(sqlDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                String layer = sqlDir.relativize(f).getName(0).toString();
                if (!layer.matches("\\d\\d_.*")) continue;
                String sql = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = create.matcher(sql);
                String name = m.find() ? m.group(1) : f.getFileName().toString().replace(".sql", "");
                models.put(name, new Model(layer, f, sql));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return models;
    }

    /** sql/tests/&lt;table&gt;__&lt;what&gt;.sql run now: file name and the number of rows that break it ("-1": it does not run). */
    private static Map<String, List<String[]>> tests(Statement s, Path sqlDir) throws IOException {
        Map<String, List<String[]>> byTable = new TreeMap<>();
        Path dir = sqlDir.resolve("tests");
        if (!Files.isDirectory(dir)) return byTable;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                String file = f.getFileName().toString();
                String table = file.contains("__") ? file.substring(0, file.indexOf("__")) : "";
                String query = Files.readString(f, StandardCharsets.UTF_8).strip().replaceAll(";+$", "");
                String result;
                try (ResultSet rs = s.executeQuery("select count(*) from (" + query + ")")) {
                    rs.next();
                    result = Long.toString(rs.getLong(1));
                } catch (SQLException e) {
                    result = "-1";
                }
                byTable.computeIfAbsent(table, k -> new ArrayList<>()).add(new String[] {file, result});
            }
        }
        return byTable;
    }
}
