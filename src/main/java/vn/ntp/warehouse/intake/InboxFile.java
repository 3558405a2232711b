package vn.ntp.warehouse.intake;

import java.nio.file.Path;

/**
 * A file found in the inbox: its path, its name relative to the inbox (the lineage name), its
 * content hash, and — when the same content was received before — the earlier file it repeats.
 * {@code receivedAtEpochMs} is its modification time (the quick check's key); {@code firstSeenEpochMs}
 * when the warehouse received it: the inbox's receipt record ({@link Receipts}) or the time intake
 * first listed it (0 = not known, as in ledgers written before it was kept).
 */
public record InboxFile(Path path, String sourceFile, String sha256, long sizeBytes, long receivedAtEpochMs,
                        String submissionId, String duplicateOf, long firstSeenEpochMs) {

    public InboxFile(Path path, String sourceFile, String sha256, long sizeBytes, long receivedAtEpochMs,
                     String submissionId, String duplicateOf) {
        this(path, sourceFile, sha256, sizeBytes, receivedAtEpochMs, submissionId, duplicateOf, 0);
    }

    public InboxFile withFirstSeen(long epochMs) {
        return new InboxFile(path, sourceFile, sha256, sizeBytes, receivedAtEpochMs, submissionId, duplicateOf, epochMs);
    }

    public boolean isDuplicate() {
        return duplicateOf != null;
    }
}
