package vn.ntp.warehouse.lake;

/**
 * The ledger: one row per file taken from the inbox, dataset {@code lake/submission/program=P/year=Y/}
 * (rejected files without a recognised program go to {@code program=UNKNOWN/year=0}).
 *
 * <p>A chunk of files is committed when its submission file is in place: fact and finding rows
 * whose (submissionId, batchId) has no ledger row belong to a chunk that was killed midway and are
 * ignored, then cleaned up by the next run. receivedAt is when the file reached the inbox (its
 * modification time); savedAt is when the sender last saved the workbook (its document properties;
 * 0 when it has none): versions of one report are ordered by savedAt, then receivedAt. firstSeenAt is when
 * the warehouse received the file (the inbox's receipt record or the time intake first listed it; 0 in
 * rows written before it was kept): what timeliness is measured by. status: extracted, rejected (quarantined) or duplicate
 * (same content as an earlier file); loaded/superseded are decided by the warehouse. reasonCode says why a file was
 * not loaded; reasonFinding is the finding that says it, raw ({@code Finding.toJson}: catalogue code, values), whose
 * words the warehouse renders from the findings catalogue (submission.reason_vi). Rows written before it was kept
 * have the Vietnamese reason instead (reason_vi).
 */
public record SubmissionRow(
        String submissionId, String batchId, String runId,
        String sourceFile, String sha256, long sizeBytes, long receivedAtEpochMs, long savedAtEpochMs,
        String programCode, String formCode,
        String unitCode, String unitName,
        int periodYear, String periodType, String periodLabel,
        String status, String reasonCode, String reasonFinding,
        int factRows, int findingCount, long firstSeenAtEpochMs) {

    /** A row without the time the warehouse received the file (0: timeliness falls back to receivedAt). */
    public SubmissionRow(String submissionId, String batchId, String runId,
                         String sourceFile, String sha256, long sizeBytes, long receivedAtEpochMs, long savedAtEpochMs,
                         String programCode, String formCode, String unitCode, String unitName,
                         int periodYear, String periodType, String periodLabel,
                         String status, String reasonCode, String reasonFinding, int factRows, int findingCount) {
        this(submissionId, batchId, runId, sourceFile, sha256, sizeBytes, receivedAtEpochMs, savedAtEpochMs, programCode, formCode,
                unitCode, unitName, periodYear, periodType, periodLabel, status, reasonCode, reasonFinding, factRows, findingCount, 0);
    }
}
