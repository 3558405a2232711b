package vn.ntp.warehouse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import vn.ntp.warehouse.reference.UnitMaster;

/**
 * Writes a synthetic season ({@link SeasonPlan}, {@link SeasonWorkbooks}) into an inbox, on several
 * threads, and knows what it wrote ({@link SeasonTruth}). The corrected versions are written into a
 * folder of their own, with the same relative paths, to be dropped into the inbox later.
 *
 * <pre>{@code
 * Season s = SeasonGenerator.generate(UnitMaster.load(Path.of("jobs/reference")), options, inbox, corrections);
 * SeasonTruth before = s.truth();            // what the first run must load
 * SeasonTruth after = s.truthAfterCorrections();
 * }</pre>
 */
public final class SeasonGenerator {

    /** The generated season: the facts of every file and of every corrected version. */
    public record Season(SeasonPlan plan, List<SeasonWorkbooks.FileFacts> originals,
                         List<SeasonWorkbooks.FileFacts> corrections, double writeSeconds, boolean written) {

        public SeasonTruth truth() {
            return SeasonTruth.of(originals, List.of());
        }

        public SeasonTruth truthAfterCorrections() {
            return SeasonTruth.of(originals, corrections);
        }
    }

    private static final String MARKER = "generated.txt";

    private SeasonGenerator() {
    }

    /**
     * Writes the season's files into {@code inbox} and the corrected versions into {@code corrections},
     * unless a marker in {@code inbox}'s parent says the same options already wrote them there; returns
     * what they hold either way.
     */
    public static Season generate(UnitMaster units, SeasonOptions options, Path inbox, Path corrections) throws IOException {
        SeasonPlan plan = new SeasonPlan(units, options);
        SeasonWorkbooks workbooks = new SeasonWorkbooks(options.seed());
        Path marker = inbox.toAbsolutePath().getParent().resolve(MARKER);
        String stamp = options.folderName() + " files=" + plan.files().size() + " corrections=" + plan.corrections().size();
        boolean cached = Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(stamp);
        long start = System.nanoTime();
        List<SeasonWorkbooks.FileFacts> originals = renderAll(plan.files(), workbooks, cached ? null : inbox, options.threads());
        List<SeasonWorkbooks.FileFacts> fixed = renderAll(plan.corrections(), workbooks, cached ? null : corrections, options.threads());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!cached) Files.writeString(marker, stamp + "\n", StandardCharsets.UTF_8);
        return new Season(plan, originals, fixed, seconds, !cached);
    }

    /** Renders every file (and writes it when {@code dir} is not null) on {@code threads} threads, in plan order. */
    static List<SeasonWorkbooks.FileFacts> renderAll(List<SeasonPlan.PlannedFile> files, SeasonWorkbooks workbooks,
                                                     Path dir, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1_000, files.size() / 10);
        long start = System.nanoTime();
        try {
            List<Future<SeasonWorkbooks.FileFacts>> futures = new ArrayList<>(files.size());
            for (SeasonPlan.PlannedFile f : files) {
                futures.add(pool.submit(() -> {
                    SeasonWorkbooks.Rendered r = workbooks.render(f);
                    if (dir != null) {
                        r.write(dir);
                        int n = done.incrementAndGet();
                        if (n % step == 0) {
                            System.out.printf(Locale.ROOT, "  ... %d / %d workbooks written (%.0f s)%n", n, files.size(),
                                    (System.nanoTime() - start) / 1e9);
                        }
                    }
                    return r.facts();
                }));
            }
            List<SeasonWorkbooks.FileFacts> out = new ArrayList<>(files.size());
            for (Future<SeasonWorkbooks.FileFacts> future : futures) out.add(future.get());
            return out;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            throw new IllegalStateException("writing the season failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Copies the corrected versions into the inbox (their file times kept): the 1 % correction. */
    public static List<Path> dropCorrections(Season season, Path corrections, Path inbox) throws IOException {
        List<Path> out = new ArrayList<>();
        for (SeasonWorkbooks.FileFacts f : season.corrections()) {
            Path from = corrections.resolve(f.file().relativePath());
            Path to = inbox.resolve(f.file().relativePath());
            Files.createDirectories(to.getParent());
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            out.add(to);
        }
        return out;
    }

    /** Takes the corrected versions out of the inbox again (a new bench starts from the original season). */
    public static void removeCorrections(Season season, Path inbox) throws IOException {
        for (SeasonWorkbooks.FileFacts f : season.corrections()) Files.deleteIfExists(inbox.resolve(f.file().relativePath()));
    }
}
