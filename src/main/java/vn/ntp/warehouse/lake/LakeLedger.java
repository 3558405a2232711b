package vn.ntp.warehouse.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The committed ledger of the lake: every {@code lake/submission/**}{@code /*.parquet} row, read at
 * once through an in-memory DuckDB. What is in the ledger was taken; fact and finding files of
 * batches missing from it are orphans of a killed run.
 *
 * <p>A snapshot: batches committed after {@link #read(Path)} are unknown to it, so call
 * {@link #removeOrphans()} before this run writes, never while another run writes.
 */
public final class LakeLedger {

    private final Path lakeDir;
    private final Set<String> takenFiles;              // sourceFile + '\n' + sha256
    private final Map<String, String> shaBySeenFile;   // sourceFile + '\n' + size + '\n' + mtime -> sha256
    private final Map<String, String> firstSubmissionByHash;
    private final Set<String> committedBatchIds;
    private final int size;

    private LakeLedger(Path lakeDir, Set<String> takenFiles, Map<String, String> shaBySeenFile,
                       Map<String, String> firstSubmissionByHash, Set<String> committedBatchIds, int size) {
        this.lakeDir = lakeDir;
        this.takenFiles = takenFiles;
        this.shaBySeenFile = shaBySeenFile;
        this.firstSubmissionByHash = firstSubmissionByHash;
        this.committedBatchIds = committedBatchIds;
        this.size = size;
    }

    public static LakeLedger read(Path lakeDir) {
        Path absolute = lakeDir.toAbsolutePath();
        var takenFiles = new HashSet<String>();
        var shaBySeenFile = new HashMap<String, String>();
        var firstByHash = new HashMap<String, String>();
        var batchIds = new HashSet<String>();
        int[] rows = {0};
        // oldest first, so the first submission seen for a hash is the original
        forEachRow(absolute, "submission_id, batch_id, source_file, sha256, size_bytes, received_at_epoch_ms", false,
                " order by received_at_epoch_ms, submission_id", rs -> {
                    rows[0]++;
                    String submissionId = rs.getString(1);
                    batchIds.add(rs.getString(2));
                    String sourceFile = rs.getString(3);
                    String sha256 = rs.getString(4);
                    takenFiles.add(key(sourceFile, sha256));
                    if (sha256 != null) {
                        shaBySeenFile.putIfAbsent(seenKey(sourceFile, rs.getLong(5), rs.getLong(6)), sha256);
                        firstByHash.putIfAbsent(sha256, submissionId);
                    }
                });
        return new LakeLedger(absolute, Set.copyOf(takenFiles), Map.copyOf(shaBySeenFile), Map.copyOf(firstByHash),
                Set.copyOf(batchIds), rows[0]);
    }

    /**
     * Only the (path, content) pairs the ledger has committed: what an extraction worker needs to
     * skip files a killed run already loaded, at a fraction of a full ledger's memory.
     */
    public record CommittedFiles(Set<String> keys) {
        public boolean contains(String sourceFile, String sha256) {
            return keys.contains(key(sourceFile, sha256));
        }
    }

    public static CommittedFiles committedFiles(Path lakeDir) {
        var keys = new HashSet<String>();
        forEachRow(lakeDir, "source_file, sha256", false, "", rs -> keys.add(key(rs.getString(1), rs.getString(2))));
        return new CommittedFiles(Set.copyOf(keys));
    }

    /**
     * Per lake partition ({@code program=/year=} of the ledger), a digest of the committed batch ids with
     * ledger rows in it. Rows never change inside a batch and compaction keeps batch ids, so an equal
     * digest means the partition holds the same rows as when the digest was taken.
     */
    public static Map<LakePartition, String> partitionFingerprints(Path lakeDir) {
        var fingerprints = new HashMap<LakePartition, String>();
        forEachRow(lakeDir, "program, year, md5(string_agg(batch_id, ',' order by batch_id)) from (select distinct"
                        + " cast(program as varchar) as program, cast(year as integer) as year, cast(batch_id as varchar) as batch_id",
                true, ") group by program, year",
                rs -> fingerprints.put(new LakePartition(rs.getString(1), rs.getInt(2)), rs.getString(3)));
        return Map.copyOf(fingerprints);
    }

    /** True when this very file (same path, same content) was already taken by a committed batch. */
    public boolean isCommitted(String sourceFile, String sha256) {
        return takenFiles.contains(key(sourceFile, sha256));
    }

    /**
     * The content hash of a committed file with this very path, size in bytes and modification time
     * (the ledger's {@code size_bytes} and {@code received_at_epoch_ms}), as rsync's quick check: a
     * file that matches all three is taken as unchanged without reading it. Empty when any differs.
     */
    public Optional<String> committedHashOf(String sourceFile, long sizeBytes, long modifiedAtEpochMs) {
        return Optional.ofNullable(shaBySeenFile.get(seenKey(sourceFile, sizeBytes, modifiedAtEpochMs)));
    }

    /** The earliest committed submission with this content, whatever its path: a duplicate's original. */
    public Optional<String> firstSubmissionWithHash(String sha256) {
        return Optional.ofNullable(firstSubmissionByHash.get(sha256));
    }

    public Set<String> committedBatchIds() {
        return committedBatchIds;
    }

    /** Number of ledger rows. */
    public int size() {
        return size;
    }

    /**
     * Deletes fact and finding part files of batches that are not in the ledger and every stale
     * {@code *.tmp} file under the lake: the leftovers of a killed run; with them the seals of files that
     * are orphans or gone. Returns how many data and temp files were deleted (seals not counted).
     */
    public int removeOrphans() {
        if (!Files.isDirectory(lakeDir)) {
            return 0;
        }
        List<Path> doomed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(lakeDir)) {
            files.filter(Files::isRegularFile).filter(this::isLeftover).forEach(doomed::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan the lake " + lakeDir, e);
        }
        int removed = 0;
        for (Path file : doomed) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the orphan lake file " + file, e);
            }
            if (!file.getFileName().toString().endsWith(LakeIntegrity.SUFFIX)) removed++;
        }
        return removed;
    }

    private boolean isLeftover(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(LakeWriter.TMP_SUFFIX)) {
            return true;
        }
        if (name.endsWith(LakeWriter.PARQUET_SUFFIX + LakeIntegrity.SUFFIX)) {
            // a seal goes with its file: when that is gone or is an orphan
            Path sealed = file.resolveSibling(name.substring(0, name.length() - LakeIntegrity.SUFFIX.length()));
            return !Files.exists(sealed) || isLeftover(sealed);
        }
        Path relative = lakeDir.relativize(file);
        boolean inLedger = relative.getNameCount() > 1
                && relative.getName(0).toString().equals(Dataset.SUBMISSION.name());
        String batchId = LakeWriter.batchIdOf(file);
        return !inLedger && batchId != null && !committedBatchIds.contains(batchId);
    }

    static boolean hasParquetFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(LakeWriter.PARQUET_SUFFIX)
                    && Files.isRegularFile(f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + dir, e);
        }
    }

    private static String key(String sourceFile, String sha256) {
        return sourceFile + '\n' + sha256;
    }

    private static String seenKey(String sourceFile, long sizeBytes, long modifiedAtEpochMs) {
        return sourceFile + '\n' + sizeBytes + '\n' + modifiedAtEpochMs;
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    /**
     * {@code select <columns> from read_parquet(<every ledger file>) <tail>} in an in-memory DuckDB, each
     * row handed over; nothing when the ledger has no file yet. {@code hive}: the partition columns
     * {@code program} and {@code year} are read from the folder names.
     */
    private static void forEachRow(Path lakeDir, String columns, boolean hive, String tail, RowHandler handler) {
        Path ledgerDir = lakeDir.toAbsolutePath().resolve(Dataset.SUBMISSION.name());
        if (!hasParquetFiles(ledgerDir)) {
            return;
        }
        String glob = SqlText.literal(SqlText.path(ledgerDir) + "/**/*.parquet");
        String sql = "select " + columns + " from read_parquet(" + glob
                + (hive ? ", hive_partitioning=true, hive_types_autocast=false" : ", hive_partitioning=false")
                + ", union_by_name=true)" + tail;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                handler.accept(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the lake ledger in " + ledgerDir, e);
        }
    }
}
