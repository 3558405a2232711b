package vn.ntp.warehouse.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import vn.ntp.warehouse.intake.Fingerprints;

/**
 * What the warehouse is built from, as one SHA-256: the lake's committed batch ids (rows never
 * change inside a batch, and compaction keeps them) and the content of every file of the folders
 * the build reads ({@code sql/}, {@code jobs/reference/}, {@code jobs/rules/}). Equal fingerprints,
 * equal warehouses: a rerun with nothing new keeps the published file instead of rebuilding it.
 * Stored in {@code state/warehouse.fingerprint} only after a successful swap; delete it to force
 * a rebuild.
 */
final class WarehouseFingerprint {
    static final String FILE_NAME = "warehouse.fingerprint";

    private WarehouseFingerprint() {
    }

    static String of(Set<String> committedBatchIds, List<Path> folders) {
        MessageDigest digest = sha256();
        digest.update("batches\n".getBytes(StandardCharsets.UTF_8));
        for (String batchId : new TreeSet<>(committedBatchIds)) {
            digest.update((batchId + "\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Path folder : folders) {
            digest.update(("folder " + folder.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path file : filesIn(folder)) {
                String line = folder.relativize(file).toString().replace('\\', '/') + "\0" + contentHash(file) + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static Optional<String> stored(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void store(Path file, String fingerprint) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(tmp, fingerprint + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the warehouse fingerprint " + file, e);
        }
    }

    private static List<Path> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static String contentHash(Path file) {
        try {
            return Fingerprints.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
