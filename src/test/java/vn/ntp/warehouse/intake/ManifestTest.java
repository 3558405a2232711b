package vn.ntp.warehouse.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path state;

    private static InboxFile file(int i, String name, String duplicateOf) {
        return new InboxFile(Path.of("/srv/inbox/" + name).toAbsolutePath(), name, "sha" + i, 100 + i, 1_000L * i,
                "sub" + i, duplicateOf);
    }

    @Test
    void filesGoToThePartitionWithTheFewestBytesAndAreReadBackExactly() {
        List<InboxFile> files = List.of(file(0, "a.xlsx", null), file(1, "tên\tlạ\\có\ndòng.xlsx", null),
                file(2, "b.xls", "sub0"), file(3, "c.xlsx", null), file(4, "d.xlsx", null));
        Path manifest = Manifest.pathFor(state, "run-1");

        assertThat(Manifest.write(manifest, files, 2)).isEqualTo(2);

        assertThat(Manifest.partitions(manifest)).isEqualTo(2);
        assertThat(Manifest.readAll(manifest)).extracting(Manifest.Entry::file).containsExactlyElementsOf(files);
        assertThat(read(manifest, 0)).extracting(InboxFile::sourceFile).containsExactly("a.xlsx", "b.xls", "d.xlsx");
        assertThat(read(manifest, 1)).extracting(InboxFile::sourceFile).containsExactly("tên\tlạ\\có\ndòng.xlsx", "c.xlsx");
    }

    @Test
    void partitionsHoldAboutTheSameBytesWhenLargeAndSmallFilesAlternate() {
        List<InboxFile> files = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String name = String.format("%05d-bieu%s.xlsx", i / 2, i % 2 == 0 ? "01" : "03");
            files.add(new InboxFile(Path.of("/srv/inbox/" + name).toAbsolutePath(), name, "sha" + i, i % 2 == 0 ? 6_400 : 5_600,
                    1_000L * i, "sub" + i, null));
        }
        Path manifest = Manifest.pathFor(state, "run-1");

        Manifest.write(manifest, files, 2);

        long bytes0 = read(manifest, 0).stream().mapToLong(InboxFile::sizeBytes).sum();
        long bytes1 = read(manifest, 1).stream().mapToLong(InboxFile::sizeBytes).sum();
        assertThat(bytes0 + bytes1).isEqualTo(200 * 6_400 + 200 * 5_600);
        assertThat(Math.abs(bytes0 - bytes1)).isLessThanOrEqualTo(6_400);   // in turn: 160,000 bytes apart
        assertThat(read(manifest, 0)).extracting(InboxFile::sourceFile).contains("00000-bieu01.xlsx", "00001-bieu03.xlsx");
        assertThat(read(manifest, 1)).extracting(InboxFile::sourceFile).contains("00000-bieu03.xlsx", "00001-bieu01.xlsx");
    }

    @Test
    void neverMorePartitionsThanFilesAndOnlyTheLatestManifestIsKept() throws Exception {
        Manifest.write(Manifest.pathFor(state, "run-1"), List.of(file(0, "a.xlsx", null)), 8);
        Path latest = Manifest.pathFor(state, "run-2");

        assertThat(Manifest.write(latest, List.of(file(0, "a.xlsx", null)), 8)).isEqualTo(1);
        assertThat(Manifest.write(Manifest.pathFor(state, "run-2"), List.of(), 8)).isZero();
        try (var files = Files.list(state)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("manifest-run-2.tsv");
        }
        assertThat(Manifest.readAll(latest)).isEmpty();
    }

    private static List<InboxFile> read(Path manifest, int partition) {
        List<InboxFile> out = new ArrayList<>();
        try (Manifest.Lines lines = Manifest.open(manifest, partition)) {
            for (Optional<Manifest.Entry> e = lines.next(); e.isPresent(); e = lines.next()) out.add(e.get().file());
        }
        return out;
    }
}
