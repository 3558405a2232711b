package vn.ntp.warehouse.lake;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Durability helpers for the lake's write-then-rename protocol. */
final class LakeFiles {
    private LakeFiles() {
    }

    /** Flushes a file's bytes to the disk before it is renamed into place. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes renames and deletions durable where the platform allows opening a directory (Linux, macOS). */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a directory: the rename is still atomic, only its durability is weaker.
        }
    }
}
