package vn.ntp.warehouse.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.Extraction;
import vn.ntp.warehouse.report.FeedbackWorkbook;
import vn.ntp.warehouse.report.feedback.CellMarks;
import vn.ntp.warehouse.report.feedback.FindingList;
import vn.ntp.warehouse.report.feedback.PoiFeedback;
import vn.ntp.warehouse.report.feedback.XlsxFeedback;

/**
 * Times the feedback workbooks of a run's files (issue 15): the files a run wrote feedback for
 * ({@code reports/feedback/<run>/}, mapped back to the inbox), extracted first, then written on one thread,
 * {@code stream} as {@link FeedbackWorkbook#write} does (the streamed .xlsx writer, POI for .xls) or {@code poi}
 * through POI's usermodel for every file (as before). The first pass is the cold one of a fresh JVM (JIT warm-up
 * included); then the best of three warm passes.
 * <pre>mvn -q -Pbench test-compile exec:exec -Dbench.main=vn.ntp.warehouse.bench.FeedbackBench \
 *     -Dbench.args="INBOX FEEDBACK_DIR stream|poi"</pre>
 */
public final class FeedbackBench {
    private static final int WARM_PASSES = 3;

    private FeedbackBench() {
    }

    private interface Writer {
        void write(Path source, ExtractedAnnex annex, Path dir) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        Path inbox = Path.of(args[0]);
        Path feedback = Path.of(args[1]);
        String mode = args.length > 2 ? args[2] : "stream";
        List<Path> sources = sources(inbox, feedback);
        List<ExtractedAnnex> annexes = new ArrayList<>();
        for (Path source : sources) annexes.add(Extraction.extract(source));
        FeedbackWorkbook workbooks = new FeedbackWorkbook(Extraction.reference().checks());
        Writer writer = mode.equals("poi") ? FeedbackBench::poi : workbooks::write;
        Path out = Files.createTempDirectory("feedback-bench");

        double[] cold = pass(writer, sources, annexes, out);
        double[] warm = {Double.MAX_VALUE, Double.MAX_VALUE, 0, 0};
        for (int i = 0; i < WARM_PASSES; i++) {
            double[] next = pass(writer, sources, annexes, out);
            if (next[0] + next[1] < warm[0] + warm[1]) warm = next;
        }
        int xlsx = (int) sources.stream().filter(FeedbackBench::isXlsx).count();
        int streamed = 0;
        XlsxFeedback stream = new XlsxFeedback(Extraction.reference().checks());
        for (int i = 0; i < sources.size(); i++) {
            if (isXlsx(sources.get(i)) && stream.write(sources.get(i), annexes.get(i), out.resolve("x.xlsx"))) streamed++;
        }
        int others = sources.size() - xlsx;
        System.out.printf(Locale.ROOT, "feedback workbooks (%s): %d files, %d .xlsx (%d of them streamable) and %d others%n"
                        + "  cold: %.1f ms per file (%.2f s); .xlsx %.1f ms per file, others %.1f ms per file; CPU .xlsx %.1f, others %.1f%n"
                        + "  warm (best of %d): %.1f ms per file; .xlsx %.1f ms per file, others %.1f ms per file; CPU .xlsx %.1f, others %.1f;"
                        + " load average %.2f%n",
                mode, sources.size(), xlsx, streamed, others,
                (cold[0] + cold[1]) * 1000 / sources.size(), cold[0] + cold[1], cold[0] * 1000 / xlsx, cold[1] * 1000 / Math.max(1, others),
                cold[2] * 1000 / xlsx, cold[3] * 1000 / Math.max(1, others),
                WARM_PASSES, (warm[0] + warm[1]) * 1000 / sources.size(), warm[0] * 1000 / xlsx, warm[1] * 1000 / Math.max(1, others),
                warm[2] * 1000 / xlsx, warm[3] * 1000 / Math.max(1, others),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static boolean isXlsx(Path file) {
        return file.toString().endsWith(".xlsx");
    }

    /**
     * Seconds to write every file's feedback workbook once: wall time of the .xlsx, of the others, then the
     * thread's CPU time of both (less sensitive to a busy machine).
     */
    private static double[] pass(Writer writer, List<Path> sources, List<ExtractedAnnex> annexes, Path out) throws IOException {
        double[] seconds = new double[4];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < sources.size(); i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            writer.write(sources.get(i), annexes.get(i), out);
            int kind = isXlsx(sources.get(i)) ? 0 : 1;
            seconds[kind] += (System.nanoTime() - start) / 1e9;
            seconds[kind + 2] += (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
        }
        return seconds;
    }

    /** The feedback workbook through POI's usermodel, as FeedbackWorkbook wrote every file before the streamed writer. */
    private static void poi(Path source, ExtractedAnnex annex, Path dir) throws IOException {
        var checks = Extraction.reference().checks();
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(Files.readAllBytes(source)));
             OutputStream stream = Files.newOutputStream(dir.resolve(source.getFileName() + ".kiem-tra"))) {
            var marks = CellMarks.of(annex.findings(), checks, s -> wb.getSheet(s) == null ? null : wb.getSheet(s).getSheetName());
            var list = FindingList.of(source.getFileName().toString(), annex, checks, s -> wb.getSheet(s) != null);
            PoiFeedback.write(wb, marks, list, stream);
        }
    }

    /** {@code a/b/x.kiem-tra.xlsx} under the feedback folder → the inbox file {@code a/b/x.xlsx} (or .xls, .xlsm). */
    private static List<Path> sources(Path inbox, Path feedback) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(feedback)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = feedback.relativize(f).toString();
                String stem = relative.substring(0, relative.indexOf(".kiem-tra"));
                for (String ext : List.of(".xlsx", ".xls", ".xlsm")) {
                    if (Files.isRegularFile(inbox.resolve(stem + ext))) {
                        sources.add(inbox.resolve(stem + ext));
                        break;
                    }
                }
            }
        }
        return sources;
    }
}
