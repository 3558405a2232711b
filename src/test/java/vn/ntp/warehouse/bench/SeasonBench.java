package vn.ntp.warehouse.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.batch.ReferenceData;
import vn.ntp.warehouse.extract.AnnexExtractor;
import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.reference.UnitMaster;
import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * {@code ./ntp bench season [options]}: generates a season ({@link SeasonGenerator}; reused when the
 * same options wrote it before), then times on the same files, on all cores: (a) the floor, a bare
 * aalto pass over the shared strings and every sheet of every file, and for reference POI's usermodel
 * reading every cell ({@link UsermodelPass}); (b) the extractor alone; (c) a
 * full {@code ./ntp run} in a fresh JVM, JVM start included; (c') its tables merely rewritten ({@link WriteFloor}),
 * which with (b) bounds (c) from below; (d) a rerun with nothing new; (e) a rerun
 * after the corrected versions of 1 % of the files arrived; (f) p50/p95 of typical analyst queries on
 * the marts; (g) the peak heap of the runs. Every time is also given as a ratio to the floor. After
 * (c) and (e) it checks the warehouse against what the generator wrote ({@link SeasonChecks}) and
 * exits 1 if anything differs: a fast but wrong warehouse fails the bench.
 */
public final class SeasonBench {
    private static final int QUERY_WARMUP = 3;
    private static final int QUERY_RUNS = 30;

    private final SeasonOptions options;
    private final Path work;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final boolean strict;
    private final boolean profile;
    private boolean readersOnly;

    private SeasonBench(SeasonOptions options, Path work, boolean strict, boolean profile) {
        this.options = options;
        this.work = work;
        this.strict = strict;
        this.profile = profile;
    }

    public static void main(String[] args) throws Exception {
        // POI's notes on the .xls files written and read (no codepage, no summary) would bury the figures
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.poi")).setLevel(ch.qos.logback.classic.Level.ERROR);
        List<String> list = new ArrayList<>(Arrays.asList(args));
        if (!list.isEmpty() && list.get(0).equals("season")) list.remove(0);
        SeasonOptions options;
        try {
            options = SeasonOptions.parse(list);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.print(SeasonOptions.USAGE);
            System.exit(2);
            return;
        }
        int at = list.indexOf("--work");
        Path work = Path.of(at >= 0 ? list.get(at + 1) : "target/bench").resolve(options.folderName());
        SeasonBench bench = new SeasonBench(options, work, list.contains("--strict"), list.contains("--profile"));
        bench.readersOnly = list.contains("--readers-only");
        int code = bench.run(list.contains("--generate-only"));
        System.exit(code);
    }

    private int run(boolean generateOnly) throws Exception {
        System.out.printf("== ntp bench season: %s%n", options.describe());
        System.out.printf(Locale.ROOT, "   machine: %d cores, %.1f GiB memory, %s %s, %s; load average %.2f at the start%n", cores,
                totalMemoryGiB(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), loadAverage());
        Path inbox = work.resolve("inbox");
        Path corrections = work.resolve("corrections");
        UnitMaster units = UnitMaster.load(Path.of("jobs", "reference"));
        System.out.printf("%n-- generating into %s%n", work);
        SeasonGenerator.Season season = SeasonGenerator.generate(units, options, inbox, corrections);
        SeasonGenerator.removeCorrections(season, inbox);
        List<Path> files = season.originals().stream().map(f -> inbox.resolve(f.file().relativePath())).toList();
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        long xls = season.originals().stream().filter(f -> f.file().style().xls()).count();
        System.out.printf(Locale.ROOT, "   %d workbooks (%d .xlsx, %d .xls; %.1f MB) of %d communes, %d districts, %d provinces; "
                        + "%d corrected versions; %s in %.1f s (%.2f ms per workbook on %d threads)%n",
                files.size(), files.size() - xls, xls, bytes / 1e6, season.plan().communeCount(), season.plan().districtCount(),
                season.plan().provinceCount(), season.corrections().size(), season.written() ? "written" : "reused, truth recomputed",
                season.writeSeconds(), season.writeSeconds() * 1000 / Math.max(1, files.size()), options.threads());
        System.out.printf("   injected: %s%n", season.truth().findingCounts());
        if (generateOnly) return 0;

        System.out.printf("%n-- (a) floor: bare aalto pass over the shared strings and every sheet, %d threads%n", cores);
        parallel(files, ReaderBench::barePassAll);
        double floor = Math.min(time(() -> parallel(files, ReaderBench::barePassAll)), time(() -> parallel(files, ReaderBench::barePassAll)));
        report("(a) floor", floor, floor, files.size());

        double usermodel = readersOnly ? Double.NaN : usermodel(files, floor);

        System.out.printf("%n-- (b) extractor alone (AnnexExtractor over every file, %d threads, no lake)%n", cores);
        AnnexExtractor extractor = ReferenceData.load(new NtpSettings(work.resolve("home"), Path.of("jobs"), Path.of("sql"), 200)).extractor();
        AtomicLong rows = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        parallel(files.subList(0, Math.min(files.size(), 2_000)), f -> extractor.extract(f).factRows());
        double[] passes = new double[2];
        for (int pass = 0; pass < passes.length; pass++) {
            rows.set(0);
            rejected.set(0);
            passes[pass] = time(() -> parallel(files, f -> {
                ExtractedAnnex a = extractor.extract(f);
                rows.addAndGet(a.factRows());
                if (a.rejected()) rejected.incrementAndGet();
                return a.factRows();
            }));
        }
        double extract = Math.min(passes[0], passes[1]);
        System.out.printf(Locale.ROOT, "   passes: %.2f s (JIT still compiling), %.2f s%n", passes[0], passes[1]);
        report("(b) extractor alone", extract, floor, files.size());
        System.out.printf("   %d fact rows, %d files rejected%n", rows.get(), rejected.get());
        byFormat(files, extractor);
        if (rejected.get() > 0) failures.add(rejected.get() + " files rejected by the extractor");
        if (readersOnly) return failures.isEmpty() ? 0 : 1;

        prepareLauncher();
        Path home = work.resolve("home");
        deleteTree(home);
        Path warehouse = home.resolve(WarehouseBuilder.WAREHOUSE_FILE);
        System.out.printf("%n-- (c) full run in a fresh JVM: inbox → lake → warehouse → marts → report, -Xmx1g%n");
        Child full = runNtp(home, inbox, "full-run", profile ? work.resolve("run.jfr") : null);
        report("(c) full run", full.seconds, floor, files.size());
        String versus = usermodel >= full.seconds
                ? String.format(Locale.ROOT, "%.2f × faster than POI usermodel (%.2f s)", usermodel / full.seconds, usermodel)
                : String.format(Locale.ROOT, "%.2f × slower than POI usermodel (%.2f s)", full.seconds / usermodel, usermodel);
        System.out.println("   run is " + versus);
        figures.put("(c) vs POI usermodel", versus);
        heap("(c) full run", full);
        check("after the full run", warehouse, season.truth());
        writeFloor(warehouse, extract, floor, files.size());

        System.out.printf("%n-- (d) rerun with nothing new%n");
        Map<String, Long> before = SeasonChecks.countsOf(warehouse, "select status, count(*) from submission group by status");
        Child again = runNtp(home, inbox, "rerun-nothing-new");
        report("(d) rerun, nothing new", again.seconds, floor, files.size());
        heap("(d) rerun, nothing new", again);
        Map<String, Long> after = SeasonChecks.countsOf(warehouse, "select status, count(*) from submission group by status");
        if (!before.equals(after)) failures.add("a rerun with nothing new changed the submissions: " + before + " → " + after);

        System.out.printf("%n-- (e) rerun after %d corrected versions (%.1f %% of the files) arrived%n", season.corrections().size(),
                100.0 * season.corrections().size() / files.size());
        SeasonGenerator.dropCorrections(season, corrections, inbox);
        Child corrected = runNtp(home, inbox, "rerun-corrections");
        report("(e) rerun, 1 % corrected", corrected.seconds, floor, files.size());
        heap("(e) rerun, 1 % corrected", corrected);
        SeasonChecks.Result fixed = check("after the corrections", warehouse, season.truthAfterCorrections());
        long superseded = fixed.submissionsByStatus().getOrDefault("superseded", 0L);
        if (superseded != season.corrections().size()) {
            failures.add("superseded submissions: " + superseded + ", corrected files: " + season.corrections().size());
        }
        SeasonGenerator.removeCorrections(season, inbox);

        System.out.printf("%n-- (f) analyst queries on the marts, %d seasons loaded (%d runs each after %d warm-up runs)%n",
                options.years(), QUERY_RUNS, QUERY_WARMUP);
        queries(warehouse, season);

        schedule(season, inbox, corrections, floor, files.size());

        System.out.printf("%n== summary (%d workbooks, %d cores, load average %.2f at the end)%n", files.size(), cores, loadAverage());
        figures.forEach((k, v) -> System.out.printf("   %-28s %s%n", k, v));
        writeSummary(season, files.size());
        if (failures.isEmpty()) {
            System.out.println("\nKẾT QUẢ: ĐÚNG — the warehouse holds exactly what the generator wrote.");
            return 0;
        }
        System.out.println("\nKẾT QUẢ: SAI — the bench FAILS:");
        failures.forEach(f -> System.out.println("   - " + f));
        return 1;
    }

    // ---------- steps

    /** (h) ./ntp schedule: one JVM, its first fire, a warm fire with nothing new, a warm fire after the corrections arrived. */
    private void schedule(SeasonGenerator.Season season, Path inbox, Path corrections, double floor, int files) throws Exception {
        System.out.printf("%n-- (h) nightly schedule in one JVM (./ntp schedule, cron every %d s): first fire, a warm fire with "
                + "nothing new, a warm fire after %d corrected versions arrived%n", ScheduleBench.EVERY_SECONDS, season.corrections().size());
        Path home = work.resolve("home-schedule");
        deleteTree(home);
        ScheduleBench.Result r = ScheduleBench.run(home, inbox, work.resolve("schedule.log"), CHILD_OPTS,
                () -> SeasonGenerator.dropCorrections(season, corrections, inbox));
        try {
            System.out.printf(Locale.ROOT, "   JVM + Spring + Quartz start: %.2f s%n", r.startSeconds());
            report("(h) fire 1, full load", r.first().seconds(), floor, files);
            System.out.println("   " + ScheduleBench.describe(r.first()));
            report("(h) fire 2, warm, nothing new", r.nothingNew().seconds(), floor, files);
            System.out.println("   " + ScheduleBench.describe(r.nothingNew()));
            report("(h) fire 3, warm, 1 % corrected", r.corrected().seconds(), floor, files);
            System.out.println("   " + ScheduleBench.describe(r.corrected()));
            System.out.printf("   stopped with SIGTERM as Ctrl+C does: exit code %d%n", r.exitCode());
            if (r.heap() != null) heap("(h) schedule, 3 fires", new Child(0, r.heap().get("pools"), r.heap().get("live"), r.heap().get("max"), r.heap().getOrDefault("jdk", -1L)));
            check("after the scheduled fires", home.resolve(WarehouseBuilder.WAREHOUSE_FILE), season.truthAfterCorrections());
        } finally {
            SeasonGenerator.removeCorrections(season, inbox);
        }
    }

    /** (c') what merely writing the tables of the warehouse (c) built costs, and the bound it sets on (c) with (b). */
    private void writeFloor(Path warehouse, double extract, double floor, int files) throws Exception {
        System.out.printf("%n-- (c') write floor: every table of the warehouse built in (c) copied into a new DuckDB file, "
                + "the build's memory limit, %d threads%n", cores);
        WriteFloor.Result r = WriteFloor.measure(warehouse, work.resolve("write-floor.duckdb"));
        report("(c') write floor", r.seconds(), floor, files);
        System.out.printf(Locale.ROOT, "   %d tables, %,d rows; the largest: %s%n", r.tables().size(), r.rows(),
                String.join(", ", r.tables().stream().limit(4)
                        .map(t -> String.format(Locale.ROOT, "%s %,d rows %.2f s", t.name(), t.rows(), t.seconds())).toList()));
        report("(b) + (c') bound", extract + r.seconds(), floor, files);
        System.out.println("   no full run is faster than the extractor alone plus the rows of its tables written: the bound "
                + "leaves out hashing, the lake, the models' computing, compaction, the report and the JVM");
    }

    /** (a') the reference a first attempt would write: POI's usermodel reading every cell, timed as the floor is. */
    private double usermodel(List<Path> files, double floor) throws Exception {
        System.out.printf("%n-- (a') reference: POI usermodel (WorkbookFactory.create) reading every cell, %d threads%n", cores);
        parallel(files.subList(0, Math.min(files.size(), 2_000)), UsermodelPass::readAll);
        double seconds = Math.min(time(() -> parallel(files, UsermodelPass::readAll)), time(() -> parallel(files, UsermodelPass::readAll)));
        report("(a') POI usermodel", seconds, floor, files.size());
        return seconds;
    }

    /** Where the extractor's time goes: the .xlsx files (against their own floor) and the .xls files (HSSF), apart. */
    private void byFormat(List<Path> files, AnnexExtractor extractor) throws Exception {
        List<Path> xlsx = files.stream().filter(f -> f.toString().endsWith(".xlsx")).toList();
        List<Path> xls = files.stream().filter(f -> f.toString().endsWith(".xls")).toList();
        if (xlsx.isEmpty() || xls.isEmpty()) return;
        double xlsxFloor = time(() -> parallel(xlsx, ReaderBench::barePassAll));
        double xlsxExtract = time(() -> parallel(xlsx, f -> extractor.extract(f).factRows()));
        double xlsExtract = time(() -> parallel(xls, f -> extractor.extract(f).factRows()));
        String text = String.format(Locale.ROOT, ".xlsx %.3f ms per workbook (%.2f × their floor of %.3f ms); .xls %.3f ms per workbook",
                xlsxExtract * 1000 / xlsx.size(), xlsxExtract / xlsxFloor, xlsxFloor * 1000 / xlsx.size(), xlsExtract * 1000 / xls.size());
        System.out.println("   by format: " + text);
        figures.put("(b) by format", text);
    }

    private SeasonChecks.Result check(String when, Path warehouse, SeasonTruth truth) throws SQLException {
        long start = System.nanoTime();
        SeasonChecks.Result r = SeasonChecks.verify(warehouse, truth);
        System.out.printf(Locale.ROOT, "   check %s: %d comparisons in %.1f s, %s; submissions %s; findings of loaded files %s%n",
                when, r.checks(), (System.nanoTime() - start) / 1e9, r.ok() ? "all equal" : r.mismatches().size() + " DIFFER",
                r.submissionsByStatus(), r.findingsByRule());
        for (String m : r.mismatches().stream().limit(20).toList()) System.out.println("     ✗ " + m);
        if (!r.ok()) failures.add(when + ": " + r.mismatches().size() + " differences, first: " + r.mismatches().get(0));
        Map<String, Long> uninjected = new LinkedHashMap<>(r.findingsByRule());
        truth.findingCounts().keySet().forEach(uninjected::remove);
        if (!uninjected.isEmpty()) {
            System.out.println("   findings the generator did not inject (every file is consistent apart from the injections): " + uninjected
                    + (strict ? "" : " — a warning; --strict fails on them"));
            if (strict) failures.add(when + ": findings the generator did not inject " + uninjected);
        }
        return r;
    }

    private record Query(String name, String sql) {
    }

    private void queries(Path warehouse, SeasonGenerator.Season season) throws SQLException {
        String province = season.truth().districtMoney().keySet().iterator().next().province();
        String lastPeriod = options.periodLabels(SeasonOptions.LAST_YEAR).get(0);
        String all = " and project_code = program_code and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'";
        List<Query> queries = new ArrayList<>(List.of(
                new Query("national disbursement by program and period", """
                        select program_code, year, period_label, sum(allocated_mvnd) as allocated_mvnd, sum(disbursed_mvnd) as disbursed_mvnd,
                               100.0 * sum(disbursed_mvnd) / nullif(sum(allocated_mvnd), 0) as disbursement_pct
                        from mart_disbursement where basis = 'rolled_up' and unit_level = 'tinh'""" + all + " group by all order by all"),
                new Query("national disbursement by project", """
                        select program_code, year, project_code, sum(allocated_mvnd), sum(disbursed_mvnd)
                        from mart_disbursement where basis = 'rolled_up' and unit_level = 'tinh' and period_label = '%s'
                          and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL' group by all order by all"""
                        .formatted(lastPeriod)),
                new Query("disbursement by province", """
                        select unit_code, unit_name, allocated_mvnd, disbursed_mvnd, disbursement_pct from mart_disbursement
                        where basis = 'rolled_up' and unit_level = 'tinh' and year = %d and period_label = '%s'%s
                        order by disbursement_pct""".formatted(SeasonOptions.LAST_YEAR, lastPeriod, all)),
                new Query("a province's districts", """
                        select m.unit_code, m.unit_name, m.basis, m.allocated_mvnd, m.disbursed_mvnd, m.disbursement_pct
                        from mart_disbursement m join dim_unit u on u.unit_key = m.unit_key
                        where u.parent_code = '%s' and m.unit_level = 'huyen' and m.year = %d and m.period_label = '%s'
                          and m.project_code = m.program_code and m.budget_level = 'ALL' and m.capital_type = 'ALL' and m.vintage = 'ALL'
                        order by m.unit_code, m.basis""".formatted(province, SeasonOptions.LAST_YEAR, lastPeriod)),
                new Query("a province over the years", """
                        select year, period_label, allocated_mvnd, disbursed_mvnd, disbursement_pct from mart_disbursement
                        where unit_code = '%s' and basis = 'rolled_up'%s order by year, period_label""".formatted(province, all)),
                new Query("poverty rate by province", """
                        select year, unit_code, unit_name, poor_rate_start_pct, poor_rate_end_pct, poor_rate_reduction_pct, target_met
                        from mart_poverty where basis = 'rolled_up' and unit_level = 'tinh' and period_label = '%s'
                        order by poor_rate_end_pct desc""".formatted(lastPeriod)),
                new Query("national poverty rate by year", """
                        select year, period_label, sum(total_households), 100.0 * sum(poor_start) / sum(total_households),
                               100.0 * sum(poor_end) / sum(total_households)
                        from mart_poverty where basis = 'rolled_up' and unit_level = 'tinh' group by all order by all"""),
                new Query("deprivation rates by indicator", """
                        select year, indicator_code, indicator_name, household_group,
                               100.0 * sum(deprived_households) / nullif(sum(base_households), 0) as rate_pct
                        from mart_deprivation where basis = 'rolled_up' and unit_level = 'tinh'
                        group by all order by all""")));
        try (Connection db = ReadOnlyWarehouse.open(warehouse); Statement s = db.createStatement()) {
            for (String mart : List.of("mart_completeness", "mart_submission_completeness")) {
                if (exists(s, mart)) queries.add(new Query("completeness (" + mart + ")", "select * from " + mart + " limit 1000"));
            }
            List<Double> everything = new ArrayList<>();
            for (Query q : queries) {
                for (int i = 0; i < QUERY_WARMUP; i++) drain(s, q.sql());
                double[] ms = new double[QUERY_RUNS];
                int rowCount = 0;
                for (int i = 0; i < QUERY_RUNS; i++) {
                    long start = System.nanoTime();
                    rowCount = drain(s, q.sql());
                    ms[i] = (System.nanoTime() - start) / 1e6;
                    everything.add(ms[i]);
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "   %-46s p50 %7.1f ms   p95 %7.1f ms   (%d rows)%n", q.name(), percentile(ms, 50),
                        percentile(ms, 95), rowCount);
            }
            double[] allMs = everything.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            figures.put("(f) queries p50 / p95", String.format(Locale.ROOT, "%.1f ms / %.1f ms over %d queries, %d seasons loaded",
                    percentile(allMs, 50), percentile(allMs, 95), queries.size(), options.years()));
        }
    }

    private static boolean exists(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("select count(*) from information_schema.tables where table_name = '" + table + "'")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    private static int drain(Statement s, String sql) throws SQLException {
        int n = 0;
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) rs.getObject(c);
                n++;
            }
        }
        return n;
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    // ---------- child JVM

    /**
     * Not timed: ./ntp builds and extracts the jar if needed, and its first demo writes the class-data-sharing
     * archive every later start uses — as on a machine that has run ./ntp before.
     */
    private void prepareLauncher() throws IOException, InterruptedException {
        Path warmup = work.resolve("warmup-home");
        deleteTree(warmup);
        Process p = new ProcessBuilder("./ntp", "demo", "--home", warmup.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("warmup.log").toFile()).start();
        if (p.waitFor() != 0) failures.add("./ntp demo (warm-up) failed: see " + work.resolve("warmup.log"));
        deleteTree(warmup);
    }

    /** The JVM options of the runs the bench times: ./ntp's default heap, the heap probe on. */
    private static final String CHILD_OPTS = "-Xmx1g -Dntp.peak-heap=true -Dlogging.level.org.apache.poi=ERROR";

    private record Child(double seconds, long poolsPeak, long livePeak, long maxHeap, long jdk) {
    }

    private Child runNtp(Path home, Path inbox, String log) throws IOException, InterruptedException {
        return runNtp(home, inbox, log, null);
    }

    /** recording: where the run writes its flight recording (then profiled), or null. */
    private Child runNtp(Path home, Path inbox, String log, Path recording) throws IOException, InterruptedException {
        // the launcher users run (extracted jar, class-data-sharing archive), the heap probe switched on
        List<String> cmd = List.of("./ntp", "run", "--home", home.toString(), "--inbox", inbox.toString());
        Files.createDirectories(work);
        Path logFile = work.resolve(log + ".log");
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().put("NTP_JAVA_OPTS", recording == null ? CHILD_OPTS : CHILD_OPTS
                + " -XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=settings=profile,filename=" + recording.toAbsolutePath());
        Process p = builder.start();
        long pools = -1, live = -1, max = -1, jdk = -1;
        List<RunLog.Stamped> stamped = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.println(line);
                stamped.add(new RunLog.Stamped(line, java.time.Instant.now()));
                Map<String, Long> v = RunLog.peakHeap(line);
                if (v != null) {
                    pools = v.get("pools");
                    live = v.get("live");
                    max = v.get("max");
                    jdk = v.getOrDefault("jdk", -1L);
                } else if (line.startsWith("Kết quả") || line.startsWith("Tệp") || line.contains("tệp")) {
                    System.out.println("   | " + line);
                }
            }
        }
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        printSteps(logFile, seconds);
        if (code != 0) failures.add(log + ": ./ntp run exited with " + code + " (see " + logFile + ")");
        if (recording != null && Files.exists(recording)) {
            System.out.printf("%n-- profile of %s (JFR, settings=profile)%n", log);
            JfrProfile.print(recording, RunLog.windows(stamped), 20);
        }
        return new Child(seconds, pools, live, max, jdk);
    }

    /** The run's own step times (its "[n/5] ... xong trong X giây" lines), and what is left: JVM and Spring start, closing. */
    private void printSteps(Path logFile, double seconds) throws IOException {
        RunLog.Steps steps = RunLog.steps(Files.readAllLines(logFile, StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "   steps: %sJVM start, Spring, closing %.1f s%n", steps.text(), seconds - steps.seconds());
    }

    // ---------- timing and output

    @FunctionalInterface
    private interface FileTask {
        long apply(Path file) throws Exception;
    }

    @FunctionalInterface
    private interface Timed {
        void run() throws Exception;
    }

    private long parallel(List<Path> files, FileTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            List<Future<Long>> futures = new ArrayList<>(files.size());
            for (Path f : files) futures.add(pool.submit((Callable<Long>) () -> task.apply(f)));
            long sum = 0;
            for (Future<Long> future : futures) sum += future.get();
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double time(Timed timed) throws Exception {
        long start = System.nanoTime();
        timed.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private void report(String step, double seconds, double floor, int files) {
        String text = String.format(Locale.ROOT, "%8.2f s  %6.2f × floor  %6.3f ms per workbook", seconds, seconds / floor,
                seconds * 1000 / files);
        System.out.println("   " + step + ": " + text.strip());
        figures.put(step, text);
    }

    private void heap(String step, Child c) {
        if (c.poolsPeak < 0) {
            figures.put("(g) heap " + step.substring(4), "not reported");
            return;
        }
        String text = String.format(Locale.ROOT, "live after GC ≤ %.0f MB, heap pools' peaks %.0f MB (limit %.0f MB; JDK %d)",
                c.livePeak / 1_048_576.0, c.poolsPeak / 1_048_576.0, c.maxHeap / 1_048_576.0, c.jdk);
        System.out.println("   heap: " + text);
        figures.put("(g) heap " + step.substring(4), text);
    }

    private void writeSummary(SeasonGenerator.Season season, int files) throws IOException {
        Path summary = work.resolve("summary.txt");
        StringBuilder sb = new StringBuilder();
        sb.append(options.describe()).append('\n').append(files).append(" workbooks\n");
        figures.forEach((k, v) -> sb.append(k).append(": ").append(v.strip()).append('\n'));
        sb.append(failures.isEmpty() ? "correct\n" : "FAILED: " + failures + "\n");
        Files.writeString(summary, sb.toString(), StandardCharsets.UTF_8);
        System.out.println("   (also in " + summary + ")");
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double totalMemoryGiB() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024.0 * 1024 * 1024);
        }
        return Double.NaN;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
