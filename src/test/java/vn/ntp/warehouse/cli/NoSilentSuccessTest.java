package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.warehouse.TreeCopy;

/**
 * Issue 16.1, with real processes and real files: a missing inbox, a read-only home (by a read-only
 * bind mount when the tests run as root, who ignores permission bits; by permissions otherwise), a
 * file where the home folder should be, a damaged warehouse and job repository, a broken YAML file,
 * a wrong value in forms.yaml and a wrong cron expression each give one Vietnamese sentence with the
 * cause and what to do, a non-zero exit code and no stack trace on the terminal; a rerun that
 * receives nothing while units still owe a form says so.
 */
class NoSilentSuccessTest {
    @TempDir
    static Path tmp;
    static Path home;
    static Path inbox;

    record Child(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeAll
    static void loadTheSample() throws Exception {
        home = tmp.resolve("home");
        inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        try (Stream<Path> files = Files.list(Path.of("jobs", "sample-inbox"))) {
            for (Path f : files.toList()) Files.copy(f, inbox.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(ntp(List.of(), "run", "--home", home.toString(), "--inbox", inbox.toString()).exit()).isZero();
    }

    /** {@code ./ntp ARGS} in its own JVM, optionally behind a wrapper command (a mount namespace). */
    static Child ntp(List<String> wrapper, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Ntp.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Child(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    static void assertOneSentenceNoStackTrace(Child c) {
        assertThat(c.all()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Caused by");
        assertThat(c.err().lines().filter(l -> !l.isBlank()).count()).isBetween(1L, 2L);
    }

    @Test
    void aMissingInboxIsAnErrorAndNothingIsCreated() throws Exception {
        Path freshHome = tmp.resolve("fresh-home");
        Path missing = tmp.resolve("share-not-mounted");
        Child c = ntp(List.of(), "run", "--home", freshHome.toString(), "--inbox", missing.toString());
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.err()).startsWith("Không tìm thấy hộp thư " + missing).contains("--inbox");
        assertOneSentenceNoStackTrace(c);
        assertThat(freshHome).doesNotExist();
        assertThat(missing).doesNotExist();
    }

    @Test
    void aHomeThatIsAFileIsNamed() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        Child c = ntp(List.of(), "--home", file.toString(), "run", "--inbox", inbox.toString());
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.err()).contains("là một tệp, không phải thư mục").contains("--home");
        assertOneSentenceNoStackTrace(c);
        Child status = ntp(List.of(), "status", "--home", file.toString());
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.err()).contains("là một tệp, không phải thư mục");
    }

    /**
     * Read-only home. Root (CI) ignores permission bits, so as root the child runs in its own mount
     * namespace (unshare -m) where the home is bind-mounted read-only: the kernel answers EROFS as it
     * would for a read-only share. As another user, permissions do it (chmod a-w).
     */
    @Test
    void aReadOnlyHomeGivesOneSentence() throws Exception {
        Path copy = tmp.resolve("ro-home");
        TreeCopy.copy(home, copy);
        List<String> wrapper = readOnly(copy);
        try {
            Child run = ntp(wrapper, "run", "--home", copy.toString(), "--inbox", inbox.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).startsWith("Không dùng được thư mục của kho " + copy)
                    .containsAnyOf("ổ đĩa chỉ đọc", "không có quyền ghi").contains("--home");
            assertOneSentenceNoStackTrace(run);

            Child export = ntp(wrapper, "export", "--format", "csv", "--home", copy.toString());
            assertThat(export.exit()).isEqualTo(1);
            assertThat(export.err()).startsWith("Xuất dữ liệu vào " + copy.resolve("exports") + " thất bại")
                    .containsAnyOf("ổ đĩa chỉ đọc", "không có quyền ghi");
            assertThat(export.all()).doesNotContain("Exception").doesNotContain("\tat ");

            Child status = ntp(wrapper, "status", "--home", copy.toString());
            assertThat(status.exit()).isEqualTo(1);
            assertThat(status.err()).contains("Không đọc được nhật ký các lần chạy").contains("state/");
            assertThat(status.all()).doesNotContain("Exception").doesNotContain("\tat ");

            Child schedule = ntp(wrapper, "schedule", "--home", copy.toString(), "--inbox", inbox.toString());
            assertThat(schedule.exit()).isEqualTo(1);
            assertThat(schedule.err()).startsWith("Không dùng được thư mục của kho");

            // reading needs no writing: the analyst's query still answers
            Child query = ntp(wrapper, "query", "--home", copy.toString(), "select count(*) as n from submission");
            assertThat(query.exit()).isZero();
            assertThat(query.out()).isEqualTo("n\n10\n");
        } finally {
            writable(copy);
        }
    }

    @Test
    void aDamagedWarehouseAndJobRepositoryAreNamedAndVerboseShowsTheDetails() throws Exception {
        Path copy = tmp.resolve("damaged-home");
        TreeCopy.copy(home, copy);
        Files.write(copy.resolve("warehouse.duckdb"), new byte[4096]);
        Child query = ntp(List.of(), "query", "--home", copy.toString(), "select 1");
        assertThat(query.exit()).isEqualTo(1);
        assertThat(query.err()).startsWith("Không mở được kho dữ liệu " + copy.resolve("warehouse.duckdb"))
                .contains("./ntp run");
        assertOneSentenceNoStackTrace(query);
        assertThat(Files.readString(copy.resolve("state/ntp.log"))).contains("Không mở được kho dữ liệu").contains("SQLException");

        Child verbose = ntp(List.of(), "query", "select 1", "--verbose", "--home", copy.toString());
        assertThat(verbose.exit()).isEqualTo(1);
        assertThat(verbose.err()).contains("SQLException").contains("\tat ");

        Files.write(copy.resolve("state/jobrepo.mv.db"), "không phải H2".getBytes(StandardCharsets.UTF_8));
        Child status = ntp(List.of(), "status", "--home", copy.toString());
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.err()).contains("Không đọc được nhật ký các lần chạy (" + copy.resolve("state/jobrepo.mv.db"));
        assertThat(status.all()).doesNotContain("\tat ");
    }

    @Test
    void brokenConfigurationNamesTheFileLineAndKey() throws Exception {
        Path jobs = tmp.resolve("jobs-broken-yaml");
        TreeCopy.copy(Path.of("jobs"), jobs);
        Path forms = jobs.resolve("schedule/forms.yaml");
        String text = Files.readString(forms);
        Files.writeString(forms, text.replace("    level: huyen\n    until: 2025-06-30\n    periods:\n      - period: first_half\n        due: \"15/07\"",
                "    level: huyen\n    until: 2025-06-30\n    periods:\n      - period: first_half\n        due: \"15/07\n"), StandardCharsets.UTF_8);
        Child broken = ntp(List.of(), "run", "--home", tmp.resolve("h-yaml").toString(), "--inbox", inbox.toString(),
                "--jobs-dir", jobs.toString());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).startsWith("Không chạy được: tệp cấu hình " + forms + ", dòng ")
                .contains("cú pháp YAML");
        assertOneSentenceNoStackTrace(broken);
        assertThat(tmp.resolve("h-yaml")).doesNotExist();

        Files.writeString(forms, text.replaceFirst("level: huyen", "level: quan"), StandardCharsets.UTF_8);
        int line = text.lines().toList().indexOf("    level: huyen") + 1;
        Child wrong = ntp(List.of(), "run", "--home", tmp.resolve("h-value").toString(), "--inbox", inbox.toString(),
                "--jobs-dir", jobs.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).startsWith("Không chạy được: tệp cấu hình " + forms + ", dòng " + line + ", khóa level: giá trị \"quan\"");
        assertOneSentenceNoStackTrace(wrong);

        Child cron = ntp(List.of(), "schedule", "--cron", "0 0 25 * * ?", "--home", tmp.resolve("h-cron").toString());
        assertThat(cron.exit()).isEqualTo(2);
        assertThat(cron.err()).startsWith("Biểu thức lịch --cron \"0 0 25 * * ?\" không hợp lệ");
        assertOneSentenceNoStackTrace(cron);
    }

    @Test
    void aBrokenSqlModelIsNamedWithItsFileAndDuckDbsReason() throws Exception {
        Path sql = tmp.resolve("sql-broken-model");
        TreeCopy.copy(Path.of("sql"), sql);
        Path model = sql.resolve("03_marts/mart_output.sql");
        Files.writeString(model, "create or replace table mart_output as select no_such_column from fact_output\n", StandardCharsets.UTF_8);

        Child broken = ntp(List.of(), "run", "--home", tmp.resolve("h-sql").toString(), "--inbox", inbox.toString(),
                "--sql-dir", sql.toString());

        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("thất bại: mô hình SQL mart_output (" + model + ") không chạy được — Binder Error: ")
                .contains("no_such_column").contains("Sửa tệp SQL đó (hoặc lấy lại bản gốc).")
                .doesNotContain("\tat ").doesNotContain("Caused by");   // the details go to the log (the console here: logback-test.xml)
        assertThat(broken.err().lines().filter(l -> !l.isBlank()).count()).isBetween(1L, 2L);
    }

    @Test
    void aScheduledFireThatFailsSaysWhyAsRunWould() throws Exception {
        Path share = tmp.resolve("share-inbox");
        TreeCopy.copy(inbox, share);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Ntp.class.getName(),
                "schedule", "--cron", "0/2 * * * * ?", "--home", tmp.resolve("h-schedule").toString(), "--inbox", share.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String failed = null;
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                // the share is unmounted after the first fire: the next fire fails and must say why
                if (line.startsWith("Lần chạy theo lịch kết thúc") && Files.exists(share)) Files.move(share, tmp.resolve("share-unmounted"));
                else if (line.startsWith("Lần chạy theo lịch kết thúc")) {
                    failed = line;
                    break;
                }
            }
        } finally {
            p.destroy();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failed).contains(": thất bại: không tìm thấy " + share + ".")
                .contains("Chi tiết trong state/ntp.log; lần chạy sau tiếp tục từ chỗ dừng; lần chạy tới lúc ");
    }

    @Test
    void aRunThatReceivesNothingWhileFormsAreOwedSaysSo() throws Exception {
        Child again = ntp(List.of(), "run", "--home", home.toString(), "--inbox", inbox.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 tệp mới")
                .contains("CHÚ Ý: lần chạy này không nhận tệp mới nào, trong khi còn")
                .contains("Biểu 01 GNBV, 6 tháng đầu năm 2024:").contains("hạn 15/07/2024 (đã quá hạn)");
    }

    /** A wrapper that makes {@code folder} read-only for the child; skips where neither way is open. */
    private static List<String> readOnly(Path folder) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            chmod(folder, false);
            return List.of();
        }
        Child probe = new Child(0, "", "");
        Process p = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c",
                "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && ! touch \"$0/.probe\" 2>/dev/null", folder.toString())
                .redirectErrorStream(true).start();
        boolean works = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(works, "neither permissions (running as root) nor a read-only bind mount (unshare -m) are available here");
        return List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
                "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && exec \"$@\"", folder.toString());
    }

    private static void writable(Path folder) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) chmod(folder, true);
    }

    private static void chmod(Path folder, boolean writable) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                var perms = Files.getPosixFilePermissions(p);
                if (writable) perms.add(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
                else perms.remove(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
                Files.setPosixFilePermissions(p, perms);
            }
        }
    }
}
