package vn.ntp.warehouse.batch;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

import vn.ntp.warehouse.intake.InboxFile;
import vn.ntp.warehouse.intake.InboxScanner;
import vn.ntp.warehouse.intake.Receipts;
import vn.ntp.warehouse.intake.Manifest;
import vn.ntp.warehouse.lake.LakeCompactor;
import vn.ntp.warehouse.lake.LakeIntegrity;
import vn.ntp.warehouse.lake.LakeLedger;

/**
 * Lists the inbox against the lake ledger and writes the run's manifest
 * ({@code state/manifest-<runId>.tsv}), the list the extraction partitions read. Leftovers of a
 * killed run are repaired first: a merge the compaction left half done is finished or undone, then
 * part files of a chunk that never committed and temp files are removed, so the files of that
 * chunk are simply pending again. Runs again on every restart, so the manifest is always as fresh
 * as the ledger.
 */
@Component
@JobScope
public class IntakeTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(IntakeTasklet.class);

    private final NtpSettings settings;
    private final Path inbox;
    private final String runId;
    private final RunCounters counters;
    private final RunProgress progress;

    public IntakeTasklet(NtpSettings settings, RunCounters counters, RunProgress progress,
                         @Value("#{jobParameters['inbox']}") String inbox,
                         @Value("#{jobParameters['runId']}") String runId) {
        this.settings = settings;
        this.counters = counters;
        this.progress = progress;
        this.inbox = inbox == null ? settings.inbox() : Path.of(inbox);
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Files.createDirectories(settings.lake());
        if (!Files.isDirectory(inbox)) {
            // an unmounted share or a wrong path is an error, never a run that found "0 new files"
            throw new java.nio.file.NoSuchFileException(inbox.toString(), null, "inbox is not a folder");
        }
        LakeCompactor.recover(settings.lake()).ifPresent(done -> {
            log.info("Compaction journal of a killed run: {}", done);
            progress.detail("lake: đã hoàn tất hoặc hủy việc gộp tệp dở dang của lần chạy bị ngắt");
        });
        LakeIntegrity.Check check = LakeIntegrity.verify(settings.lake(), settings.home().resolve("lake-damaged"));
        if (check.damaged()) {
            progress.detail("Thư mục lake/: " + check.setAside().size() + " tệp Parquet bị hỏng sau khi ghi (không khớp tổng kiểm CRC-32C)"
                    + " đã được chuyển sang " + settings.home().resolve("lake-damaged")
                    + "; các tệp trong hộp thư của chúng được đọc lại ở lần chạy này");
        }
        LakeLedger ledger = LakeLedger.read(settings.lake());
        int orphans = ledger.removeOrphans();
        if (orphans > 0) log.info("Removed {} orphan lake file(s) of a killed run", orphans);
        InboxScanner.Scan scan = new InboxScanner(ledger).scan(inbox);
        // when the warehouse received each new file: the inbox's receipt record, else now (never its modification time)
        Receipts receipts = Receipts.read(inbox);
        long now = System.currentTimeMillis();
        List<InboxFile> pending = scan.pending().stream()
                .map(f -> f.withFirstSeen(receipts.firstSeen(f.sourceFile(), now))).toList();
        Path manifest = Manifest.pathFor(settings.state(), runId);
        int partitions = Manifest.write(manifest, pending, settings.threads());
        log.info("Manifest {}: {} file(s) in {} partition(s); {} unchanged, {} hashed again and already taken",
                manifest, scan.pending().size(), partitions, scan.unchanged(), scan.hashedAgain());
        counters.pending.set(scan.pending().size());
        counters.unchanged.set(scan.unchanged() + scan.hashedAgain());
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    static Path manifestOf(NtpSettings settings, String runId) {
        return Manifest.pathFor(settings.state(), runId);
    }
}
