package vn.ntp.warehouse.lake;

import com.jerolba.carpet.CarpetWriter;
import com.jerolba.carpet.ColumnNamingStrategy;
import org.apache.parquet.hadoop.ParquetWriter;
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

import vn.ntp.warehouse.extract.Figure;

/**
 * Writes one batch (a chunk of submissions) to the Parquet lake:
 * {@code <lake>/<dataset>/program=<P>/year=<Y>/part-<batchId>.parquet}, one file per partition per
 * batch, each file written as {@code *.parquet.tmp}, fsynced and atomically renamed.
 *
 * <p>The figures of the annex families ({@link FigureDataset}: one dataset per family, its columns declared in
 * {@code figure-datasets.yaml}) are turned into rows as they are written ({@link FigureWriteSupport}); the
 * findings and the ledger are records written with Carpet.
 *
 * <p>Figures and findings are written first and the ledger ({@code submission}) last: a batch is
 * committed exactly when its ledger files are in place. Files of a batch killed before that are
 * orphans: the warehouse ignores them and {@link LakeLedger#removeOrphans()} deletes them.
 */
public final class LakeWriter {

    /** The figures of one file, with its ledger row: the writer stamps its identity, submission and batch on each. */
    public record Figures(SubmissionRow submission, List<Figure> figures) {
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

    /**
     * Writes the figures (each into its dataset, in the partition of its file), the findings, then the ledger rows
     * last: the batch's commit. Returns the files written, ledger files at the end.
     */
    public List<Path> writeBatch(String batchId, List<SubmissionRow> submissions, List<Figures> figures,
                                 List<FindingRow> findings) {
        requireSafeBatchId(batchId);
        List<Path> written = new ArrayList<>(writeFigures(batchId, figures));
        Map<String, SubmissionRow> submissionsById = submissions.stream()
                .collect(Collectors.toMap(SubmissionRow::submissionId, Function.identity(), (a, b) -> a));
        written.addAll(writeRecords(batchId, Dataset.FINDING, findings, submissionsById));
        written.addAll(writeRecords(batchId, Dataset.SUBMISSION, submissions, submissionsById));
        return written;
    }

    private List<Path> writeFigures(String batchId, List<Figures> files) {
        Map<String, Map<LakePartition, List<Figures>>> byDataset = new LinkedHashMap<>();
        for (Figures file : files) {
            LakePartition partition = LakePartition.of(file.submission().programCode(), file.submission().periodYear());
            Map<String, List<Figure>> ofFile = new LinkedHashMap<>();
            for (Figure figure : file.figures()) {
                ofFile.computeIfAbsent(figure.dataset(), d -> new ArrayList<>()).add(figure);
            }
            ofFile.forEach((dataset, figures) -> byDataset.computeIfAbsent(dataset, d -> new LinkedHashMap<>())
                    .computeIfAbsent(partition, p -> new ArrayList<>()).add(new Figures(file.submission(), figures)));
        }
        List<Path> written = new ArrayList<>();
        for (var partitions : byDataset.entrySet()) {
            FigureDataset dataset = FigureDataset.named(partitions.getKey());
            for (var partition : partitions.getValue().entrySet()) {
                Path target = target(dataset.name(), partition.getKey(), batchId);
                writeAtomically(target, batchId, out -> {
                    FigureWriteSupport support = new FigureWriteSupport(dataset, batchId);
                    try (ParquetWriter<Figure> writer = support.writer(out)) {
                        for (Figures file : partition.getValue()) {
                            support.file(file.submission());
                            for (Figure figure : file.figures()) writer.write(figure);
                        }
                    }
                });
                written.add(target);
            }
        }
        return written;
    }

    private <T extends Record> List<Path> writeRecords(String batchId, Dataset<T> dataset, List<T> rows,
                                                       Map<String, SubmissionRow> submissionsById) {
        Map<LakePartition, List<T>> byPartition = new LinkedHashMap<>();
        for (T row : rows) {
            byPartition.computeIfAbsent(dataset.partitionOf(row, submissionsById), p -> new ArrayList<>()).add(row);
        }
        List<Path> written = new ArrayList<>();
        for (var partition : byPartition.entrySet()) {
            Path target = target(dataset.name(), partition.getKey(), batchId);
            writeAtomically(target, batchId, out -> {
                try (CarpetWriter<T> writer = new CarpetWriter.Builder<>(out, dataset.rowType())
                        .withColumnNamingStrategy(ColumnNamingStrategy.SNAKE_CASE)
                        .withCompressionCodec(CompressionCodecName.ZSTD)
                        // a chunk's file is short-lived (compaction rewrites the partition with DuckDB, which
                        // adds dictionaries and statistics): encoding them here costs more than writing the rows
                        .withDictionaryEncoding(false)
                        .withStatisticsEnabled(false)
                        .withSizeStatisticsEnabled(false)
                        .withPageWriteChecksumEnabled(false)
                        .build()) {
                    writer.write(partition.getValue());
                }
            });
            written.add(target);
        }
        return written;
    }

    private Path target(String dataset, LakePartition partition, String batchId) {
        return lakeDir.resolve(dataset).resolve(partition.relativeDir()).resolve(PART_PREFIX + batchId + PARQUET_SUFFIX);
    }

    /** What writes a file's Parquet bytes to the stream it is given. */
    @FunctionalInterface
    private interface ParquetBody {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, String batchId, ParquetBody body) {
        Path tmp = target.resolveSibling(target.getFileName() + TMP_SUFFIX);
        try {
            Files.createDirectories(target.getParent());
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            try (OutputStream out = new java.util.zip.CheckedOutputStream(Files.newOutputStream(tmp), crc)) {
                body.writeTo(out);
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
