package vn.ntp.warehouse.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.BudgetWorkbookBuilder;
import vn.ntp.warehouse.fixtures.Source;
import vn.ntp.warehouse.reference.UnitMaster;

/**
 * {@code ./ntp bench}: the figures of the README. (1) the workbook reader alone, in a JVM of
 * -Xmx128m, against the floor of a bare StAX pass ({@link ReaderBench}); (2) a full run, JVM start
 * included, over the sample replicated to 2,000 workbooks (one per real commune, each with the
 * Phong Thổ report's lines scaled, so every file is distinct), then a rerun with nothing new.
 */
public final class PipelineBench {
    private static final int DEFAULT_FILES = 2_000;

    private PipelineBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        int files = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_FILES;
        Files.createDirectories(work);
        System.out.println("== ntp bench: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        System.out.println();
        System.out.println("-- (1) workbook reader alone, -Xmx128m");
        runJava(List.of("-Xmx128m", "vn.ntp.warehouse.bench.ReaderBench", work.resolve("reader").toString()), true);

        Path inbox = work.resolve("inbox-" + files);
        if (!Files.isDirectory(inbox)) {
            System.out.printf("%n-- writing %d workbooks into %s ...%n", files, inbox);
            writeInbox(inbox, files);
        }
        Path home = work.resolve("home-" + files);
        deleteTree(home);
        System.out.printf("%n-- (2) full run over %d workbooks (inbox → lake → warehouse → marts → report, JVM start included)%n", files);
        double first = runJava(List.of("-Xmx1g", "vn.ntp.warehouse.cli.Ntp", "run", "--home", home.toString(), "--inbox", inbox.toString()), false);
        System.out.printf(Locale.ROOT, "full run: %.2f s wall, %.2f ms per workbook%n", first, first * 1000 / files);
        double again = runJava(List.of("-Xmx1g", "vn.ntp.warehouse.cli.Ntp", "run", "--home", home.toString(), "--inbox", inbox.toString()), false);
        System.out.printf(Locale.ROOT, "rerun with nothing new: %.2f s wall%n", again);
    }

    /** Runs a class of this classpath in a fresh JVM; returns the wall time in seconds. */
    private static double runJava(List<String> args, boolean echo) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(args);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (echo || line.startsWith("Kết quả") || line.startsWith("[")) System.out.println("  " + line);
            }
        }
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) throw new IllegalStateException("bench step failed with exit code " + code + ": " + args);
        return seconds;
    }

    /** One Biểu 01 per commune of the old list, the Phong Thổ lines scaled by the commune's position. */
    static void writeInbox(Path inbox, int files) throws IOException {
        Files.createDirectories(inbox);
        List<UnitMaster.Unit> communes = UnitMaster.load(Path.of("jobs", "reference")).all().stream()
                .filter(u -> "xa".equals(u.level()) && u.validTo() != null)
                .sorted(java.util.Comparator.comparing(UnitMaster.Unit::code))
                .limit(files).toList();
        for (int i = 0; i < communes.size(); i++) {
            UnitMaster.Unit c = communes.get(i);
            double k = 1 + (i % 97) / 100.0;
            BudgetWorkbookBuilder b = AnnexWorkbooks.budget(c.name() + ", " + c.provinceName())
                    .unitCode(c.code()).unit(i % 2 == 0 ? "Đồng" : "Triệu đồng")
                    .timestamp(Instant.parse("2024-07-01T00:00:00Z").plusSeconds(i))
                    .section("A", "VỐN KẾ HOẠCH NĂM 2024");
            b.project("1", "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng")
                    .sub("1.1", "Tiểu dự án 1").allocated(Source.NSTW_SN, round(66.56 * k)).disbursed(Source.NSTW_SN, round(21.3 * k))
                    .allocated(Source.NSTW_DTPT, round(854.17 * k)).disbursed(Source.NSTW_DTPT, round(25.63 * k))
                    .sub("1.2", "Tiểu dự án 2").allocated(Source.NSTW_SN, round(30.30 * k));
            b.project("2", "Dự án 2: Đa dạng hóa sinh kế").allocated(Source.NSTW_SN, round(123.91 * k)).disbursed(Source.NSTW_SN, round(37.17 * k));
            b.project("3", "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng")
                    .sub("3.1", "Tiểu dự án 1").allocated(Source.NSTW_SN, round(51.68 * k))
                    .sub("3.2", "Tiểu dự án 2").allocated(Source.NSTW_SN, round(15.25 * k));
            b.project("4", "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững")
                    .sub("4.1", "Tiểu dự án 1").allocated(Source.NSTW_SN, round(20.65 * k))
                    .sub("4.2", "Tiểu dự án 2").allocated(Source.NSTW_SN, round(9.55 * k))
                    .sub("4.3", "Tiểu dự án 3").allocated(Source.NSTW_SN, round(7.73 * k));
            b.project("5", "Dự án 5: Hỗ trợ nhà ở").allocated(Source.NSTW_SN, round(175.00 * k)).disbursed(Source.NSTW_SN, round(52.5 * k));
            b.project("6", "Dự án 6: Truyền thông và giảm nghèo về thông tin").allocated(Source.NSTW_SN, round(3.63 * k));
            b.project("7", "Dự án 7: Nâng cao năng lực và giám sát, đánh giá")
                    .sub("7.1", "Tiểu dự án 1").allocated(Source.NSTW_SN, round(10.71 * k))
                    .sub("7.2", "Tiểu dự án 2").allocated(Source.NSTW_SN, round(4.60 * k));
            b.writeXlsx(inbox, String.format("%05d-%s.xlsx", i, c.code()));
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
