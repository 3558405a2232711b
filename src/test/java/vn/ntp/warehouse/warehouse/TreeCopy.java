package vn.ntp.warehouse.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies a folder tree (the shipped {@code sql/} into a test's own, a lake into a second home). */
public final class TreeCopy {

    private TreeCopy() {
    }

    public static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
