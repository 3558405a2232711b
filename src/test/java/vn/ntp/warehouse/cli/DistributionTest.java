package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16.7: the distribution {@code mvn package} writes (target/ntp-warehouse-dist.zip), unpacked
 * outside the repository, validates a workbook with its own Linux launcher and nothing but a Java
 * runtime on the PATH. Runs in the integration-test phase, once the zip exists ({@code mvn verify}).
 */
class DistributionTest {
    static final Path ZIP = Path.of("target", "ntp-warehouse-dist.zip");

    @TempDir
    Path tmp;

    @Test
    void theUnpackedLinuxLauncherValidatesAWorkbook() throws Exception {
        assertThat(ZIP).as("mvn package writes the distribution").exists();
        Path root = unzip(ZIP, tmp.resolve("unpacked")).resolve("ntp-warehouse");
        assertThat(root.resolve("ntp-warehouse.jar")).exists();
        assertThat(Files.readString(root.resolve("ntp.bat"), StandardCharsets.UTF_8)).contains("\r\n").contains("-jar \"%DIR%ntp-warehouse.jar\" %*");
        assertThat(Files.getPosixFilePermissions(root.resolve("ntp"))).contains(PosixFilePermission.OWNER_EXECUTE);

        Path office = Files.createDirectories(tmp.resolve("phong-tho"));
        Path workbook = Files.copy(Path.of("jobs", "sample-inbox", "phong-tho-bieu01-2024-6t.xlsx"), office.resolve("bieu01.xlsx"));
        // only a Java runtime: PATH holds the JDK's bin and the shell's basics, no Maven, no repository
        ProcessBuilder pb = new ProcessBuilder(root.resolve("ntp").toString(), "validate", office.toString(), "--feedback-next-to-file")
                .directory(office.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        Process p = pb.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("== bieu01.xlsx", "Huyện Phong Thổ, tỉnh Lai Châu, GNBV, 6 tháng đầu năm 2024",
                "Biểu 01!E14:", "Tệp phản hồi: " + office.resolve("bieu01.kiem-tra.xlsx"));
        assertThat(office.resolve("bieu01.kiem-tra.xlsx")).exists();
        assertThat(workbook).exists();
    }

    private static Path unzip(Path zip, Path target) throws Exception {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(file.getEntries())) {
                Path out = target.resolve(entry.getName()).normalize();
                assertThat(out.startsWith(target)).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(out));
                    perms.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(out, perms);
                }
            }
        }
        return target;
    }
}
