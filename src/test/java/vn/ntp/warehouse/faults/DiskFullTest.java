package vn.ntp.warehouse.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.cli.Ntp;
import vn.ntp.warehouse.pipeline.PipelineAccess;

/**
 * Issue 14.5: the home folder on a small tmpfs (mounted by the test, as root: skipped where mounting is not
 * permitted) fills up during a run. The run exits 1 saying so in Vietnamese, the previous warehouse still
 * answers with its old figures, and once space is freed the next run continues and ends equal to a clean run.
 */
class DiskFullTest {
    private static final int COMMUNES = 40;

    @TempDir
    Path tmp;
    private Path mountPoint;

    @AfterEach
    void unmount() throws Exception {
        if (mountPoint != null) new ProcessBuilder("umount", "-l", mountPoint.toString()).inheritIO().start().waitFor();
    }

    @Test
    void aRunThatFillsTheDiskFailsCleanlyAndTheNextOneFinishesIt() throws Exception {
        Path disk = tmp.resolve("disk");
        Files.createDirectories(disk);
        mount(disk, "48m");
        Path home = disk.resolve("home");
        Path inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        PipelineAccess.writeCommuneInbox(inbox, COMMUNES);
        Path seed = tmp.resolve("seed");
        Files.createDirectories(seed);
        try (Stream<Path> files = Files.list(inbox)) {
            Path first = files.sorted().findFirst().orElseThrow();
            Files.copy(first, seed.resolve(first.getFileName()));
        }
        assertThat(PipelineAccess.run(home, seed)).isZero();
        String total = "select sum(allocated_mvnd) as total, count(*) as n from fact_budget";
        List<Map<String, Object>> before = PipelineAccess.query(home, total);

        // the disk is nearly full: a run over the whole inbox cannot finish
        Path filler = disk.resolve("filler");
        fill(filler, disk, 256 * 1024);
        String[] failed = runCapturingErrors(home, inbox);

        assertThat(failed[0]).as(failed[1]).isEqualTo("1");
        assertThat(failed[1]).contains("Hết chỗ trên đĩa chứa " + home).contains("chạy lại ./ntp run");
        assertThat(PipelineAccess.query(home, total)).as("the previous warehouse answers as before").isEqualTo(before);

        Files.delete(filler);
        String[] resumed = PipelineAccess.runWithOutput(home, inbox);
        assertThat(resumed[0]).as(resumed[1]).isEqualTo("0");

        Path clean = tmp.resolve("clean");
        assertThat(PipelineAccess.run(clean, seed)).isZero();
        assertThat(PipelineAccess.run(clean, inbox)).isZero();
        PipelineAccess.assertSameWarehouse(home, clean, COMMUNES);
    }

    private void mount(Path dir, String size) throws Exception {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        assumeTrue(code == 0, "cannot mount a small tmpfs here (needs root): " + out.strip());
        mountPoint = dir;
    }

    /** Writes a file that leaves about {@code leave} bytes free on the file system of {@code dir}. */
    private static void fill(Path filler, Path dir, long leave) throws IOException {
        long free = Files.getFileStore(dir).getUsableSpace();
        try (RandomAccessFile f = new RandomAccessFile(filler.toFile(), "rw")) {
            byte[] block = new byte[1 << 16];
            long toWrite = Math.max(0, free - leave);
            while (toWrite > 0) {
                int n = (int) Math.min(block.length, toWrite);
                f.write(block, 0, n);
                toWrite -= n;
            }
        }
    }

    /** {@code ntp run} in-process with stdout and stderr captured together: exit code, output. */
    private static String[] runCapturingErrors(Path home, Path inbox) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            int code = Ntp.run(new String[] {"run", "--home", home.toString(), "--inbox", inbox.toString(), "--ntp.chunk-size=4"});
            return new String[] {String.valueOf(code), buffer.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
