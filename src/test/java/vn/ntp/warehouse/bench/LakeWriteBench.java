package vn.ntp.warehouse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.Extraction;
import vn.ntp.warehouse.extract.SheetIdentity;
import vn.ntp.warehouse.lake.FindingRow;
import vn.ntp.warehouse.lake.LakeWriter;
import vn.ntp.warehouse.lake.SubmissionRow;
import vn.ntp.warehouse.validate.Finding;

/**
 * Times the extract step's lake writing alone: extracts N real workbooks of an inbox once, then writes them to a
 * scratch lake with {@link LakeWriter#writeBatch} in chunks of 1,000 files, several times after a warm-up, and
 * prints the best milliseconds per 1,000 figures (wall, CPU of the writing thread, CPU of the process: GC and
 * JIT included). Usage: {@code mvn -q -B -Pbench test-compile exec:exec -Dbench.main=vn.ntp.warehouse.bench.LakeWriteBench
 * -Dbench.args="<inbox> [files] [runs]"}; the inbox is read, never written (hard-link a copy of a season's).
 */
public final class LakeWriteBench {
    private static final int CHUNK = 1_000;

    private LakeWriteBench() {
    }

    /** One chunk as the chunk writer hands it to the lake: its ledger rows, figures and findings. */
    private record Chunk(List<SubmissionRow> submissions, List<LakeWriter.Figures> figures, List<FindingRow> findings) {
    }

    public static void main(String[] args) throws Exception {
        Path inbox = Path.of(args[0]);
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path lake = Path.of("target", "bench", "lakewrite-lake");

        long start = System.nanoTime();
        List<Chunk> chunks = extract(workbooks(inbox, files));
        long figures = chunks.stream().flatMap(c -> c.figures().stream()).mapToLong(f -> f.figures().size()).sum();
        System.out.printf(Locale.ROOT, "extracted %d files in %d chunks, %d figures, in %.1f s%n",
                files, chunks.size(), figures, (System.nanoTime() - start) / 1e9);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        double bestProcess = Double.MAX_VALUE;
        long bytes = 0;
        for (int run = 0; run <= runs; run++) {
            deleteTree(lake);
            System.gc();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long process0 = process.getProcessCpuTime();
            long wall0 = System.nanoTime();
            int batch = 0;
            for (Chunk chunk : chunks) {
                new LakeWriter(lake).writeBatch("bench-" + run + "-" + batch++, chunk.submissions(), chunk.figures(),
                        chunk.findings());
            }
            double perThousand = 1_000.0 / figures / 1e6;
            double wall = (System.nanoTime() - wall0) * perThousand;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) * perThousand;
            double processCpu = (process.getProcessCpuTime() - process0) * perThousand;
            bytes = size(lake);
            System.out.printf(Locale.ROOT, "%s %d: %.2f ms wall, %.2f ms CPU (thread), %.2f ms CPU (process) per 1,000 figures%n",
                    run == 0 ? "warm-up" : "run", run, wall, cpu, processCpu);
            if (run > 0) {
                bestWall = Math.min(bestWall, wall);
                bestCpu = Math.min(bestCpu, cpu);
                bestProcess = Math.min(bestProcess, processCpu);
            }
        }
        System.out.printf(Locale.ROOT, "best of %d: %.2f ms wall, %.2f ms CPU (thread), %.2f ms CPU (process) per 1,000 "
                        + "figures; lake %.1f MB; load average %.2f%n", runs, bestWall, bestCpu, bestProcess, bytes / 1e6,
                process.getSystemLoadAverage());
    }

    /** The first {@code n} workbooks of the inbox, by path. */
    private static List<Path> workbooks(Path inbox, int n) throws IOException {
        try (Stream<Path> paths = Files.walk(inbox)) {
            return paths.filter(Files::isRegularFile).sorted().limit(n).toList();
        }
    }

    /** Extracts every file once, in chunks of 1,000, stamping ledger rows the way the chunk writer does. */
    private static List<Chunk> extract(List<Path> files) {
        List<Chunk> chunks = new ArrayList<>();
        Chunk chunk = null;
        for (int i = 0; i < files.size(); i++) {
            if (i % CHUNK == 0) {
                chunk = new Chunk(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                chunks.add(chunk);
            }
            Path file = files.get(i);
            ExtractedAnnex annex = Extraction.extract(file);
            String submissionId = String.format(Locale.ROOT, "sub-%06d", i);
            String sourceFile = file.getFileName().toString();
            SheetIdentity id = annex.identity();
            String unitCode = id == null ? null : id.unitCode();
            for (Finding f : annex.findings()) {
                chunk.findings().add(new FindingRow(submissionId, "bench", f.ruleCode(), unitCode, f.projectCode(),
                        sourceFile, f.sheet(), f.cellRef(), f.label(), f.expected(), f.actual(), f.paramsJson()));
            }
            boolean extracted = !annex.rejected();
            SubmissionRow ledger = new SubmissionRow(submissionId, "bench", "bench-run", sourceFile, "sha-" + i, 1L, 0L,
                    annex.savedAtEpochMs(), id == null ? null : id.programCode(), id == null ? null : id.formCode(),
                    unitCode, id == null ? null : id.unitName(), id == null ? 0 : id.period().year(),
                    id == null ? null : id.period().periodType(), id == null ? null : id.period().periodLabel(),
                    extracted ? "extracted" : "rejected", extracted ? null : annex.reasonCode(), null,
                    extracted ? annex.factRows() : 0, annex.findings().size(), 0L);
            chunk.submissions().add(ledger);
            if (extracted) chunk.figures().add(new LakeWriter.Figures(ledger, annex.figures()));
        }
        return chunks;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
