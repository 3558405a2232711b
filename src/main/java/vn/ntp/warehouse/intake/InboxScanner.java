package vn.ntp.warehouse.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import vn.ntp.warehouse.lake.LakeLedger;

/**
 * Lists what the inbox holds that the lake has not taken yet, oldest first. A file whose name and
 * content are already in the ledger is skipped (reruns are idempotent); a file with content
 * already received under another name is a duplicate of the first one.
 *
 * <p>Unchanged files are recognised without being read, by rsync's quick check: a file whose
 * name, size in bytes and modification time (to the millisecond) equal a committed ledger row is
 * the file that row took, and is not hashed again. Any other file, a changed size or a changed
 * modification time included, is hashed, and its content decides (same content under the same
 * name: already taken; new content: a new submission).
 */
public final class InboxScanner {
    private final LakeLedger ledger;

    public InboxScanner(LakeLedger ledger) {
        this.ledger = ledger;
    }

    /** What a listing found: the files to read, and how many were recognised as already taken. */
    public record Scan(List<InboxFile> pending, int unchanged, int hashedAgain) {
        public Scan {
            pending = List.copyOf(pending);
        }
    }

    public List<InboxFile> pending(Path inbox) {
        return scan(inbox).pending();
    }

    public Scan scan(Path inbox) {
        List<Listed> files = list(inbox);
        List<Optional<String>> seen = files.stream()
                .map(f -> ledger.committedHashOf(f.name(), f.size(), f.modifiedAtEpochMs())).toList();
        String[] hashes = hashUnseen(files, seen);
        Map<String, String> firstByHash = new HashMap<>();
        List<InboxFile> pending = new ArrayList<>();
        int unchanged = 0;
        int hashedAgain = 0;
        for (int i = 0; i < files.size(); i++) {
            Listed listed = files.get(i);
            String name = listed.name();
            if (seen.get(i).isPresent()) {
                firstByHash.putIfAbsent(seen.get(i).get(), name);
                unchanged++;
                continue;
            }
            String sha = hashes[i];
            if (ledger.isCommitted(name, sha)) {
                firstByHash.putIfAbsent(sha, name);
                hashedAgain++;
                continue;
            }
            Optional<String> earlier = ledger.firstSubmissionWithHash(sha);
            String duplicateOf = earlier.orElse(firstByHash.get(sha));
            firstByHash.putIfAbsent(sha, name);
            pending.add(new InboxFile(listed.path(), name, sha, listed.size(), listed.modifiedAtEpochMs(),
                    Fingerprints.submissionId(name, sha), duplicateOf));
        }
        return new Scan(pending, unchanged, hashedAgain);
    }

    /**
     * The SHA-256 of every file the ledger does not know by name, size and time, on all cores: hashing is the
     * listing's CPU work (270 MB for a national season). The decisions that follow stay in listing order.
     */
    private static String[] hashUnseen(List<Listed> files, List<Optional<String>> seen) {
        String[] hashes = new String[files.size()];
        IntStream.range(0, files.size()).parallel().filter(i -> seen.get(i).isEmpty()).forEach(i -> {
            Path file = files.get(i).path();
            try {
                hashes[i] = Fingerprints.sha256(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        });
        return hashes;
    }

    /** A listed file, its name relative to the inbox ('/' separators), with the size and modification time of its one stat. */
    record Listed(Path path, String name, long size, long modifiedAtEpochMs) {
    }

    /**
     * Files that are not reports, whatever their extension: dot-files (system and editor files, LibreOffice's
     * {@code .~lock.x.xlsx#}) and Office's owner files ({@code ~$x.xlsx}, a few bytes Excel writes beside a workbook
     * while someone has it open, and deletes when it is closed).
     */
    public static boolean isSystemFile(String fileName) {
        return fileName.startsWith(".") || fileName.startsWith("~$");
    }

    /**
     * Regular files, oldest first (to the second), then by name; {@linkplain #isSystemFile system files} are
     * not reports. Each file is stat'ed once, while the tree is walked.
     */
    static List<Listed> list(Path inbox) {
        List<Listed> files = new ArrayList<>();
        try {
            Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !isSystemFile(file.getFileName().toString())) {
                        files.add(new Listed(file, inbox.relativize(file).toString().replace('\\', '/'), attributes.size(),
                                attributes.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list inbox " + inbox, e);
        }
        files.sort(Comparator.comparingLong((Listed f) -> f.modifiedAtEpochMs() / 1000)
                .thenComparing((Listed f) -> baseName(f.path())).thenComparing(f -> f.path().toString()));
        return files;
    }

    /** "report.xlsx" before "report (1).xlsx" when both arrived in the same second (a copy after its original). */
    private static String baseName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
