package vn.ntp.warehouse.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the lake to a few well-sized Parquet files per partition. Every chunk of a run writes one
 * small file per partition ({@code part-<batch>.parquet}); when a partition folder
 * ({@code <dataset>/program=P/year=Y}) holds more than {@code maxFilesPerPartition} files, its
 * files smaller than {@code targetFileBytes} are merged by DuckDB into one
 * {@code compact-<run>-<n>.parquet} (zstd). Rows are copied as they are, batch ids included, so the
 * ledger still commits them and the warehouse reads the same rows; files already at the target
 * size are left alone, so a merge costs in proportion to what arrived since the last one.
 *
 * <p>Crash safety, one merge at a time: (1) the journal {@code lake/_compaction.json} (sources,
 * temp file, target) is written atomically; (2) the merged rows go to {@code <target>.tmp}, which is
 * fsynced and checked to hold as many rows as the sources; (3) the temp file is renamed to the
 * target; (4) the sources are deleted; (5) the journal is deleted. A run killed anywhere in
 * between is repaired by {@link #recover(Path)} at the start of the next run: target in place →
 * the remaining sources go; target absent → the temp file goes. Only part files of committed
 * batches are merged (orphans of a killed chunk stay orphans, for {@link LakeLedger#removeOrphans()}).
 */
public final class LakeCompactor {

    private static final Logger log = LoggerFactory.getLogger(LakeCompactor.class);

    /** The points of the merge protocol, in order. */
    public enum Step { JOURNAL_WRITTEN, TMP_WRITTEN, TARGET_IN_PLACE, FIRST_SOURCE_DELETED, SOURCES_DELETED }

    /** Told when a merge reaches a point of its protocol; a test stops the merge there, as a kill would. */
    @FunctionalInterface
    interface Checkpoint {
        void reached(Step step);
    }

    /** One partition merged: its dataset, folder (relative to the dataset), number of files merged and the new file. */
    public record Merge(String dataset, String partition, int sourceFiles, long rows, Path target) {
    }

    private final Path lakeDir;
    private final int maxFilesPerPartition;
    private final long targetFileBytes;
    private final Checkpoint checkpoint;

    public LakeCompactor(Path lakeDir, int maxFilesPerPartition, long targetFileBytes) {
        this(lakeDir, maxFilesPerPartition, targetFileBytes, step -> { });
    }

    LakeCompactor(Path lakeDir, int maxFilesPerPartition, long targetFileBytes, Checkpoint checkpoint) {
        if (maxFilesPerPartition < 1) {
            throw new IllegalArgumentException("maxFilesPerPartition must be at least 1: " + maxFilesPerPartition);
        }
        this.lakeDir = lakeDir.toAbsolutePath();
        this.maxFilesPerPartition = maxFilesPerPartition;
        this.targetFileBytes = targetFileBytes;
        this.checkpoint = checkpoint;
    }

    /**
     * Merges every partition of every dataset that holds too many files. {@code runId} names the
     * merged files; {@code ledgerBatchIds} (the ledger's committed batch ids) says which part files may be
     * merged; it is asked only when some partition holds too many files (a rerun with nothing new reads no ledger).
     */
    public List<Merge> compact(String runId, java.util.function.Supplier<Set<String>> ledgerBatchIds, Consumer<Merge> onMerged) {
        LakeWriter.requireSafeBatchId(runId);
        List<Merge> merges = new ArrayList<>();
        Set<String> committedBatchIds = null;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            DuckDbMemory.bound(statement);
            // the order of the rows in a lake file carries nothing (rows are keyed by submission, sheet and cell), and
            // without keeping it DuckDB writes the merged file on all threads (a national budget merge 1.25 s → 0.9 s)
            statement.execute("SET preserve_insertion_order = false");
            for (String dataset : Dataset.names()) {
                for (Map.Entry<Path, List<Path>> partition : partitions(lakeDir.resolve(dataset)).entrySet()) {
                    if (partition.getValue().size() <= maxFilesPerPartition) {
                        continue;
                    }
                    if (committedBatchIds == null) {
                        committedBatchIds = ledgerBatchIds.get();
                    }
                    List<Path> sources = mergeable(dataset, partition.getValue(), committedBatchIds);
                    if (partition.getValue().size() <= maxFilesPerPartition || sources.size() < 2) {
                        continue;
                    }
                    Path target = freeTargetName(partition.getKey(), runId);
                    long start = System.nanoTime();
                    long rows = merge(statement, sources, target);
                    log.info("merged {} file(s) into {} ({} rows) in {} ms", sources.size(), relative(target), rows,
                            (System.nanoTime() - start) / 1_000_000);
                    Merge merge = new Merge(dataset,
                            lakeDir.resolve(dataset).relativize(partition.getKey()).toString().replace('\\', '/'),
                            sources.size(), rows, target);
                    merges.add(merge);
                    onMerged.accept(merge);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compact the lake in " + lakeDir + ": " + e.getMessage(), e);
        }
        return merges;
    }

    /**
     * Finishes or undoes the merge a killed run left in {@code lake/_compaction.json}. Call it before
     * anything reads the lake. Returns what was done, empty when there was no journal.
     */
    public static Optional<String> recover(Path lakeDir) {
        Path lake = lakeDir.toAbsolutePath();
        Optional<CompactionJournal> found = CompactionJournal.read(lake);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CompactionJournal journal = found.get();
        Path target = inside(lake, journal.target());
        String done;
        try {
            if (Files.exists(target)) {
                int removed = 0;
                for (String source : journal.sources()) {
                    Files.deleteIfExists(LakeIntegrity.sealOf(inside(lake, source)));
                    if (Files.deleteIfExists(inside(lake, source))) {
                        removed++;
                    }
                }
                done = "finished the merge into " + journal.target() + ": " + removed + " merged source file(s) removed";
            } else {
                Files.deleteIfExists(inside(lake, journal.tmp()));
                done = "undid the merge into " + journal.target() + ": its " + journal.sources().size() + " source file(s) kept";
            }
            LakeFiles.syncDirectory(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover the compaction journal in " + lake, e);
        }
        CompactionJournal.deleteIn(lake);
        return Optional.of(done);
    }

    private long merge(Statement statement, List<Path> sources, Path target) throws SQLException {
        Path tmp = target.resolveSibling(target.getFileName() + LakeWriter.TMP_SUFFIX);
        new CompactionJournal(relative(target), relative(tmp), sources.stream().map(this::relative).toList()).writeTo(lakeDir);
        checkpoint.reached(Step.JOURNAL_WRITTEN);

        String files = parquetList(sources);
        statement.execute("COPY (select * from read_parquet(" + files + ", hive_partitioning=false, union_by_name=true)) TO "
                + SqlText.literal(SqlText.path(tmp)) + " (FORMAT parquet, COMPRESSION zstd)");
        long sourceRows = count(statement, files);
        long mergedRows = count(statement, "[" + SqlText.literal(SqlText.path(tmp)) + "]");
        if (sourceRows != mergedRows) {
            throw new IllegalStateException("merged file " + tmp + " holds " + mergedRows + " rows, its sources " + sourceRows);
        }
        try {
            LakeFiles.force(tmp);
            checkpoint.reached(Step.TMP_WRITTEN);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            LakeIntegrity.seal(target, LakeIntegrity.batchesOf(sources));
            LakeFiles.syncDirectory(target.getParent());
            checkpoint.reached(Step.TARGET_IN_PLACE);
            boolean first = true;
            for (Path source : sources) {
                Files.delete(source);
                Files.deleteIfExists(LakeIntegrity.sealOf(source));
                if (first) {
                    checkpoint.reached(Step.FIRST_SOURCE_DELETED);
                    first = false;
                }
            }
            LakeFiles.syncDirectory(target.getParent());
            checkpoint.reached(Step.SOURCES_DELETED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the merged file " + target + " in place", e);
        }
        CompactionJournal.deleteIn(lakeDir);
        return mergedRows;
    }

    /** Parquet files by partition folder, folders and files in name order. */
    private static Map<Path, List<Path>> partitions(Path datasetDir) {
        Map<Path, List<Path>> byFolder = new TreeMap<>();
        if (!Files.isDirectory(datasetDir)) {
            return byFolder;
        }
        try (Stream<Path> files = Files.walk(datasetDir)) {
            files.filter(f -> f.getFileName().toString().endsWith(LakeWriter.PARQUET_SUFFIX))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(f -> byFolder.computeIfAbsent(f.getParent(), p -> new ArrayList<>()).add(f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + datasetDir, e);
        }
        return byFolder;
    }

    /** Small files whose rows are committed: earlier merges, ledger files, part files of ledger batches. */
    private List<Path> mergeable(String dataset, List<Path> files, Set<String> committedBatchIds) {
        List<Path> out = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String batchId = LakeWriter.batchIdOf(file);
            boolean committed = name.startsWith(LakeWriter.COMPACT_PREFIX)
                    || (batchId != null && (Dataset.isLedger(dataset) || committedBatchIds.contains(batchId)));
            if (committed && size(file) < targetFileBytes) {
                out.add(file);
            }
        }
        return out;
    }

    private static Path freeTargetName(Path folder, String runId) {
        for (int n = 1; ; n++) {
            Path candidate = folder.resolve(LakeWriter.COMPACT_PREFIX + runId + "-" + n + LakeWriter.PARQUET_SUFFIX);
            if (!Files.exists(candidate)
                    && !Files.exists(candidate.resolveSibling(candidate.getFileName() + LakeWriter.TMP_SUFFIX))) {
                return candidate;
            }
        }
    }

    private static long count(Statement statement, String files) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select count(*) from read_parquet(" + files + ", union_by_name=true)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    private String relative(Path file) {
        return lakeDir.relativize(file).toString().replace('\\', '/');
    }

    /** A journal path resolved inside the lake; anything pointing outside is refused. */
    private static Path inside(Path lake, String relativePath) {
        Path resolved = lake.resolve(relativePath).normalize();
        if (!resolved.startsWith(lake)) {
            throw new IllegalStateException("the compaction journal points outside the lake: " + relativePath);
        }
        return resolved;
    }

    private static String parquetList(List<Path> files) {
        StringJoiner list = new StringJoiner(", ", "[", "]");
        files.forEach(f -> list.add(SqlText.literal(SqlText.path(f))));
        return list.toString();
    }
}
