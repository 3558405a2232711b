package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16.2: what the operator and the analyst read is Vietnamese. The output of {@code demo},
 * {@code run}, one fire of {@code schedule} (a real process), {@code status} and the headers of the
 * exports are scanned for English words and snake_case names. Paths, file names and the SQL example the
 * demo suggests are not prose and are left out of the scan.
 */
class LanguageScanTest {
    /** English words the program's own code and libraries would print. */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "with", "for", "is", "building", "rule", "rules", "finding",
            "findings", "published", "rebuilding", "completed", "failed", "started", "stopped", "abandoned", "unknown", "status",
            "file", "files", "warehouse", "lake", "report", "reports", "step", "steps", "error", "errors", "warning", "warnings",
            "info", "intake", "extract", "validate", "compaction", "marts", "mart", "done", "run", "runs", "partition", "partitions",
            "rows", "spans", "loaded", "superseded", "duplicate", "rejected", "reported", "rolled_up", "exception", "null", "true", "false");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_]*");
    private static final Pattern SNAKE = Pattern.compile("\\b[a-z][a-z0-9]*_[a-z0-9_]+\\b");
    /**
     * Log lines: the tests' logback-test.xml sends the log to the console (./ntp sends it to state/ntp.log only,
     * logging.threshold.console=OFF); logs are English by design.
     */
    private static final Pattern TEST_LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (TRACE|DEBUG|INFO|WARN|ERROR) .*");

    @TempDir
    Path tmp;

    @Test
    void demoRunScheduleStatusAndExportHeadersAreVietnamese() throws Exception {
        Path home = tmp.resolve("home");
        List<String> problems = new ArrayList<>();
        CommandLineTest.Printed demo = CommandLineTest.ntp("demo", "--home", home.toString());
        assertThat(demo.exit()).isZero();
        scan("demo", demo.out() + demo.err(), problems);

        CommandLineTest.Printed run = CommandLineTest.ntp("run", "--home", home.toString(), "--inbox", Path.of("jobs/sample-inbox").toString());
        assertThat(run.exit()).isZero();
        scan("run", run.out() + run.err(), problems);

        String fire = oneScheduledFire(home);
        assertThat(fire).contains("Lần chạy theo lịch bắt đầu lúc ").contains(": hoàn tất").doesNotContain("COMPLETED");
        scan("schedule", fire, problems);

        CommandLineTest.Printed status = CommandLineTest.ntp("status", "--home", home.toString());
        assertThat(status.out()).contains("hoàn tất");
        scan("status", status.out() + status.err(), problems);

        assertThat(CommandLineTest.ntp("export", "--format", "xlsx", "--home", home.toString()).exit()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(home.resolve("exports/kho-du-lieu.xlsx").toFile())) {
            for (Sheet sheet : wb) {
                scan("export sheet name", sheet.getSheetName(), problems);
                if (sheet.getSheetName().equals(ExportCommand.DICTIONARY_SHEET)) continue;  // it names the columns' English names on purpose
                for (Cell c : sheet.getRow(0)) scan("export header of " + sheet.getSheetName(), c.getStringCellValue(), problems);
            }
        }
        assertThat(CommandLineTest.ntp("export", "--format", "csv", "--home", home.toString()).exit()).isZero();
        try (var files = Files.list(home.resolve("exports"))) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                scan("CSV header of " + csv.getFileName(), Files.readAllLines(csv, StandardCharsets.UTF_8).get(0), problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** {@code ./ntp schedule} in its own process, every two seconds, until one fire has ended; then stopped. */
    private static String oneScheduledFire(Path home) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Ntp.class.getName(),
                "schedule", "--cron", "0/2 * * * * ?", "--home", home.toString(), "--inbox", Path.of("jobs/sample-inbox").toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
                if (line.startsWith("Lần chạy theo lịch kết thúc")) break;
            }
        } finally {
            p.destroy();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        return out.toString();
    }

    private static void scan(String where, String text, List<String> problems) {
        for (String line : text.split("\n")) {
            if (TEST_LOG_LINE.matcher(line).matches()) continue;
            String prose = line.replaceAll("Thử: \\./ntp query \".*\"", "")         // the demo's SQL example
                    .replaceAll("\\S*[/\\\\]\\S*", "")                                 // paths
                    .replaceAll("\\S+\\.(xlsx|xls|html|duckdb|csv|parquet|yaml|log)\\b", "")  // file names
                    .replaceAll("\\b\\d{8}-\\d{6}-\\d{3}\\b", "");                     // run ids
            Matcher snake = SNAKE.matcher(prose);
            while (snake.find()) problems.add(where + ": snake_case \"" + snake.group() + "\" in: " + line.strip());
            Matcher word = WORD.matcher(prose);
            while (word.find()) {
                if (ENGLISH.contains(word.group().toLowerCase(Locale.ROOT))) {
                    problems.add(where + ": English \"" + word.group() + "\" in: " + line.strip());
                }
            }
        }
    }
}
