package vn.ntp.warehouse.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.lake.LakeLedger;
import vn.ntp.warehouse.lake.LakeWriter;
import vn.ntp.warehouse.lake.SubmissionRow;

/**
 * The rsync-like rule: a file whose name, size and modification time equal a committed ledger row
 * is taken as unchanged without being read; a changed size or time means it is hashed again, and
 * its content decides.
 */
class InboxScannerTest {
    @TempDir
    Path tmp;

    @Test
    void aFileWithTheNameSizeAndTimeOfACommittedOneIsNotReadAgain() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path lake = tmp.resolve("lake");
        Files.createDirectories(inbox);
        Path report = inbox.resolve("xa-03430.xlsx");
        Files.writeString(report, "first version", StandardCharsets.UTF_8);
        FileTime received = FileTime.fromMillis(1_719_792_000_000L);
        Files.setLastModifiedTime(report, received);

        InboxFile first = new InboxScanner(LakeLedger.read(lake)).pending(inbox).get(0);
        commit(lake, first);

        // same bytes count, same time, other content: only reading the file could tell, and it is not read
        Files.writeString(report, "other version", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(report, received);
        InboxScanner.Scan unchanged = new InboxScanner(LakeLedger.read(lake)).scan(inbox);
        assertThat(unchanged.pending()).isEmpty();
        assertThat(unchanged.unchanged()).isEqualTo(1);

        // a new modification time: hashed again, and the new content is a new submission
        Files.setLastModifiedTime(report, FileTime.fromMillis(received.toMillis() + 1_000));
        InboxScanner.Scan changed = new InboxScanner(LakeLedger.read(lake)).scan(inbox);
        assertThat(changed.unchanged()).isZero();
        assertThat(changed.pending()).extracting(InboxFile::sourceFile, InboxFile::sha256)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("xa-03430.xlsx", Fingerprints.sha256(report)));
        assertThat(changed.pending().get(0).sha256()).isNotEqualTo(first.sha256());

        // the first content back under a new time: hashed, recognised as already taken
        Files.writeString(report, "first version", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(report, FileTime.fromMillis(received.toMillis() + 2_000));
        InboxScanner.Scan touched = new InboxScanner(LakeLedger.read(lake)).scan(inbox);
        assertThat(touched.pending()).isEmpty();
        assertThat(touched.hashedAgain()).isEqualTo(1);
    }

    @Test
    void aCopyOfAnUnchangedFileIsStillADuplicateOfIt() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path lake = tmp.resolve("lake");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("phong-tho.xlsx"), "bytes", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(inbox.resolve("phong-tho.xlsx"), FileTime.fromMillis(1_000_000L));
        commit(lake, new InboxScanner(LakeLedger.read(lake)).pending(inbox).get(0));

        Files.writeString(inbox.resolve("phong-tho (1).xlsx"), "bytes", StandardCharsets.UTF_8);
        List<InboxFile> pending = new InboxScanner(LakeLedger.read(lake)).pending(inbox);

        assertThat(pending).extracting(InboxFile::sourceFile).containsExactly("phong-tho (1).xlsx");
        assertThat(pending.get(0).duplicateOf()).isNotNull();
    }

    @Test
    void officeOwnerFilesAndDotFilesAreNotReports() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox.resolve("lai-chau"));
        Files.writeString(inbox.resolve("lai-chau/phong-tho.xlsx"), "a report", StandardCharsets.UTF_8);
        // Excel writes "~$" + name beside a workbook someone has open (on a shared inbox), LibreOffice ".~lock.name#"
        Files.writeString(inbox.resolve("lai-chau/~$phong-tho.xlsx"), "Nguyen Van A", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("lai-chau/.~lock.phong-tho.xlsx#"), "Nguyen Van A,host", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve(".DS_Store"), "x", StandardCharsets.UTF_8);

        List<InboxFile> pending = new InboxScanner(LakeLedger.read(tmp.resolve("lake"))).pending(inbox);

        assertThat(pending).extracting(InboxFile::sourceFile).containsExactly("lai-chau/phong-tho.xlsx");
        assertThat(InboxScanner.isSystemFile("~$bieu01.xlsx")).isTrue();
        assertThat(InboxScanner.isSystemFile("bieu01 ~$.xlsx")).isFalse();
    }

    private static void commit(Path lake, InboxFile file) {
        SubmissionRow row = new SubmissionRow(file.submissionId(), "b1", "run-1", file.sourceFile(), file.sha256(),
                file.sizeBytes(), file.receivedAtEpochMs(), 0L, "GNBV", "Biểu 01", "03430", "Xã Mường So",
                2024, "half", "6 tháng năm 2024", "extracted", null, null, 1, 0);
        new LakeWriter(lake).writeBatch("b" + Math.abs(file.sha256().hashCode()), List.of(row), List.of(), List.of());
    }
}
