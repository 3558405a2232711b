package vn.ntp.warehouse.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.extract.SheetIdentity;
import vn.ntp.warehouse.intake.InboxFile;
import vn.ntp.warehouse.intake.Quarantine;
import vn.ntp.warehouse.lake.FindingRow;
import vn.ntp.warehouse.lake.LakeWriter;
import vn.ntp.warehouse.lake.SubmissionRow;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * Writes one chunk of extracted files to the lake as one batch: the figures of every file (the lake writer
 * turns them into rows of their family's dataset, stamping the file's identity and the batch) and the findings
 * first, then
 * the ledger rows that commit them. Files that cannot be loaded are copied to quarantine before
 * the commit, so a crash in between only repeats work. One writer per extraction partition (its
 * batch ids carry the partition's step execution id, so partitions never share a batch id); the
 * chunk is counted in the run's progress once committed.
 */
public class LakeChunkWriter implements ItemWriter<ExtractedFile> {
    private final LakeWriter lake;
    private final Quarantine quarantine;
    private final FindingCatalogue checks;
    private final String runId;
    private final String batchPrefix;
    private final AtomicInteger sequence = new AtomicInteger();
    private final RunProgress progress;

    public LakeChunkWriter(LakeWriter lake, Quarantine quarantine, FindingCatalogue checks, String runId,
                           String batchPrefix, RunProgress progress) {
        this.lake = lake;
        this.quarantine = quarantine;
        this.checks = checks;
        this.runId = runId;
        this.batchPrefix = batchPrefix;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends ExtractedFile> chunk) throws Exception {
        String batchId = batchPrefix + "-" + String.format("%05d", sequence.incrementAndGet());
        List<SubmissionRow> submissions = new ArrayList<>();
        List<LakeWriter.Figures> figures = new ArrayList<>();
        List<FindingRow> findings = new ArrayList<>();
        int extracted = 0;
        int duplicates = 0;
        int rejected = 0;
        long rows = 0;
        for (ExtractedFile item : chunk) {
            InboxFile file = item.file();
            ExtractedAnnex annex = item.annex();
            if (file.isDuplicate()) {
                Finding dup = new Finding("DUPLICATE_FILE", "", "", "", null, file.duplicateOf(), file.sourceFile());
                findings.add(findingRow(dup, file, batchId, null));
                submissions.add(submission(file, batchId, null, 0L, "duplicate", "DUPLICATE_FILE", dup.toJson(), 0, 1));
                duplicates++;
                continue;
            }
            SheetIdentity id = annex.identity();
            for (Finding f : annex.findings()) findings.add(findingRow(f, file, batchId, id == null ? null : id.unitCode()));
            if (annex.rejected()) {
                FindingCatalogue.Rendered reason = checks.render(annex.reason());
                quarantine.put(file, annex.reasonCode(), reason.messageVi(), reason.messageEn());
                submissions.add(submission(file, batchId, null, annex.savedAtEpochMs(), "rejected", annex.reasonCode(),
                        annex.reason().toJson(),
                        0, annex.findings().size()));
                rejected++;
                continue;
            }
            SubmissionRow ledger = submission(file, batchId, id, annex.savedAtEpochMs(), "extracted", null, null,
                    annex.factRows(), annex.findings().size());
            submissions.add(ledger);
            figures.add(new LakeWriter.Figures(ledger, annex.figures()));
            extracted++;
            rows += annex.factRows();
        }
        lake.writeBatch(batchId, submissions, figures, findings);
        progress.chunkCommitted(new RunCounters.ChunkTally(extracted, duplicates, rejected, rows, findings.size()));
    }

    private SubmissionRow submission(InboxFile file, String batchId, SheetIdentity id, long savedAt, String status,
                                     String reasonCode, String reasonFinding, int factRows, int findingCount) {
        return new SubmissionRow(file.submissionId(), batchId, runId, file.sourceFile(), file.sha256(),
                file.sizeBytes(), file.receivedAtEpochMs(), savedAt,
                id == null ? null : id.programCode(), id == null ? null : id.formCode(),
                id == null ? null : id.unitCode(), id == null ? null : id.unitName(),
                id == null ? 0 : id.period().year(), id == null ? null : id.period().periodType(),
                id == null ? null : id.period().periodLabel(),
                status, reasonCode, reasonFinding, factRows, findingCount, file.firstSeenEpochMs());
    }

    /** The finding as it was found: severity and messages are the catalogue's, joined when the warehouse is built. */
    private static FindingRow findingRow(Finding f, InboxFile file, String batchId, String unitCode) {
        return new FindingRow(file.submissionId(), batchId, f.ruleCode(), unitCode, f.projectCode(),
                file.sourceFile(), f.sheet(), f.cellRef(), f.label(), f.expected(), f.actual(), f.paramsJson());
    }

}
