package vn.ntp.warehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import vn.ntp.warehouse.intake.Fingerprints;
import vn.ntp.warehouse.lake.LakePartition;

/**
 * What a warehouse file was built from, stored inside it ({@code build_inputs}, {@code build_partitions})
 * so that it is published with the file in the same atomic rename: one SHA-256 over the contents of the
 * folders the build reads ({@code sql/}, {@code jobs/reference/}, {@code jobs/rules/}, {@code jobs/schedule/})
 * and, per lake partition ({@code program=/year=}), the digest of its committed batches
 * ({@link vn.ntp.warehouse.lake.LakeLedger#partitionFingerprints}).
 */
record BuildState(String inputs, Map<LakePartition, String> partitions) {

    static final String INPUTS_TABLE = "build_inputs";
    static final String PARTITIONS_TABLE = "build_partitions";

    BuildState {
        partitions = Map.copyOf(partitions);
    }

    /** The partitions whose rows differ between this state and {@code other}: new, gone or changed. */
    Set<LakePartition> changedPartitions(BuildState other) {
        Set<LakePartition> changed = new HashSet<>();
        Set<LakePartition> all = new HashSet<>(partitions.keySet());
        all.addAll(other.partitions.keySet());
        for (LakePartition partition : all) {
            if (!java.util.Objects.equals(partitions.get(partition), other.partitions.get(partition))) {
                changed.add(partition);
            }
        }
        return changed;
    }

    /** The SHA-256 of every file under the folders (path and content), in a stable order. */
    static String inputsFingerprint(List<Path> folders) {
        MessageDigest digest = sha256();
        for (Path folder : folders) {
            digest.update(("folder " + folder.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path file : filesIn(folder)) {
                String line = folder.relativize(file).toString().replace('\\', '/') + "\0" + contentHash(file) + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The state stored in a warehouse file; empty when the file has none (built by an older version). */
    static Optional<BuildState> readFrom(Statement statement) throws SQLException {
        try (ResultSet tables = statement.executeQuery("select count(*) from duckdb_tables() where schema_name = 'main'"
                + " and table_name in ('" + INPUTS_TABLE + "', '" + PARTITIONS_TABLE + "')")) {
            tables.next();
            if (tables.getInt(1) < 2) {
                return Optional.empty();
            }
        }
        String inputs;
        try (ResultSet rs = statement.executeQuery("select fingerprint from " + INPUTS_TABLE)) {
            if (!rs.next()) {
                return Optional.empty();
            }
            inputs = rs.getString(1);
        }
        Map<LakePartition, String> partitions = new HashMap<>();
        try (ResultSet rs = statement.executeQuery("select program, year, fingerprint from " + PARTITIONS_TABLE)) {
            while (rs.next()) {
                partitions.put(new LakePartition(rs.getString(1), rs.getInt(2)), rs.getString(3));
            }
        }
        return Optional.of(new BuildState(inputs, partitions));
    }

    void writeTo(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create or replace table " + INPUTS_TABLE + " (fingerprint varchar)");
            statement.execute("create or replace table " + PARTITIONS_TABLE + " (program varchar, year integer, fingerprint varchar)");
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into " + INPUTS_TABLE + " values (?)")) {
            insert.setString(1, inputs);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into " + PARTITIONS_TABLE + " values (?, ?, ?)")) {
            for (Map.Entry<LakePartition, String> e : partitions.entrySet()) {
                insert.setString(1, e.getKey().program());
                insert.setInt(2, e.getKey().year());
                insert.setString(3, e.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
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
