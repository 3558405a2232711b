package vn.ntp.warehouse.lake;

import com.jerolba.carpet.CarpetWriter;
import com.jerolba.carpet.ColumnNamingStrategy;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes one batch (a chunk of submissions) to the Parquet lake:
 * {@code <lake>/<dataset>/program=<P>/year=<Y>/part-<batchId>.parquet}, one file per partition per
 * batch, each file written as {@code *.parquet.tmp}, fsynced and atomically renamed.
 *
 * <p>Facts and findings are written first and the ledger ({@code submission}) last: a batch is
 * committed exactly when its ledger files are in place. Files of a batch killed before that are
 * orphans: the warehouse ignores them and {@link LakeLedger#removeOrphans()} deletes them.
 */
public final class LakeWriter {

    /** The rows of one dataset in a batch. */
    public record Rows<T extends Record>(Dataset<T> dataset, List<T> rows) {
        public Rows {
            rows = List.copyOf(rows);
        }
    }

    static final String PART_PREFIX = "part-";
    /** Files merged by {@link LakeCompactor}: never orphans, whatever batches they hold. */
    static final String COMPACT_PREFIX = "compact-";
    static final String PARQUET_SUFFIX = ".parquet";
    static final String TMP_SUFFIX = ".tmp";
    private static final Pattern SAFE_BATCH_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path lakeDir;

    public LakeWriter(Path lakeDir) {
        this.lakeDir = lakeDir.toAbsolutePath();
    }

    public Path lakeDir() {
        return lakeDir;
    }

    /** Writes budget rows, findings, then the ledger: the batch's commit. Returns the files written. */
    public List<Path> writeBatch(String batchId, List<SubmissionRow> submissions,
                                 List<BudgetRow> budget, List<FindingRow> findings) {
        return writeBatch(batchId, submissions,
                List.of(new Rows<>(Dataset.BUDGET, budget), new Rows<>(Dataset.FINDING, findings)));
    }

    /**
     * Writes every dataset of {@code facts} (anything but the ledger), then the ledger rows last.
     * Returns the files written, ledger files at the end.
     */
    public List<Path> writeBatch(String batchId, List<SubmissionRow> submissions, List<Rows<?>> facts) {
        requireSafeBatchId(batchId);
        Map<String, SubmissionRow> submissionsById = submissions.stream()
                .collect(Collectors.toMap(SubmissionRow::submissionId, Function.identity(), (a, b) -> a));
        List<Path> written = new ArrayList<>();
        for (Rows<?> rows : facts) {
            if (rows.dataset().isLedger()) {
                throw new IllegalArgumentException("the ledger is written last by writeBatch, not as a fact dataset");
            }
            written.addAll(write(batchId, rows, submissionsById));
        }
        written.addAll(write(batchId, new Rows<>(Dataset.SUBMISSION, submissions), submissionsById));
        return written;
    }

    private <T extends Record> List<Path> write(String batchId, Rows<T> rows, Map<String, SubmissionRow> submissionsById) {
        Dataset<T> dataset = rows.dataset();
        Map<LakePartition, List<T>> byPartition = new LinkedHashMap<>();
        for (T row : rows.rows()) {
            byPartition.computeIfAbsent(dataset.partitionOf(row, submissionsById), p -> new ArrayList<>()).add(row);
        }
        List<Path> written = new ArrayList<>();
        for (var partition : byPartition.entrySet()) {
            Path dir = lakeDir.resolve(dataset.name()).resolve(partition.getKey().relativeDir());
            Path target = dir.resolve(PART_PREFIX + batchId + PARQUET_SUFFIX);
            writeAtomically(dataset.rowType(), partition.getValue(), target, batchId);
            written.add(target);
        }
        return written;
    }

    private static <T> void writeAtomically(Class<T> rowType, List<T> rows, Path target, String batchId) {
        Path tmp = target.resolveSibling(target.getFileName() + TMP_SUFFIX);
        try {
            Files.createDirectories(target.getParent());
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            try (OutputStream out = new java.util.zip.CheckedOutputStream(Files.newOutputStream(tmp), crc);
                 CarpetWriter<T> writer = new CarpetWriter.Builder<>(out, rowType)
                         .withColumnNamingStrategy(ColumnNamingStrategy.SNAKE_CASE)
                         .withDefaultDecimal(18, 6)
                         // the lake keeps six decimals (a millionth of a million đồng: one đồng); a cached
                         // formula result such as 333.33333333333331 is rounded to them, never a failed chunk
                         .withBigDecimalScaleAdjustment(java.math.RoundingMode.HALF_UP)
                         .withCompressionCodec(CompressionCodecName.ZSTD)
                         // a chunk's file is short-lived (compaction rewrites the partition with DuckDB, which
                         // adds dictionaries and statistics): encoding them here costs more than writing the rows
                         .withDictionaryEncoding(false)
                         .withStatisticsEnabled(false)
                         .withSizeStatisticsEnabled(false)
                         .withPageWriteChecksumEnabled(false)
                         .build()) {
                writer.write(rows);
            }
            LakeFiles.force(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LakeIntegrity.seal(target, crc.getValue(), List.of(batchId));
            LakeFiles.syncDirectory(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write lake file " + target, e);
        }
    }

    static void requireSafeBatchId(String batchId) {
        if (batchId == null || !SAFE_BATCH_ID.matcher(batchId).matches()) {
            throw new IllegalArgumentException("batch id must be letters, digits, '.', '_' or '-': " + batchId);
        }
    }

    /**
     * The batch id of a part file name such as {@code part-b42.parquet}, or null (a compacted
     * {@code compact-<run>-<n>.parquet} holds many committed batches and has none).
     */
    static String batchIdOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PART_PREFIX) || !name.endsWith(PARQUET_SUFFIX)) {
            return null;
        }
        return name.substring(PART_PREFIX.length(), name.length() - PARQUET_SUFFIX.length());
    }
}
