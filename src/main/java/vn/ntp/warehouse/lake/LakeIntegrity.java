package vn.ntp.warehouse.lake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seal of every lake Parquet file: a sidecar {@code <file>.sum} written when the file is put in place
 * ({@code crc32c=<hex> size=<bytes> batches=<id,...>}: a CRC-32C of its bytes, its size and the batches whose
 * rows it holds). At the start of every run each file is checked against its seal (one sequential read of the
 * lake: CRC-32C runs at memory speed, the lake is compressed and small next to the inbox). A file whose bytes
 * changed after it was committed (bit rot, a bad copy, a truncation) is set aside into {@code lake-damaged/}
 * beside the lake, and its batches are taken out of the ledger: their other rows become orphans (deleted or
 * ignored as a killed chunk's are) and their inbox files are pending again, so this run reads them again and
 * the warehouse partitions they belong to are rebuilt. A file without a seal (written before seals existed,
 * or by a run killed right after the rename) is sealed as it is.
 */
public final class LakeIntegrity {
    static final String SUFFIX = ".sum";
    private static final Logger log = LoggerFactory.getLogger(LakeIntegrity.class);

    private LakeIntegrity() {
    }

    /** What the check found: the files set aside, the batches taken out of the ledger, the files sealed as found. */
    public record Check(List<Path> setAside, Set<String> uncommittedBatches, int sealedAsFound) {
        public boolean damaged() {
            return !setAside.isEmpty();
        }
    }

    record Seal(long crc, long size, Set<String> batches) {
        String text() {
            return "crc32c=" + Long.toHexString(crc) + " size=" + size + " batches=" + String.join(",", batches) + "\n";
        }

        static Seal parse(String text) {
            long crc = -1;
            long size = -1;
            Set<String> batches = new TreeSet<>();
            for (String field : text.strip().split(" ")) {
                int eq = field.indexOf('=');
                if (eq < 0) continue;
                String value = field.substring(eq + 1);
                switch (field.substring(0, eq)) {
                    case "crc32c" -> crc = Long.parseLong(value, 16);
                    case "size" -> size = Long.parseLong(value);
                    case "batches" -> {
                        for (String b : value.split(",")) if (!b.isBlank()) batches.add(b);
                    }
                    default -> { }
                }
            }
            if (crc < 0 || size < 0) throw new IllegalArgumentException("not a seal: " + text);
            return new Seal(crc, size, batches);
        }
    }

    /** Seals a file just put in place, with the CRC-32C computed while it was written. */
    static void seal(Path file, long crc, Collection<String> batches) throws IOException {
        writeSeal(file, new Seal(crc, Files.size(file), new TreeSet<>(batches)));
    }

    /** Seals a file put in place by someone else (DuckDB's COPY): its bytes are read once. */
    static void seal(Path file, Collection<String> batches) throws IOException {
        writeSeal(file, new Seal(crc(file), Files.size(file), new TreeSet<>(batches)));
    }

    /** The batches whose rows these files hold: from their seals, else from part file names. */
    static Set<String> batchesOf(Collection<Path> files) {
        Set<String> batches = new TreeSet<>();
        for (Path file : files) {
            Seal seal = readSeal(file);
            if (seal != null) {
                batches.addAll(seal.batches());
            } else if (LakeWriter.batchIdOf(file) != null) {
                batches.add(LakeWriter.batchIdOf(file));
            }
        }
        return batches;
    }

    /**
     * Checks every lake file against its seal; sets damaged ones aside into {@code setAsideDir} and takes
     * their batches out of the ledger. Call at the start of a run, before the ledger is read.
     */
    public static Check verify(Path lakeDir, Path setAsideDir) {
        Path lake = lakeDir.toAbsolutePath();
        if (!Files.isDirectory(lake)) return new Check(List.of(), Set.of(), 0);
        long start = System.nanoTime();
        List<Path> parquet = new ArrayList<>();
        List<Path> seals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(lake)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                String name = f.getFileName().toString();
                if (name.endsWith(LakeWriter.PARQUET_SUFFIX)) parquet.add(f);
                else if (name.endsWith(LakeWriter.PARQUET_SUFFIX + SUFFIX)) seals.add(f);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan the lake " + lake, e);
        }
        try {
            for (Path seal : seals) {
                Path file = seal.resolveSibling(seal.getFileName().toString().substring(0, seal.getFileName().toString().length() - SUFFIX.length()));
                if (!Files.exists(file)) Files.deleteIfExists(seal); // its file was merged or removed
            }
            List<Path> damaged = new ArrayList<>();
            Set<String> batches = new TreeSet<>();
            int sealedAsFound = 0;
            for (Path file : parquet) {
                Seal seal = readSeal(file);
                if (seal == null) {
                    Set<String> held = batchesHeld(file);
                    if (held == null) {
                        log.error("Lake file {} has no seal and cannot be read: set aside (its batches are unknown)", file);
                        damaged.add(file);
                    } else {
                        seal(file, held);
                        sealedAsFound++;
                    }
                } else if (Files.size(file) != seal.size() || crc(file) != seal.crc()) {
                    log.error("Lake file {} differs from its seal (size {} / {}): set aside, batches {} read again",
                            file, Files.size(file), seal.size(), seal.batches());
                    damaged.add(file);
                    batches.addAll(seal.batches());
                }
            }
            List<Path> setAside = new ArrayList<>();
            for (Path file : damaged) setAside.add(setAside(lake, file, setAsideDir));
            if (!batches.isEmpty()) uncommit(lake, batches);
            log.info("checked {} lake file(s) against their seals in {} ms: {} damaged, {} sealed as found", parquet.size(),
                    (System.nanoTime() - start) / 1_000_000, damaged.size(), sealedAsFound);
            return new Check(List.copyOf(setAside), Set.copyOf(batches), sealedAsFound);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the lake " + lake, e);
        }
    }

    /** Removes the ledger rows of these batches, rewriting (or deleting) each ledger file that holds some. */
    private static void uncommit(Path lake, Set<String> batches) throws IOException {
        Path ledger = lake.resolve(Dataset.SUBMISSION.name());
        if (!Files.isDirectory(ledger)) return;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ledger)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(LakeWriter.PARQUET_SUFFIX)).toList();
        }
        String excluded = batches.stream().map(SqlText::literal).collect(Collectors.joining(", "));
        for (Path file : files) {
            Set<String> held = batchesOf(List.of(file));
            Set<String> kept = new TreeSet<>(held);
            kept.removeAll(batches);
            if (kept.size() == held.size()) continue;
            if (kept.isEmpty()) {
                Files.delete(file);
                Files.deleteIfExists(sealOf(file));
                continue;
            }
            Path tmp = file.resolveSibling(file.getFileName() + LakeWriter.TMP_SUFFIX);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                s.execute("COPY (select * from read_parquet(" + SqlText.literal(SqlText.path(file))
                        + ", hive_partitioning=false) where cast(batch_id as varchar) not in (" + excluded + ")) TO "
                        + SqlText.literal(SqlText.path(tmp)) + " (FORMAT parquet, COMPRESSION zstd)");
            } catch (SQLException e) {
                throw new IOException("cannot rewrite the ledger file " + file, e);
            }
            LakeFiles.force(tmp);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LakeFiles.syncDirectory(file.getParent());
            seal(file, kept);
        }
    }

    private static Path setAside(Path lake, Path file, Path setAsideDir) throws IOException {
        Path target = setAsideDir.resolve(lake.relativize(file).toString());
        Files.createDirectories(target.getParent());
        for (int n = 1; Files.exists(target); n++) target = target.resolveSibling(file.getFileName() + "." + n);
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(sealOf(file));
        LakeFiles.syncDirectory(file.getParent());
        return target;
    }

    /** The batch ids of an unsealed file (its name for a part file, else its rows); null when it cannot be read. */
    private static Set<String> batchesHeld(Path file) {
        String batch = LakeWriter.batchIdOf(file);
        String source = "read_parquet(" + SqlText.literal(SqlText.path(file)) + ", hive_partitioning=false)";
        String sql = batch != null ? "select count(*) from " + source : "select distinct cast(batch_id as varchar) from " + source;
        Set<String> batches = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            if (batch != null) {
                batches.add(batch); // readable: its footer and row count are sound
            } else {
                while (rs.next()) batches.add(rs.getString(1));
            }
            return batches;
        } catch (SQLException unreadable) {
            return null;
        }
    }

    private static Seal readSeal(Path file) {
        Path seal = sealOf(file);
        if (!Files.isRegularFile(seal)) return null;
        try {
            return Seal.parse(Files.readString(seal, StandardCharsets.US_ASCII));
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static void writeSeal(Path file, Seal seal) throws IOException {
        Path target = sealOf(file);
        Path tmp = target.resolveSibling(target.getFileName() + LakeWriter.TMP_SUFFIX);
        Files.writeString(tmp, seal.text(), StandardCharsets.US_ASCII);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static Path sealOf(Path file) {
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }

    static long crc(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) crc.update(buffer, 0, n);
        }
        return crc.getValue();
    }
}
