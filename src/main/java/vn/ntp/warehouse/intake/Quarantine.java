package vn.ntp.warehouse.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps a copy of every file that cannot be loaded in {@code quarantine/}, with a
 * {@code .reason.txt} beside it that says, in Vietnamese and in English, which file and why.
 * Writing twice (a chunk redone after a crash) gives the same result.
 */
public final class Quarantine {
    private final Path dir;

    public Quarantine(Path dir) {
        this.dir = dir;
    }

    public Path put(InboxFile file, String reasonCode, String reasonVi, String reasonEn) throws IOException {
        Files.createDirectories(dir);
        String name = file.sourceFile().replace('/', '_');
        Path copy = dir.resolve(name);
        Files.copy(file.path(), copy, StandardCopyOption.REPLACE_EXISTING);
        String text = """
                Tệp: %s
                Lý do (%s): %s

                File: %s
                Reason (%s): %s
                SHA-256: %s
                """.formatted(file.sourceFile(), reasonCode, reasonVi, file.sourceFile(), reasonCode, reasonEn, file.sha256());
        Path reason = dir.resolve(name + ".reason.txt");
        Path tmp = dir.resolve(name + ".reason.txt.tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, reason, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return copy;
    }
}
