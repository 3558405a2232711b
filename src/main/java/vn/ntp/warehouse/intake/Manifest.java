package vn.ntp.warehouse.intake;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files a run must read, decided once by intake and shared by every extraction worker:
 * {@code <home>/state/manifest-<runId>.tsv}, UTF-8, one file per line, oldest first:
 *
 * <pre>
 * # ntp manifest v1 partitions=4
 * path	source_file	sha256	size_bytes	mtime_epoch_ms	submission_id	duplicate_of	partition
 * /srv/ntp/inbox/xa-03430.xlsx	xa-03430.xlsx	9f86…	18234	1719792000000	3b1c…		0
 * </pre>
 *
 * Paths are absolute, so a worker on another machine with the same shared storage reads the same
 * files. Each file goes, in order, to the partition with the fewest bytes so far, so the partitions
 * hold about the same bytes whatever the order: dealt in turn, an inbox where every unit sends two
 * forms put all the larger ones in one partition, and the other worker sat idle at the end.
 * Duplicates are decided here, over the whole inbox and the ledger,
 * never by a worker. Tab, newline, carriage return and backslash in a field are escaped as
 * {@code \t \n \r \\}; an empty {@code duplicate_of} means the file is not a duplicate.
 */
public final class Manifest {

    /** A line of the manifest: a file and the partition that reads it. */
    public record Entry(InboxFile file, int partition) {
    }

    private static final String MAGIC = "# ntp manifest v1 partitions=";
    private static final String HEADER = String.join("\t", "path", "source_file", "sha256", "size_bytes",
            "mtime_epoch_ms", "submission_id", "duplicate_of", "partition", "first_seen_epoch_ms");
    private static final String PREFIX = "manifest-";
    private static final String SUFFIX = ".tsv";

    private Manifest() {
    }

    public static Path pathFor(Path stateDir, String runId) {
        return stateDir.resolve(PREFIX + runId + SUFFIX);
    }

    /**
     * Writes the manifest atomically (temp file, then rename) with {@code min(maxPartitions, files)}
     * partitions, and removes the manifests of other runs. Returns the number of partitions.
     */
    public static int write(Path manifest, List<InboxFile> files, int maxPartitions) {
        int partitions = Math.max(0, Math.min(maxPartitions, files.size()));
        Path tmp = manifest.resolveSibling(manifest.getFileName() + ".tmp");
        try {
            Files.createDirectories(manifest.getParent());
            long[] bytes = new long[partitions];
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(MAGIC + partitions);
                out.newLine();
                out.write(HEADER);
                out.newLine();
                for (InboxFile f : files) {
                    int partition = lightest(bytes);
                    bytes[partition] += f.sizeBytes();
                    out.write(String.join("\t", escape(f.path().toAbsolutePath().toString()), escape(f.sourceFile()),
                            f.sha256(), Long.toString(f.sizeBytes()), Long.toString(f.receivedAtEpochMs()),
                            f.submissionId(), f.duplicateOf() == null ? "" : escape(f.duplicateOf()),
                            Integer.toString(partition), Long.toString(f.firstSeenEpochMs())));
                    out.newLine();
                }
            }
            Files.move(tmp, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            removeOthers(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest " + manifest, e);
        }
        return partitions;
    }

    /** The partition with the fewest bytes; the first of them on a tie. */
    private static int lightest(long[] bytes) {
        int lightest = 0;
        for (int i = 1; i < bytes.length; i++) {
            if (bytes[i] < bytes[lightest]) lightest = i;
        }
        return lightest;
    }

    /** The number of partitions the manifest was written for (its first line). */
    public static int partitions(Path manifest) {
        try (BufferedReader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null || !first.startsWith(MAGIC)) {
                throw new IllegalStateException("not an ntp manifest: " + manifest);
            }
            return Integer.parseInt(first.substring(MAGIC.length()).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest " + manifest, e);
        }
    }

    /** Streams the lines of one partition, one at a time: memory does not grow with the file count. */
    public static Lines open(Path manifest, int partition) {
        try {
            return new Lines(Files.newBufferedReader(manifest, StandardCharsets.UTF_8), partition, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the manifest " + manifest, e);
        }
    }

    /** Every line of a manifest (tests, tools). */
    public static List<Entry> readAll(Path manifest) {
        List<Entry> all = new ArrayList<>();
        try (Lines lines = open(manifest, -1)) {
            for (Optional<Entry> e = lines.next(); e.isPresent(); e = lines.next()) {
                all.add(e.get());
            }
        }
        return all;
    }

    /** A partition's lines, read lazily. */
    public static final class Lines implements Closeable {
        private final BufferedReader in;
        private final int partition;
        private final Path manifest;
        private long lineNumber;

        private Lines(BufferedReader in, int partition, Path manifest) {
            this.in = in;
            this.partition = partition;
            this.manifest = manifest;
        }

        /** The next line of this partition (every line when the partition is negative), empty at the end. */
        public Optional<Entry> next() {
            try {
                String line;
                while ((line = in.readLine()) != null) {
                    lineNumber++;
                    if (lineNumber <= 2 || line.isEmpty()) {
                        continue;
                    }
                    Entry entry = parse(line);
                    if (partition < 0 || entry.partition() == partition) {
                        return Optional.of(entry);
                    }
                }
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the manifest " + manifest, e);
            }
        }

        private Entry parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 8 && f.length != 9) {
                throw new IllegalStateException(manifest + " line " + lineNumber + ": expected 9 fields, found " + f.length);
            }
            InboxFile file = new InboxFile(Path.of(unescape(f[0])), unescape(f[1]), f[2], Long.parseLong(f[3]),
                    Long.parseLong(f[4]), f[5], f[6].isEmpty() ? null : unescape(f[6]),
                    f.length > 8 && !f[8].isEmpty() ? Long.parseLong(f[8]) : 0);
            return new Entry(file, Integer.parseInt(f[7]));
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void removeOthers(Path manifest) throws IOException {
        try (Stream<Path> files = Files.list(manifest.getParent())) {
            for (Path other : files.toList()) {
                String name = other.getFileName().toString();
                if (!other.equals(manifest) && name.startsWith(PREFIX) && (name.endsWith(SUFFIX) || name.endsWith(SUFFIX + ".tmp"))) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
