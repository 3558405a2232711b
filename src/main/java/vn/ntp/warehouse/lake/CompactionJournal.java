package vn.ntp.warehouse.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code lake/_compaction.json}: the one merge in progress, written (atomically) before the merge
 * starts and deleted after its sources are gone. Paths are relative to the lake folder, so a lake
 * moved or mounted elsewhere still recovers.
 *
 * <p>Recovery reads it at the start of the next run: when the target is in place the merge
 * happened, and any source still there is deleted (its rows are in the target); when it is not,
 * the sources are intact and the half-written temp file is deleted. Either way the journal goes.
 */
public record CompactionJournal(String target, String tmp, List<String> sources) {

    public static final String FILE_NAME = "_compaction.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public CompactionJournal {
        sources = List.copyOf(sources);
    }

    static Path fileIn(Path lakeDir) {
        return lakeDir.resolve(FILE_NAME);
    }

    static Optional<CompactionJournal> read(Path lakeDir) {
        Path file = fileIn(lakeDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), CompactionJournal.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compaction journal " + file, e);
        }
    }

    void writeTo(Path lakeDir) {
        Path file = fileIn(lakeDir);
        Path tmpFile = file.resolveSibling(FILE_NAME + LakeWriter.TMP_SUFFIX);
        try {
            Files.writeString(tmpFile, JSON.writeValueAsString(this), StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(tmpFile, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(tmpFile, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LakeFiles.syncDirectory(lakeDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compaction journal " + file, e);
        }
    }

    static void deleteIn(Path lakeDir) {
        try {
            Files.deleteIfExists(fileIn(lakeDir));
            LakeFiles.syncDirectory(lakeDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the compaction journal in " + lakeDir, e);
        }
    }
}
