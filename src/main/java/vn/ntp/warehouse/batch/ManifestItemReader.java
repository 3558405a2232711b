package vn.ntp.warehouse.batch;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import vn.ntp.warehouse.intake.InboxFile;
import vn.ntp.warehouse.intake.Manifest;
import vn.ntp.warehouse.lake.LakeLedger;

/**
 * A worker's files: the lines of its partition in the run's manifest, streamed one at a time,
 * less those the lake ledger has already committed (a restarted partition skips what its killed
 * run finished). No position is saved in the job repository: the ledger is the position.
 */
public class ManifestItemReader implements ItemStreamReader<InboxFile> {
    private final Path manifest;
    private final int partition;
    private final Path lakeDir;
    private LakeLedger.CommittedFiles committed;
    private Manifest.Lines lines;

    public ManifestItemReader(Path manifest, int partition, Path lakeDir) {
        this.manifest = manifest;
        this.partition = partition;
        this.lakeDir = lakeDir;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        committed = LakeLedger.committedFiles(lakeDir);
        lines = Manifest.open(manifest, partition);
    }

    @Override
    public InboxFile read() {
        for (Optional<Manifest.Entry> entry = lines.next(); entry.isPresent(); entry = lines.next()) {
            InboxFile file = entry.get().file();
            if (!committed.contains(file.sourceFile(), file.sha256())) {
                return file;
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
            lines = null;
        }
    }
}
